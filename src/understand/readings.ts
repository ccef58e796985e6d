// From the catalogue words found in a question to the table figures it can mean. Each reading is
// scored by the words that support it; the caller picks the best and asks back on a tie.
import { mapped } from '../arrays.ts';
import {
  ACTIVE_TABLES, REQUEST_ROWS, REQUEST_ROW_GROUPS, requestRowsFor, type FormatVersion, type ReviewColumnId,
} from '../catalogue/format.ts';
import type { DeclaredName, OpName } from '../catalogue/operations.ts';
import { BACK_REFERENCE } from '../catalogue/lexicon-cues.ts';
import { APPLYING_WORDS } from '../catalogue/lexicon-roles.ts';
import { operandsOf } from './operations.ts';
import { labelsOf } from './vocabulary.ts';
import type { Dim, Target } from './match.ts';
import { activeTableOf, defaultWhole, measureKey, REVIEW_GROUP_IDS, withinWhole, type Family, type Measure } from './measure.ts';
import { bareItem, distinct, dropEnclosingGroups, idOf, joined, shareSplit, type Hit } from './hits.ts';

export { hitsOf, type Hit } from './hits.ts';

/** the operation a reading asks for: one of the registry's names (catalogue/operations.ts) */
export type Op = OpName;

export interface TableReading {
  op: Op;
  measures: Measure[];
  /** several figures fit equally well: ask which */
  choices?: Measure[];
  score: number;
  /** how much of the question the reading's words cover */
  matched: number;
  /** the hits the reading is made of */
  used: Hit[];
  /** the choices are the rows of a column named alone: the user must say which, even if they agree */
  columnOnly?: true;
  /** share: the measures from this one on are the whole, added up (「复议和诉讼总数」) */
  wholeFrom?: number;
}

const ROW_DIMS: Record<Family, Dim[]> = { requests: ['req_row', 'req_group'], review: ['rev_group', 'rev_sum'], active: ['act_row'] };
const COL_DIMS: Record<Family, Dim[]> = { requests: ['req_col', 'req_colgroup'], review: ['rev_col'], active: ['act_col'] };
const FAMILIES = Object.keys(ROW_DIMS) as Family[];

export const familyOf = (dim: Dim): Family | undefined => FAMILIES.find((f) => ROW_DIMS[f].includes(dim) || COL_DIMS[f].includes(dim));
export const isRowDim = (dim: Dim) => FAMILIES.some((f) => ROW_DIMS[f].includes(dim));
export const isColDim = (dim: Dim) => FAMILIES.some((f) => COL_DIMS[f].includes(dim));

/**
 * 总计 / 一共 name the column a figure has anyway: they say nothing about which figure, so they add
 * no weight to a reading (「一共处理了多少行政处罚」 is about penalties, not about section 三).
 */
export const isDefaultColumn = (h: Pick<Hit, 'target'>) => (h.target.dim === 'req_col' || h.target.dim === 'rev_col') && h.target.id === 'total';

/**
 * Whether a report of this format has the row, group or column at all: 其他处理 is one row in the
 * 2019 format and a group in the 2021 one, and only the report's own may be a reading.
 */
export function inFormat(t: Target, format: FormatVersion): boolean {
  if (t.dim === 'req_row') return requestRowsFor(format).some((r) => r.id === t.id);
  if (t.dim === 'req_group') return requestRowsFor(format).some((r) => r.group === t.id);
  if (t.dim === 'act_row') return !!activeTableOf(format, t.id);
  if (t.dim === 'act_col') return ACTIVE_TABLES[format].some((table) => table.columns.some((c) => c.id === t.id));
  return true;
}

