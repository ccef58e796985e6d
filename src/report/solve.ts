// Placing the rows of 三 and the numbers of 四 that their layout cannot place, by the report's own
// arithmetic. Text copied from some pages drops the empty cells (「1 0 0 0 0 0」 for seven columns),
// runs the cells together (「801000081」 for 80,1,0,0,0,0,81), breaks a number over two lines or
// drops a line equal to the one before (report/readings.ts says what each loss does). Every way to
// read a row is tried against the relations catalogue/relations.ts declares over the columns and
// rows of 三 (一 + 二 = 三(七) + 四, 三(七) = the sum of the results, 总计 = the sum of the
// applicants) and over the groups of 四 (总计 = the sum of the outcomes), with the rows already
// placed. A reading is accepted only when it is the only one that holds and every value it places
// is confirmed by a relation; otherwise the row stays aside, with the count of readings that fit.
// Rows that only the relations between them can tell (two rows of one column relation, each with
// two readings) are read together: a row is placed when every way of reading them all that holds
// gives it the same reading.
import { REQUEST_COLUMNS, REVIEW_ORDER, type FormatVersion, type RequestColumnId } from '../catalogue/format.ts';
import { relationsOver, termRows, type RowTerm } from '../catalogue/relations.ts';
import { printsRow } from './cells.ts';
import { choose, MOST_READINGS, sequencesOf, type Losses, type ValueToken } from './readings.ts';
import type { Cell, Table } from './schema.ts';

type Reading = (number | undefined)[];

const COLUMNS = REQUEST_COLUMNS.map((c) => c.id);
/** Past this many ways of reading several rows together, they stay aside. */
const MOST_TOGETHER = 50_000;

export interface Solution {
  cells: Record<string, Cell>;
}

/** The readings of a row that no relation with the rows already placed rules out, full ones first. */
function fitting(table: Table, rowId: string, values: ValueToken[], format: FormatVersion, losses: Losses): { fits: Reading[]; check: Check } | undefined {
  let check = relations(table, rowId, format);
  if (losses.lastEmpty && values.length === COLUMNS.length - 1) {
    // A table that prints 总计 in a few rows only: the row's values are its applicants'.
    const r: Reading = [...values.map((v) => (v.kind === 'num' ? v.value : 0)), undefined];
    return { fits: check(r) === undefined ? [] : [r], check };
  }
  const full = sequencesOf(values, COLUMNS.length, losses, true);
  if (!full) return undefined;
  // Readings that fill every column first: a row run together is more likely than one that also
  // dropped a cell; only when none holds are readings with empty columns tried.
  let fits: Reading[] = full.filter((r) => check(r) !== undefined);
  if (fits.length) return { fits, check };
  // A relation the report breaks whatever the row holds (its results printed adding up to more
  // than its 总计) tells nothing about the row: the row is read by the others. `gongkai check`
  // still reports the broken relation.
  let broken: Set<string> | undefined;
  for (const r of full) {
    const failed = new Set<string>();
    check(r, failed);
    broken = broken ? new Set([...broken].filter((k) => failed.has(k))) : failed;
    if (!broken.size) break;
  }
  if (broken?.size) {
    check = relations(table, rowId, format, broken);
    fits = full.filter((r) => check(r) !== undefined);
    if (fits.length) return { fits, check };
  }
  const partial = readingsWithEmpties(values);
  if (!partial) return undefined;
  fits = partial.filter((r) => check(r) !== undefined);
  return { fits, check };
}

export function solveRow(table: Table, rowId: string, values: ValueToken[], format: FormatVersion, losses: Losses = {}): Solution | { readings: number } {
  const found = fitting(table, rowId, values, format, losses);
  if (!found) return { readings: 0 };
  const { fits, check } = found;
  if (fits.length !== 1 || !check(fits[0]!)) return { readings: fits.length };
  return { cells: cellsOf(fits[0]!, values) };
}

