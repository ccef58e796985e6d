// A Measure names one figure of a report without saying its value: a cell, a sum the format
// declares (a row group, a column group, 行政诉讼), or a prose figure. It is what a Query asks for
// and what a session remembers, so it is plain data.
import {
  ACTIVE_TABLES, REQUEST_ROWS, REQUEST_ROW_GROUPS, REVIEW_GROUPS, type ActiveTable, type FormatVersion,
  type ReviewColumnId,
} from '../catalogue/format.ts';

export type Measure =
  /** section 三: row is a row id or a row group id, column a column id or a column group id */
  | { table: 'requests'; row: string; column: string }
  /** section 四: group is a group id or 'litigation' (a declared sum of groups) */
  | { table: 'review'; group: string; column: ReviewColumnId }
  /** section 二: column undefined when the question did not say which */
  | { table: 'active'; row: string; column?: string }
  /** a figure stated in the narrative, by its index in report.figures */
  | { table: 'prose'; figure: number };

export type Family = 'requests' | 'review' | 'active';

export function sameMeasure(a: Measure, b: Measure): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The section 二 table that holds a row in a format. */
export function activeTableOf(format: FormatVersion, row: string): ActiveTable | undefined {
  return ACTIVE_TABLES[format].find((t) => t.rows.some((r) => r.id === row));
}

/** The row that a share of a result row is taken of: the results total 三(七). */
export function resultsTotalFor(row: string): string | undefined {
  const number = REQUEST_ROWS.find((r) => r.id === row)?.number ?? REQUEST_ROW_GROUPS.find((g) => g.id === row)?.number;
  if (!number?.startsWith('三(') || number === '三(七)') return undefined;
  return REQUEST_ROWS.find((r) => r.number === '三(七)')?.id;
}

/**
 * The whole a part is a share of, as the format declares it: a column's share of its row's total,
 * a result's share of the results total, a review outcome's share of its group's total.
 */
export function defaultWhole(m: Measure): Measure | undefined {
  if (m.table === 'requests') {
    if (m.column !== 'total') return { ...m, column: 'total' };
    const total = resultsTotalFor(m.row);
    return total ? { table: 'requests', row: total, column: 'total' } : undefined;
  }
  if (m.table === 'review' && m.column !== 'total') return { ...m, column: 'total' };
  return undefined;
}

export const REVIEW_GROUP_IDS = REVIEW_GROUPS.map((g) => g.id);
