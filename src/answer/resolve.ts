// Looks a Query's measures up in one report. A cell is used as the report printed it: a value, a
// blank inside a filled table (0, and the reply says so), or missing (never 0: the answer is that
// the report does not say). Group totals and derived figures are computed only by the formulas
// the format declares, and every cell that went into them is listed.
import { mapped } from '../arrays.ts';
import {
  REQUEST_COLUMNS, REQUEST_COLUMN_GROUPS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUP_SUMS, requestRowsFor,
  type Unit,
} from '../catalogue/format.ts';
import type { Cell, Report, Row } from '../report/schema.ts';
import { activeTableOf, defaultWhole, type Measure } from '../understand/measure.ts';
import type { Op } from '../understand/readings.ts';
import { difference, roundAs } from './numbers.ts';
import { round } from './ops/round.ts';

export interface UsedCell {
  measure: Measure;
  value: number;
  /** computed: a total the report left empty, summed from its row */
  state: 'value' | 'blank' | 'computed' | 'prose';
  line?: number;
  /** computed: whether the report printed the total as a blank or did not have it at all */
  was?: 'blank' | 'missing';
}

export type Failure = 'missing' | 'unreliable' | 'no_table' | 'not_in_format' | 'zero_whole' | 'no_whole' | 'unit_mismatch';

export interface Part {
  measure: Measure;
  value: number;
  unit: string;
  cells: UsedCell[];
}

export type Resolved =
  | {
    ok: true; op: Op; value: number; unit: string; parts: Part[];
    /** the decimals the question asked the value rounded to */
    round?: number;
    /** share: the parts from this one on are the whole, added up */
    wholeFrom?: number;
    /** breakdown: the whole the parts make up */
    whole?: Part;
    /** breakdown: parts the report does not give (not zero: missing) */
    missing?: Measure[];
  }
  | { ok: false; failure: Failure; measure: Measure };

type CellResult = { ok: true; cells: UsedCell[]; value: number } | { ok: false; failure: Failure };

function fromCell(cell: Cell | undefined, measure: Measure): CellResult | undefined {
  if (!cell || cell.state === 'missing') return undefined;
  return { ok: true, value: cell.value, cells: [{ measure, value: cell.value, state: cell.state, line: cell.line }] };
}

/**
 * A total is the report's own number when it printed one. A total it left blank or did not have is
 * the sum of its row's other cells, if all of those are there: a blank total is not a 0 when the row
 * has values (only a blank item cell counts as 0).
 */
function totalOf(row: Row, columns: string[], measure: (column: string) => Measure, total: Measure): CellResult {
  const cell = row.cells.total;
  if (cell?.state === 'value') return fromCell(cell, total)!;
  return totalFromRow(row, columns, measure, total, cell?.state === 'blank' ? 'blank' : 'missing');
}

function totalFromRow(row: Row, columns: string[], measure: (column: string) => Measure, total: Measure, was: 'blank' | 'missing'): CellResult {
  const cells: UsedCell[] = [];
  for (const c of columns) {
    const got = fromCell(row.cells[c], measure(c));
    if (!got?.ok) return { ok: false, failure: 'missing' };
    cells.push(...got.cells);
  }
  const value = cells.reduce((s, c) => s + c.value, 0);
  return { ok: true, value, cells: [{ measure: total, value, state: 'computed', was }, ...cells] };
}

function sum(results: CellResult[]): CellResult {
  const bad = results.find((r) => !r.ok);
  if (bad) return bad;
  const ok = results as Extract<CellResult, { ok: true }>[];
  return { ok: true, value: ok.reduce((s, r) => s + r.value, 0), cells: ok.flatMap((r) => r.cells) };
}

const REQUEST_PARTS = mapped(REQUEST_COLUMNS.filter((c) => c.id !== 'total'), (c) => c.id);

function requestCell(report: Report, rowId: string, column: string): CellResult {
  const row = report.requests.rows[rowId];
  const m: Measure = { table: 'requests', row: rowId, column };
  if (!row) return { ok: false, failure: 'missing' };
  if (row.unreliable) return { ok: false, failure: 'unreliable' };
  if (column === 'total') return totalOf(row, REQUEST_PARTS, (c) => ({ table: 'requests', row: rowId, column: c }), m);
  return fromCell(row.cells[column], m) ?? { ok: false, failure: 'missing' };
}

function requests(report: Report, m: Extract<Measure, { table: 'requests' }>): CellResult {
  if (!report.requests.present) return { ok: false, failure: 'no_table' };
  const rowIds = REQUEST_ROWS.some((r) => r.id === m.row) ? [m.row] : mapped(requestRowsFor(report.meta.format).filter((r) => r.group === m.row), (r) => r.id);
  if (!rowIds.length || (rowIds.length === 1 && !requestRowsFor(report.meta.format).some((r) => r.id === rowIds[0]))) {
    return { ok: false, failure: 'not_in_format' };
  }
  const columns = REQUEST_COLUMN_GROUPS.find((g) => g.id === m.column)?.items ?? [m.column];
  return sum(rowIds.flatMap((r) => mapped(columns, (c) => requestCell(report, r, c))));
}

const REVIEW_PARTS = mapped(REVIEW_COLUMNS.filter((c) => c.id !== 'total'), (c) => c.id);