function cellsOf(reading: Reading, values: ValueToken[]): Record<string, Cell> {
  const line = values[0]!.line;
  const cells: Record<string, Cell> = {};
  COLUMNS.forEach((c, i) => {
    const v = reading[i];
    // A column the row leaves empty is missing: the text printed nothing there.
    cells[c] = v === undefined ? { state: 'missing' } : { state: 'value', value: v, unit: '件', line, raw: String(v) };
  });
  return cells;
}

/**
 * Rows still aside, read together: each row's readings that fit, every combination tried against
 * the column relations. A row is placed when all the combinations that hold give it one reading,
 * and each relation it takes part in could be checked.
 */
export function solveTogether(table: Table, rows: { id: string; values: ValueToken[] }[], format: FormatVersion, losses: Losses = {}): Map<string, Record<string, Cell>> {
  const placed = new Map<string, Record<string, Cell>>();
  const options: { id: string; values: ValueToken[]; fits: Reading[] }[] = [];
  let product = 1;
  for (const r of rows) {
    const found = fitting(table, r.id, r.values, format, losses);
    if (!found || !found.fits.length) continue;
    options.push({ ...r, fits: found.fits });
    product *= found.fits.length;
  }
  if (options.length < 2 || product > MOST_TOGETHER) return placed;
  const ids = new Set(options.map((o) => o.id));
  // Each relation with the rows read together that take part in it, found once for every combination.
  const inColumn = columnRelations(table, format)
    .filter((rel) => [...rel.left, ...rel.right].some((row) => ids.has(row)))
    .map((rel) => ({ ...rel, members: options.flatMap((o, i) => ([...rel.left, ...rel.right].includes(o.id) ? [i] : [])) }));
  const option = new Map<string, number>();
  options.forEach((o, i) => option.has(o.id) || option.set(o.id, i));
  const chosen: Reading[] = [];
  const seen = options.map(() => new Set<number>());
  const at = (row: string, col: number) => {
    const k = option.get(row);
    return k !== undefined ? chosen[k]![col] : known(table, row, col);
  };
  // Every value placed must take part in a relation checked in its column, in every combination that holds.
  let confirmed = true;
  const holds = (): boolean => {
    const checked = options.map(() => new Set<number>());
    for (let col = 0; col < COLUMNS.length; col++) {
      for (const rel of inColumn) {
        const b = balances(rel.left.map((row) => at(row, col)), rel.right.map((row) => at(row, col)));
        if (b === false) return false;
        if (b) for (const i of rel.members) checked[i]!.add(col);
      }
    }
    // The row's own sum confirms its columns too.
    options.forEach((o, i) => {
      const r = chosen[i]!;
      if (r.every((v) => v !== undefined)) r.forEach((_, c) => checked[i]!.add(c));
    });
    if (!options.every((o, i) => chosen[i]!.every((v, c) => v === undefined || checked[i]!.has(c)))) confirmed = false;
    return true;
  };
  const go = (k: number) => {
    if (k === options.length) {
      if (holds()) options.forEach((o, i) => seen[i]!.add(o.fits.indexOf(chosen[i]!)));
      return;
    }
    for (const f of options[k]!.fits) {
      chosen[k] = f;
      go(k + 1);
    }
  };
  go(0);
  if (!confirmed) return placed;
  options.forEach((o, i) => {
    const s = seen[i]!;
    if (s.size === 1) placed.set(o.id, cellsOf(o.fits[[...s][0]!]!, o.values));
  });
  return placed;
}

/** Every sequence of numbers the tokens can be read as, each placed in every order-keeping set of columns. */
function readingsWithEmpties(values: ValueToken[]): Reading[] | undefined {
  const sequences = sequencesOf(values, COLUMNS.length - 1);
  if (!sequences) return undefined;
  const out: Reading[] = [];
  for (const seq of sequences) {
    for (const cols of choose(COLUMNS.length, seq.length)) {
      const r: Reading = COLUMNS.map(() => undefined);
      cols.forEach((c, i) => (r[c] = seq[i]));
      out.push(r);
      if (out.length > MOST_READINGS) return undefined;
    }
  }
  return out;
}

