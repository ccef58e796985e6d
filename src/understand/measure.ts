// A Measure names one figure of a report without saying its value: a cell, a sum the format
// declares (a row group, a column group, 行政诉讼), or a prose figure. It is what a Query asks for
// and what a session remembers, so it is plain data.
import { mapped } from '../arrays.ts';
import {
  ACTIVE_TABLES, BREAKDOWNS, REQUEST_COLUMN_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, REQUEST_ROW_GROUPS, REVIEW_COLUMNS, REVIEW_GROUPS,
  REVIEW_GROUP_SUMS, measureKey, requestRowsFor, sameMeasure, type ActiveTable, type Breakdown, type FormatVersion, type Measure, type ReviewColumnId,
} from '../catalogue/format.ts';
import { RESULTS_PREFIX, RESULTS_TOTAL } from '../catalogue/measures.ts';

export { measureKey, sameMeasure, type Measure } from '../catalogue/format.ts';

export type Family = 'requests' | 'review' | 'active';

/** The section 二 table that holds a row in a format. */
export function activeTableOf(format: FormatVersion, row: string): ActiveTable | undefined {
  return ACTIVE_TABLES[format].find((t) => t.rows.some((r) => r.id === row));
}

/** The row that a share of a result row is taken of: the results total 三(七). */
export function resultsTotalFor(row: string): string | undefined {
  const number = REQUEST_ROWS.find((r) => r.id === row)?.number ?? REQUEST_ROW_GROUPS.find((g) => g.id === row)?.number;
  if (!number?.startsWith(RESULTS_PREFIX) || number === RESULTS_TOTAL) return undefined;
  return REQUEST_ROWS.find((r) => r.number === RESULTS_TOTAL)?.id;
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

/**
 * Whether a figure is counted inside another: the chain of wholes from the part (its row's total,
 * then the total of its results) reaches it. Adding the two would count the part twice.
 */
export function withinWhole(part: Measure, whole: Measure): boolean {
  const key = measureKey(whole);
  for (let w = defaultWhole(part), n = 0; w && n < 4; w = defaultWhole(w), n++) if (measureKey(w) === key) return true;
  return false;
}

export const REVIEW_GROUP_IDS = mapped(REVIEW_GROUPS, (g) => g.id);

/** A declared breakdown's whole and parts as measures, without the parts the report's format lacks. */
export function breakdownMeasures(b: Breakdown, format: FormatVersion): Measure[] {
  const has = (m: Measure) => m.table !== 'requests' || requestRowsFor(format).some((r) => r.id === m.row || r.group === m.row);
  return [b.whole, ...b.parts.filter(has)];
}

/**
 * The parts a figure is made of, for 「…的构成」: a breakdown the catalogue declares with this whole,
 * else the format's own structure (a group's items, a row's applicant columns, a review group's
 * outcomes, 行政诉讼's two kinds). The whole comes first.
 */
export function breakdownOf(m: Measure, format: FormatVersion): Measure[] | undefined {
  const declared = BREAKDOWNS.find((b) => sameMeasure(b.whole, m));
  if (declared) return breakdownMeasures(declared, format);
  if (m.table === 'requests') {
    const items = requestRowsFor(format).filter((r) => r.group === m.row);
    if (items.length) return [m, ...mapped(items, (r): Measure => ({ table: 'requests', row: r.id, column: m.column }))];
    const columns = m.column === 'total' ? mapped(REQUEST_COLUMNS.filter((c) => c.id !== 'total'), (c) => c.id)
      : REQUEST_COLUMN_GROUPS.find((g) => g.id === m.column)?.items;
    if (columns) return [m, ...mapped(columns, (column): Measure => ({ table: 'requests', row: m.row, column }))];
  }
  if (m.table === 'review' && m.column === 'total') {
    const groups = REVIEW_GROUP_SUMS.find((g) => g.id === m.group)?.items;
    if (groups) return [m, ...mapped(groups, (group): Measure => ({ table: 'review', group, column: 'total' }))];
    return [m, ...mapped(REVIEW_COLUMNS.filter((c) => c.id !== 'total'), (c): Measure => ({ table: 'review', group: m.group, column: c.id }))];
  }
  return undefined;
}

/**
 * What 「予以公开以外的」「不是自然人的」 may mean: the other parts of the whole the named figures
 * belong to, then that whole (办理结果 without 予以公开: 部分公开, 不予公开 …, 总计). Empty when the
 * format gives the figure no whole to take it out of.
 */
export function complementOf(named: readonly Measure[], format: FormatVersion): Measure[] {
  const first = named[0];
  const whole = first && defaultWhole(first);
  const parts = whole && breakdownOf(whole, format);
  if (!parts || !named.every((m) => parts.some((p) => sameMeasure(p, m)))) return [];
  return [...parts.slice(1).filter((p) => !named.some((m) => sameMeasure(m, p))), parts[0]!];
}