function measureFor(row: Hit, column: Hit | undefined, format: FormatVersion): { measure?: Measure; choices?: Measure[] } {
  const t = row.target;
  if (t.dim === 'req_row' || t.dim === 'req_group') {
    // A row that does not exist in the report's format (其他处理 of 2019 in a 2021 report) is left to resolution to explain.
    return { measure: { table: 'requests', row: t.id, column: column ? idOf(column.target) : 'total' } };
  }
  if (t.dim === 'rev_group' || t.dim === 'rev_sum') {
    return { measure: { table: 'review', group: t.id, column: column ? (idOf(column.target) as ReviewColumnId) : 'total' } };
  }
  if (t.dim === 'act_row') {
    const table = activeTableOf(format, t.id);
    if (!table) return { measure: { table: 'active', row: t.id } };
    const col = column && table.columns.find((c) => c.id === idOf(column.target));
    if (col) return { measure: { table: 'active', row: t.id, column: col.id } };
    // A column the row's table does not have (处罚金额: penalties have no amount column) is not
    // this row's figure under another name: there is no reading.
    if (column) return {};
    // 处理决定数量 is the only figure of 行政许可; 规范性文件 has three that differ: ask.
    if (table.columns.length === 1) return { measure: { table: 'active', row: t.id, column: table.columns[0]!.id } };
    return { choices: mapped(table.columns, (c) => ({ table: 'active', row: t.id, column: c.id })) };
  }
  return {};
}

export interface ReadingInput {
  text: string;
  hits: Hit[];
  format: FormatVersion;
  share: boolean;
  difference: boolean;
  /** where 占 stands: what comes before it is the part */
  shareAt: number;
  /** the question says to add up (一共, 合计, 加起来) */
  summed?: boolean;
  /** the operation the catalogue declares that the question's words ask for (几倍): it, and no share or difference */
  operation?: DeclaredName;
}

/** Rows in the order the table prints them: a row group where its first item stands. */
function orderRows(choices: Measure[]): Measure[] {
  const at = (m: Measure) => {
    const row = m.table === 'requests' ? m.row : '';
    const i = REQUEST_ROWS.findIndex((r) => r.id === row || r.group === row);
    return i < 0 ? REQUEST_ROWS.length : i;
  };
  return [...choices].sort((a, b) => at(a) - at(b));
}