/** The value a row already placed holds in a column; undefined when it is not placed or leaves the cell missing. */
function known(table: Table, row: string, col: number): number | undefined {
  const cell = table.rows[row]?.cells[COLUMNS[col]!];
  return cell && cell.state !== 'missing' ? cell.value : undefined;
}

const balances = (left: (number | undefined)[], right: (number | undefined)[]): boolean | undefined => {
  if (![...left, ...right].every((v) => v !== undefined)) return undefined;
  const sum = (vs: (number | undefined)[]) => vs.reduce<number>((a, v) => a + v!, 0);
  return sum(left) === sum(right);
};

// Only an equality pins a value down.
const equal = <R extends { holds: '=' | '≥' }>(rs: R[]) => rs.filter((r) => r.holds === '=');

/** The relations of 三 in each column, as the rows of each side. */
function columnRelations(table: Table, format: FormatVersion): { left: string[]; right: string[] }[] {
  const printed = (row: string) => printsRow(table, row);
  const rows = (terms: RowTerm[]) => terms.flatMap((t) => termRows(t, format, printed));
  return equal(relationsOver('request column', format)).map((r) => ({ left: rows(r.left), right: rows(r.right) }));
}

type Check = (r: Reading, failed?: Set<string>) => boolean | undefined;

/**
 * A reading's test: undefined when a relation it can be checked by fails; otherwise whether every
 * value it places takes part in a relation that was checked. The relations are those the catalogue
 * declares over the columns and the rows of 三.
 */
function relations(table: Table, rowId: string, format: FormatVersion, ignored?: Set<string>): Check {
  const columns = (ids: RequestColumnId[]) => ids.map((id) => COLUMNS.indexOf(id));
  // In each column, the relations this row takes part in.
  const inColumn = columnRelations(table, format).filter((r) => [...r.left, ...r.right].includes(rowId));
  const inRow = equal(relationsOver('request row', format)).map((r) => ({ left: columns(r.left), right: columns(r.right) }));
  // `failed`: collects every relation the reading fails (by relation and column) instead of stopping.
  return (r, failed) => {
    const at = (row: string, col: number) => (row === rowId ? r[col] : known(table, row, col));
    const confirmed = new Set<number>();
    for (let col = 0; col < COLUMNS.length; col++) {
      if (r[col] === undefined) continue;
      for (const [k, rel] of inColumn.entries()) {
        if (ignored?.has(`${k}:${col}`)) continue;
        const holds = balances(rel.left.map((row) => at(row, col)), rel.right.map((row) => at(row, col)));
        if (holds === false) {
          if (!failed) return undefined;
          failed.add(`${k}:${col}`);
        }
        if (holds) confirmed.add(col);
      }
    }
    if (failed) return undefined;
    for (const rel of inRow) {
      const holds = balances(rel.left.map((i) => r[i]), rel.right.map((i) => r[i]));
      if (holds === false) return undefined;
      if (holds) [...rel.left, ...rel.right].forEach((i) => confirmed.add(i));
    }
    return r.every((v, i) => v === undefined || confirmed.has(i));
  };
}

/**
 * The 15 numbers of 四 from values that are not 15: the only reading in which each group's 总计 is
 * the sum of its outcomes, or the count of readings that fit.
 */
export function solveReview(values: ValueToken[], losses: Losses = {}): number[] | { readings: number } {
  const n = REVIEW_ORDER.length;
  const sequences = sequencesOf(values, n, losses, true);
  if (!sequences) return { readings: 0 };
  const groups = equal(relationsOver('review group', '2021'));
  const index = (group: string, column: string) => REVIEW_ORDER.findIndex((k) => k.group === group && k.column === column);
  const groupIds = [...new Set(REVIEW_ORDER.map((k) => k.group))];
  const fits = sequences.filter((s) => groupIds.every((g) => groups.every((rel) =>
    balances(rel.left.map((c) => s[index(g, c)]), rel.right.map((c) => s[index(g, c)])) === true)));
  return fits.length === 1 ? fits[0]! : { readings: fits.length };
}
