// Looks a Query's measures up in one report. A cell is used as the report printed it: a value, a
// blank inside a filled table (0, and the reply says so), or missing (never 0: the answer is that
// the report does not say). Group totals and derived figures are computed only by the formulas
// the format declares, and every cell that went into them is listed.
import { mapped } from '../arrays.ts';
import {
  REQUEST_COLUMNS, REQUEST_COLUMN_GROUPS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUP_SUMS, requestRowsFor,
  type Unit,
} from '../catalogue/format.ts';
import type { OpName as Op } from '../catalogue/operations.ts';
import type { Cell, Report, Row } from '../report/schema.ts';
import { activeTableOf, type Measure } from '../understand/measure.ts';
import { operation } from './ops/index.ts';
import type { Failure, Looked, Resolved, UsedCell } from './ops/operation.ts';
import { round } from './ops/round.ts';

export type { Failure, Part, Resolved, UsedCell } from './ops/operation.ts';

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
export function lookup(report: Report, m: Measure): Looked {
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

/** The figure a query asks for: one measure, or a declared combination of several, rounded as asked. */
export function resolve(report: Report, op: Op, measures: Measure[], decimals?: number, wholeFrom?: number): Resolved {
  const how = operation(op);
  const r = how.compute({ measures, lookup: (m) => lookup(report, m), decimals, wholeFrom });
  return r.ok && decimals !== undefined && !how.listsParts ? { ...r, value: round.compute(r.value, decimals), round: decimals } : r;
}
