// Placing a row of 三 that its layout cannot place, by the report's own arithmetic. Text copied
// from some pages drops the empty cells (「1 0 0 0 0 0」 for seven columns) or runs the cells
// together (「801000081」 for 80,1,0,0,0,0,81). Every way to read the row is tried against the
// relations catalogue/relations.ts declares over the columns and rows of 三 (一 + 二 = 三(七) + 四,
// 三(七) = the sum of the results, 总计 = the sum of the applicants), with the rows already placed. A
// reading is accepted only when it is the only one that holds and every value it places is
// confirmed by a relation; otherwise the row stays aside, with the count of readings that fit.
import { REQUEST_COLUMNS, type FormatVersion, type RequestColumnId } from '../catalogue/format.ts';
import { relationsOver, termRows, type RowTerm } from '../catalogue/relations.ts';
import { printsRow } from './cells.ts';
import type { Cell, Table } from './schema.ts';
import type { Token } from './tokens.ts';

type ValueToken = Extract<Token, { kind: 'num' | 'blank' }>;
type Reading = (number | undefined)[];

const COLUMNS = REQUEST_COLUMNS.map((c) => c.id);
/** Past this many readings a row is too loose to solve: it stays aside. */
const MOST_READINGS = 20_000;

export interface Solution {
  cells: Record<string, Cell>;
}

export function solveRow(table: Table, rowId: string, values: ValueToken[], format: FormatVersion): Solution | { readings: number } {
  const readings = readingsOf(values);
  if (!readings) return { readings: 0 };
  const check = relations(table, rowId, format);
  // Readings that fill every column first: a row run together is more likely than one that also
  // dropped a cell; only when none holds are readings with empty columns tried.
  const full = readings.filter((r) => r.every((v) => v !== undefined));
  let fits: Reading[] = full.filter((r) => check(r) !== undefined);
  if (!fits.length) fits = readings.filter((r) => check(r) !== undefined);
  if (fits.length !== 1 || !check(fits[0]!)) return { readings: fits.length };
  const reading = fits[0]!;
  const line = values[0]!.line;
  const cells: Record<string, Cell> = {};
  COLUMNS.forEach((c, i) => {
    const v = reading[i];
    // A column the row leaves empty is missing: the text printed nothing there.
    cells[c] = v === undefined ? { state: 'missing' } : { state: 'value', value: v, unit: '件', line, raw: String(v) };
  });
  return { cells };
}

/** Every sequence of numbers the tokens can be read as, each placed in every order-keeping set of columns. */
function readingsOf(values: ValueToken[]): Reading[] | undefined {
  let sequences: number[][] = [[]];
  for (const v of values) {
    const parts = v.kind === 'blank' ? [[0]] : splits(v.raw);
    sequences = sequences.flatMap((s) => parts.map((p) => [...s, ...p])).filter((s) => s.length <= COLUMNS.length);
    if (sequences.length > MOST_READINGS) return undefined;
  }
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

/** A printed number as itself, or (digits only) as several numbers run together. */
function splits(raw: string): number[][] {
  const digits = raw.replace(/,/g, '');
  if (!/^\d{2,12}$/.test(digits)) return [[Number(digits)]];
  const out: number[][] = [];
  const go = (rest: string, acc: number[]) => {
    if (!rest) return void out.push(acc);
    if (acc.length >= COLUMNS.length) return;
    // No number but 0 itself starts with 0.
    const most = rest[0] === '0' ? 1 : rest.length;
    for (let k = 1; k <= most; k++) go(rest.slice(k), [...acc, Number(rest.slice(0, k))]);
  };
  go(digits, []);
  return out;
}

function choose(n: number, k: number): number[][] {
  const out: number[][] = [];
  const go = (start: number, acc: number[]) => {
    if (acc.length === k) return void out.push(acc);
    for (let i = start; i <= n - (k - acc.length); i++) go(i + 1, [...acc, i]);
  };
  go(0, []);
  return out;
}

/**
 * A reading's test: undefined when a relation it can be checked by fails; otherwise whether every
 * value it places takes part in a relation that was checked. The relations are those the catalogue
 * declares over the columns and the rows of 三.
 */
function relations(table: Table, rowId: string, format: FormatVersion): (r: Reading) => boolean | undefined {
  const known = (row: string, col: number): number | undefined => {
    const cell = table.rows[row]?.cells[COLUMNS[col]!];
    return cell && cell.state !== 'missing' ? cell.value : undefined;
  };
  const printed = (row: string) => printsRow(table, row);
  const rows = (terms: RowTerm[]) => terms.flatMap((t) => termRows(t, format, printed));
  const columns = (ids: RequestColumnId[]) => ids.map((id) => COLUMNS.indexOf(id));
  // Only an equality pins a value down.
  const equal = <R extends { holds: '=' | '≥' }>(rs: R[]) => rs.filter((r) => r.holds === '=');
  // In each column, the relations this row takes part in.
  const inColumn = equal(relationsOver('request column', format)).map((r) => ({ left: rows(r.left), right: rows(r.right) }))
    .filter((r) => [...r.left, ...r.right].includes(rowId));
  const inRow = equal(relationsOver('request row', format)).map((r) => ({ left: columns(r.left), right: columns(r.right) }));
  const balances = (left: (number | undefined)[], right: (number | undefined)[]): boolean | undefined => {
    if (![...left, ...right].every((v) => v !== undefined)) return undefined;
    const sum = (vs: (number | undefined)[]) => vs.reduce<number>((a, v) => a + v!, 0);
    return sum(left) === sum(right);
  };
  return (r) => {
    const at = (row: string, col: number) => (row === rowId ? r[col] : known(row, col));
    const confirmed = new Set<number>();
    for (let col = 0; col < COLUMNS.length; col++) {
      if (r[col] === undefined) continue;
      for (const rel of inColumn) {
        const holds = balances(rel.left.map((row) => at(row, col)), rel.right.map((row) => at(row, col)));
        if (holds === false) return undefined;
        if (holds) confirmed.add(col);
      }
    }
    for (const rel of inRow) {
      const holds = balances(rel.left.map((i) => r[i]), rel.right.map((i) => r[i]));
      if (holds === false) return undefined;
      if (holds) [...rel.left, ...rel.right].forEach((i) => confirmed.add(i));
    }
    return r.every((v, i) => v === undefined || confirmed.has(i));
  };
}