function review(report: Report, m: Extract<Measure, { table: 'review' }>): CellResult {
  if (!report.review.present) return { ok: false, failure: 'no_table' };
  if (report.review.unreliable) return { ok: false, failure: 'unreliable' };
  const groups = REVIEW_GROUP_SUMS.find((g) => g.id === m.group)?.items ?? [m.group];
  return sum(mapped(groups, (group) => {
    const own: Measure = { table: 'review', group, column: m.column };
    if (m.column !== 'total') return fromCell(report.review.cells[`${group}.${m.column}`], own) ?? { ok: false, failure: 'missing' };
    const row: Row = { cells: Object.fromEntries(mapped(['total', ...REVIEW_PARTS], (c) => [c, report.review.cells[`${group}.${c}`] ?? { state: 'missing' }])) };
    return totalOf(row, REVIEW_PARTS, (c) => ({ table: 'review', group, column: c as typeof m.column }), own);
  }));
}

function active(report: Report, m: Extract<Measure, { table: 'active' }>): CellResult & { unit?: Unit } {
  const table = activeTableOf(report.meta.format, m.row);
  const column = table?.columns.find((c) => c.id === m.column);
  if (!table || !column) return { ok: false, failure: 'not_in_format' };
  const t = report.active[table.id];
  if (!t?.present) return { ok: false, failure: 'no_table' };
  const row = t.rows[m.row];
  if (row?.unreliable) return { ok: false, failure: 'unreliable' };
  const got = fromCell(row?.cells[column.id], m);
  return got ? { ...got, unit: column.unit } : { ok: false, failure: 'missing' };
}

/** One measure's value in a report, with the cells it came from. */
export function lookup(report: Report, m: Measure): { ok: true; part: Part } | { ok: false; failure: Failure } {
  let got: CellResult & { unit?: string };
  if (m.table === 'requests') got = requests(report, m);
  else if (m.table === 'review') got = review(report, m);
  else if (m.table === 'active') got = active(report, m);
  else {
    const f = report.figures[m.figure];
    if (!f) return { ok: false, failure: 'missing' };
    got = { ok: true, value: f.value, unit: f.unit, cells: [{ measure: m, value: f.value, state: 'prose', line: f.line }] };
  }
  if (!got.ok) return got;
  return { ok: true, part: { measure: m, value: got.value, unit: got.unit ?? '件', cells: got.cells } };
}

/** The value a measure has in a report, or undefined: for telling readings apart. */
export function valueIn(report: Report, m: Measure): number | undefined {
  const got = lookup(report, m);
  return got.ok ? got.part.value : undefined;
}

/** A whole and its parts: every part the report gives, and which it does not. */
function breakdown(report: Report, measures: Measure[]): Resolved {
  const [wholeMeasure, ...partMeasures] = measures;
  if (!wholeMeasure) return { ok: false, failure: 'missing', measure: measures[0]! };
  const whole = lookup(report, wholeMeasure);
  if (!whole.ok) return { ok: false, failure: whole.failure, measure: wholeMeasure };
  const parts: Part[] = [];
  const missing: Measure[] = [];
  for (const m of partMeasures) {
    const got = lookup(report, m);
    if (got.ok) parts.push(got.part);
    else if (got.failure !== 'not_in_format') missing.push(m);
  }
  return { ok: true, op: 'breakdown', value: whole.part.value, unit: whole.part.unit, parts, whole: whole.part, ...(missing.length ? { missing } : {}) };
}

/** The figure a query asks for: one measure, or a declared combination of several, rounded as asked. */
export function resolve(report: Report, op: Op, measures: Measure[], decimals?: number, wholeFrom?: number): Resolved {
  const r = combine(report, op, measures, decimals, wholeFrom);
  return r.ok && decimals !== undefined && op !== 'breakdown' ? { ...r, value: round.compute(r.value, decimals), round: decimals } : r;
}

function combine(report: Report, op: Op, measures: Measure[], decimals: number | undefined, wholeFrom: number | undefined): Resolved {
  if (op === 'breakdown') return breakdown(report, measures);
  let list = measures;
  if (op === 'share' && list.length === 1) {
    const whole = defaultWhole(list[0]!);
    if (!whole) return { ok: false, failure: 'no_whole', measure: list[0]! };
    list = [list[0]!, whole];
  }
  const parts: Part[] = [];
  for (const m of list) {
    const got = lookup(report, m);
    if (!got.ok) return { ok: false, failure: got.failure, measure: m };
    parts.push(got.part);
  }
  const [a, b] = parts;
  if (!a) return { ok: false, failure: 'missing', measure: measures[0]! };
  if (op === 'value') return { ok: true, op, value: a.value, unit: a.unit, parts };
  if (parts.some((p) => p.unit !== a.unit)) return { ok: false, failure: 'unit_mismatch', measure: list[1]! };
  if (op === 'sum') return { ok: true, op, value: parts.reduce((s, p) => s + p.value, 0), unit: a.unit, parts };
  if (!b) return { ok: false, failure: 'missing', measure: list[0]! };
  // The size of the difference; the reply says which figure is the larger.
  if (op === 'difference') return { ok: true, op, value: difference(a.value, b.value, a.unit), unit: a.unit, parts };
  // A share: the last measure is the whole (or those from wholeFrom on, added up), the ones before it the parts, added up.
  const at = wholeFrom && wholeFrom > 0 && wholeFrom < parts.length ? wholeFrom : parts.length - 1;
  const wholeSum = parts.slice(at).reduce((s, p) => s + p.value, 0);
  const partSum = parts.slice(0, at).reduce((s, p) => s + p.value, 0);
  if (wholeSum === 0) return { ok: false, failure: 'zero_whole', measure: list.at(-1)! };
  const share = (partSum / wholeSum) * 100;
  // Rounded once: as asked, or to the one decimal a share is written with.
  return { ok: true, op, value: decimals === undefined ? roundAs(share, '%') : share, unit: '%', parts, ...(at !== parts.length - 1 ? { wholeFrom: at } : {}) };
}
