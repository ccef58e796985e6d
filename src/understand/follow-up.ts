// A follow-up that names only part of a figure (「那部分公开呢？」「其中自然人呢？」) takes the rest
// from the figure before; the answer to a question asked back (「行政复议那块的」) picks one of the
// figures offered.
import { mapped } from '../arrays.ts';
import { targetsOf } from './candidates.ts';
import { targetKey } from './match.ts';
import type { Measure } from './measure.ts';
import { familyOf, isColDim, isDefaultColumn, isRowDim, type Hit } from './readings.ts';
import type { Flags } from './sentence.ts';
import type { Query } from './understood.ts';

/** The figure the conversation gave last, when it gave one figure. */
export const previousFigure = (previous: Query | undefined): Measure | undefined =>
  previous?.intent === 'figure' && previous.op === 'value' && previous.measures?.length === 1 ? previous.measures[0]! : undefined;

/**
 * Only a part of a figure was said (「那部分公开呢？」「其中自然人呢？」): take the rest from before.
 * A question that names no part of a figure repeats the previous one only when it names another
 * report (「那2023年呢」「郑州住建局呢」) and says nothing else: 「那你们局长是谁？」 and 「还有呢」 are
 * not asking for the same figure again.
 */
export function followUp(previous: Query | undefined, hits: Hit[], flags: Flags, again: () => boolean): Query | undefined {
  // 「申请」 in 「这里面自然人申请的」 names no row of its own: the row is the one before.
  const content = hits.filter((h) => (isRowDim(h.target.dim) || isColDim(h.target.dim)) && !h.fallback);
  // An answer to a question asked back is short (「行政复议那块的」); one asking a number anew is a new question.
  if (previous?.intent === 'clarify' && previous.choices?.length) return flags.quantity && !flags.follow_up ? undefined : chosen(previous.choices, content);
  const prev = previousFigure(previous);
  if (!prev || prev.table === 'prose') return undefined;
  const rows = content.filter((h) => isRowDim(h.target.dim) && familyOf(h.target.dim) === prev.table);
  const cols = content.filter((h) => isColDim(h.target.dim) && familyOf(h.target.dim) === prev.table);
  // It moved to another table (合计, a total column of every table, moves nothing).
  if (content.some((h) => familyOf(h.target.dim) !== prev.table && !isDefaultColumn(h))) return undefined;
  const best = (list: Hit[]) => [...list].sort((a, b) => b.score - a.score)[0];
  const row = best(rows);
  // 「法人那几栏合计呢」: 合计 is the sum of the columns named, not the column 总计.
  const named = cols.filter((h) => !isDefaultColumn(h));
  const col = best(named.length ? named : cols);
  const id = (h: Hit) => ('id' in h.target ? h.target.id : '');
  let measure: Measure | undefined;
  if (!row && col) {
    // 「其中自然人呢」 keeps the row and sets the column
    if (prev.table === 'requests') measure = { ...prev, column: id(col) };
    if (prev.table === 'review') measure = { ...prev, column: id(col) as typeof prev.column };
    if (prev.table === 'active') measure = { ...prev, column: id(col) };
  } else if (row && !col && flags.follow_up) {
    // 「那部分公开呢」 sets the row and keeps the column
    if (prev.table === 'requests') measure = { ...prev, row: id(row) };
    if (prev.table === 'review') measure = { ...prev, group: id(row) };
    if (prev.table === 'active') measure = { table: 'active', row: id(row), column: prev.column };
  } else if (!row && !col && flags.follow_up && hits.every((h) => h.target.dim === 'cue') && again()) {
    measure = prev; // 「那去年呢」: the same figure, another report
  }
  return measure && { intent: 'figure', lang: 'zh', op: 'value', measures: [measure] };
}

/**
 * 「行政复议那块的」 after 「还没审结的有几个？」 was asked back: the one figure offered that the
 * answer names. Naming none of them, or several equally, is no choice.
 */
function chosen(choices: Measure[], content: Hit[]): Query | undefined {
  if (!content.length) return undefined;
  // 「这里面自然人申请的」 after a table figure and a sentence's were offered: the column is the table's.
  const table = choices.filter((m) => m.table === 'requests');
  const column = content[0]!.target;
  if (table.length === 1 && column.dim === 'req_col' && content.every((h) => h.target.dim === 'req_col')) {
    return { intent: 'figure', lang: 'zh', op: 'value', measures: [{ ...table[0]!, column: column.id }] };
  }
  const named = new Set(mapped(content, (h) => targetKey(h.target)));
  const fits = mapped(choices, (m) => targetsOf(m).filter((t) => named.has(targetKey(t))).length);
  const best = Math.max(...fits);
  const top = choices.filter((_, i) => fits[i] === best);
  // Every term of the answer must be the chosen figure's: 「行政诉讼的」 is no one choice of 复议's.
  if (best === 0 || top.length !== 1 || best < named.size) return undefined;
  return { intent: 'figure', lang: 'zh', op: 'value', measures: [top[0]!] };
}