/** The best reading of the question as table figures, or undefined when it names no row. */
export function tableReading({ text, hits: all, format, share: shareAsked, difference: differenceAsked, shareAt, summed, operation }: ReadingInput): TableReading | undefined {
  const share = shareAsked && !operation;
  const difference = differenceAsked && !operation;
  const hits = all.filter((h) => inFormat(h.target, format));
  let named = distinct(dropEnclosingGroups(hits.filter((h) => isRowDim(h.target.dim))));
  let allCols = dropEnclosingGroups(hits.filter((h) => isColDim(h.target.dim)));
  // 「其他处理里的“其他”」: a group named with its item 其他 means that item, not the column 其他.
  const item = bareItem(text, named, allCols, format);
  if (item) {
    named = [...named.filter((h) => h !== item.group), item.row];
    allCols = allCols.filter((h) => h !== item.column);
  }
  // A generic phrase (「…的申请一共多少」) steps aside for any row named specifically.
  // 「这里面自然人申请的」: 申请 there is no row, the row is the one said before.
  let rows = named.some((h) => !h.fallback) || BACK_REFERENCE.test(text) ? named.filter((h) => !h.fallback) : named;
  // 「三(六)3 其他 总计」: a row's number and right after it its label, which is then no column.
  const restatesRow = (c: Hit) => rows.some((r) => r.end <= c.start && /^[\s:：.、“”"]*$/.test(text.slice(r.end, c.start))
    && labelsOf(r.target).includes(text.slice(c.start, c.end)));
  allCols = allCols.filter((c) => !restatesRow(c));
  // 「先复议、复议完了又去起诉的」: a row said again inside the words of another row describes that
  // row; it is not a second figure to add, unless the question says to add up.
  if (rows.length >= 2 && !share && !difference && !summed && !operation) {
    const said = (h: Hit) => text.slice(h.start, h.end);
    const restated = rows.filter((h) => rows.some((o) => o !== h && said(o).length > said(h).length && said(o).includes(said(h))));
    if (restated.length && restated.length < rows.length) rows = rows.filter((h) => !restated.includes(h));
  }
  const colsOf = (f: Family | undefined) => distinct(allCols.filter((h) => familyOf(h.target.dim) === f));
  const bestCol = (f: Family | undefined) => colsOf(f).sort((a, b) => b.score - a.score)[0];

  if (rows.length === 0) {
    const reqCols = colsOf('requests').filter((c) => !isDefaultColumn(c));
    // 「自然人占比」「自然人和商业企业占比」: requester types' share of all requests received.
    if (reqCols.length && share) {
      const received = REQUEST_ROWS[0]!.id;
      const cols = joined(text, reqCols) ? reqCols : [reqCols.sort((a, b) => b.score - a.score)[0]!];
      const measures: Measure[] = mapped(cols, (c) => ({ table: 'requests', row: received, column: idOf(c.target) }));
      const score = cols.reduce((s, c) => s + c.score, 0);
      return { op: 'share', measures: [...measures, { table: 'requests', row: received, column: 'total' }], score, matched: score, used: cols };
    }
    // A requester type alone, with no word of applying (「自然人那列是多少」): which row? Said with
    // one (「公司申请的」), it is the requests received.
    if (reqCols.length) {
      const best = reqCols.sort((a, b) => b.score - a.score)[0]!;
      const column = idOf(best.target);
      if (APPLYING_WORDS.test(text.slice(best.start, best.end)) && !BACK_REFERENCE.test(text)) {
        return { op: 'value', measures: [{ table: 'requests', row: REQUEST_ROWS[0]!.id, column }], score: best.score, matched: best.score, used: [best] };
      }
      const rows = [...mapped(requestRowsFor(format).filter((r) => !r.group), (r) => r.id),
        ...mapped(REQUEST_ROW_GROUPS.filter((g) => requestRowsFor(format).some((r) => r.group === g.id)), (g) => g.id)];
      const choices = orderRows(mapped(rows, (row): Measure => ({ table: 'requests', row, column })));
      return { op: 'value', measures: [], choices, score: best.score, matched: best.score, used: [best], columnOnly: true };
    }
    // An outcome alone (被纠正的有几件) could be of reconsideration or either kind of lawsuit.
    const revCol = bestCol('review');
    if (revCol && !isDefaultColumn(revCol)) {
      const column = idOf(revCol.target) as ReviewColumnId;
      return { op: 'value', measures: [], score: revCol.score, matched: revCol.score, used: [revCol], columnOnly: true,
        choices: mapped(REVIEW_GROUP_IDS, (group) => ({ table: 'review', group, column })) };
    }
    // A column of section 二 alone (本年处理决定数量): of which row?
    const actCol = bestCol('active');
    if (actCol) {
      const column = idOf(actCol.target);
      const choices: Measure[] = ACTIVE_TABLES[format].filter((t) => t.columns.some((c) => c.id === column)).flatMap((t) => mapped(t.rows, (r) => ({ table: 'active', row: r.id, column })));
      // 本年收费金额: a column only one row has names that row's figure.
      if (choices.length === 1) return { op: 'value', measures: choices, score: actCol.score, matched: actCol.score, used: [actCol] };
      // 「现行有效的一共多少」: the column, named by its own label (not a verb like 发布), over every row
      // that has it, added up.
      const said = text.slice(actCol.start, actCol.end);
      const labelled = ACTIVE_TABLES[format].some((t) => t.columns.some((c) => c.id === column && c.keys.some((k) => said.includes(k.text))));
      if (choices.length > 1 && summed && labelled) return { op: 'sum', measures: choices, score: actCol.score, matched: actCol.score, used: [actCol] };
      if (choices.length) return { op: 'value', measures: [], choices, score: actCol.score, matched: actCol.score, used: [actCol], columnOnly: true };
    }
    return undefined;
  }

  // A word naming columns of several tables (made: 制发, 新制作, 处理决定) names the row's own.
  const ownCol = (row: Hit) => {
    const table = row.target.dim === 'act_row' ? activeTableOf(format, row.target.id) : undefined;
    return table && colsOf('active').filter((c) => table.columns.some((x) => x.id === idOf(c.target))).sort((a, b) => b.score - a.score)[0];
  };
  const single = (row: Hit): TableReading => {
    const col = ownCol(row) ?? bestCol(familyOf(row.target.dim));
    const { measure, choices } = measureFor(row, col, format);
    const score = row.score + (col && !isDefaultColumn(col) ? col.score : 0);
    return { op: 'value', measures: measure ? [measure] : [], choices, score, matched: score, used: col ? [row, col] : [row] };
  };

  if (rows.length >= 2 && (share || difference || joined(text, rows) || operation)) {
    let parts = rows;
    // For a share, the measures are the parts (added up when several) and then the whole.
    let whole: Measure | undefined;
    let wholeFrom: number | undefined;
    if (share && !joined(text, rows)) {
      // Each mention counts here: 「行政处罚占许可和处罚合计」 names 处罚 on both sides.
      const every = hits.filter((h) => isRowDim(h.target.dim) && (!h.fallback || rows.includes(h))).sort((a, b) => a.start - b.start);
      const split = shareSplit(text, every, shareAt);
      if (split) { split.parts = distinct(split.parts); split.whole = distinct(split.whole); }
      // No word says which is the whole: no share to give. A whole of several figures is their sum
      // when the question lists them (「占复议和诉讼总数的比例」).
      if (!split || (split.whole.length !== 1 && !joined(text, split.whole))) return undefined;
      const own = joined(text, split.parts) ? split.parts : [split.parts.at(-1)!];
      parts = [...own, ...split.whole];
      if (split.whole.length > 1) wholeFrom = own.length;
    }
    // A declared operation takes its figures in the order the question names them, and exactly as many as it takes.
    const readings = mapped(operation ? [...parts].sort((a, b) => a.start - b.start) : parts, single);
    if (readings.every((r) => r.measures.length === 1) && (!operation || readings.length === operandsOf(operation))) {
      const op: Op = operation ?? (share ? 'share' : difference ? 'difference' : 'sum');
      let measures = mapped(readings, (r) => r.measures[0]!);
      if (op === 'difference') measures = measures.slice(0, 2);
      if (op === 'share' && parts === rows && joined(text, rows)) {
        // 「予以公开加部分公开占比」: the parts together, of the whole the format gives them; when
        // they have no common whole, there is no share to give.
        const wholes = new Set(mapped(measures, (m) => { const w = defaultWhole(m); return w ? measureKey(w) : ''; }));
        whole = wholes.size === 1 ? defaultWhole(measures[0]!) : undefined;
        if (!whole) return undefined;
        measures = [...measures, whole];
      } else if (op === 'share') {
        measures = measures.slice(0, Math.max(2, measures.length));
      }
      const score = readings.reduce((s, r) => s + r.score, 0);
      // 「本机关不掌握相关政府信息，答复无法提供的」: a part and the whole it is counted in are never
      // added up; the question is then read as one of them (or asked back).
      const doubled = op === 'sum' && measures.some((a) => measures.some((b) => a !== b && withinWhole(a, b)));
      if (!doubled) return { op, measures, score, matched: score, used: readings.flatMap((r) => r.used), ...(op === 'share' && wholeFrom ? { wholeFrom } : {}) };
    }
  }

  // Otherwise the strongest row; rows equally strong and different → ask.
  const readings = mapped(rows, single).filter((r) => r.measures.length || r.choices?.length).sort((a, b) => b.score - a.score);
  const top = readings[0];
  if (!top) return undefined;
  const tied = readings.filter((r) => r.score >= top.score - 1e-9);
  if (tied.length > 1) {
    const seen = new Set<string>();
    const choices = tied.flatMap((r) => r.choices ?? r.measures).filter((m) => !seen.has(measureKey(m)) && !!seen.add(measureKey(m)));
    const used = tied.flatMap((r) => r.used);
    if (choices.length === 1) return { ...top, measures: choices, choices: undefined, used };
    return { op: 'value', measures: [], score: top.score, matched: top.score, choices, used };
  }
  if (share && top.measures.length === 1) return { ...top, op: 'share' };
  return top;
}
