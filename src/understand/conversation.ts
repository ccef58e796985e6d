// Follow-ups that work on the figures a conversation has just given, without naming them again:
// 「三个加一起」「这俩加一块是多少」 (the last figures, added up), 「占多少比例啊」「As a percentage of
// those lawsuits?」 (the last figure's share of its whole), 「第2行呢」 (the next item of its group).
// Every operand is one figure given before; when there are not as many as the question counts, no
// reading is made here.
import { enclosing } from './account.ts';
import { recentCount } from './asking.ts';
import { targetKey, wholeTarget } from './match.ts';
import { defaultWhole, measureKey, sameMeasure, type Measure } from './measure.ts';
import { mapped } from '../arrays.ts';
import { siblingRow } from './positions.ts';
import { isDefaultColumn, type Hit } from './readings.ts';
import type { Word } from './words.ts';

export interface Turn {
  text: string;
  words: readonly Word[];
  hits: readonly Hit[];
  /** the figure the conversation gave last, when it gave one */
  previous: Measure | undefined;
  /** the figures given before, oldest first */
  recent: readonly Measure[];
  share: boolean;
  /** the question says to add up, in a word (加一起) or a term (合计) */
  summed: boolean;
}

export interface ConversationReading {
  /** clarify: the measures are the figures given, to choose from */
  op: 'value' | 'sum' | 'share' | 'clarify';
  measures: Measure[];
  rule: string;
}

// Words that say nothing but how to combine or what to ask: the rest of such a follow-up.
const CARRY_NOTHING = new Set(['filler', 'quantity', 'follow_up', 'sum', 'and', 'share', 'describe']);

/** Whether every word of the follow-up is an operator, a question word or a filler (the count 三个 included). */
function onlyOperators(t: Turn, counted: boolean): boolean {
  return t.words.every((w) => CARRY_NOTHING.has(w.role) || (w.role === 'unit' && (w.unit === 'percent' || w.unit === 'count'))
    || (counted && (w.role === 'number' || w.role === 'content') && (!!recentCount(w.text) || Number(w.text) === recentCount(t.text))));
}

// 合计 and 总计 name the total column of every table: they say "the total", not which figure.
const named = (t: Turn) => t.hits.filter((h) => h.target.dim !== 'cue' && !isDefaultColumn(h));

/** The row or group a measure stands in, and every group that holds it (直诉 of 行政诉讼). */
function rowsOf(m: Measure): string[] {
  const row = wholeTarget(m);
  return row ? [targetKey(row), ...enclosing(row)] : [];
}

export function conversationReading(t: Turn): ConversationReading | undefined {
  // 「第2行呢」: the row of that number among the previous row's siblings.
  const sibling = siblingRow(t.text, t.previous);
  if (sibling) return { op: 'value', measures: [sibling], rule: 'follow-up: a row by its number among the siblings of the row before' };
  const count = recentCount(t.text);
  // 「三个加一起」: the last figures given, as many as counted; 「两项合计占总计多少」: their share of their whole.
  if (t.summed && count && !named(t).length && onlyOperators(t, true)) {
    const distinct: Measure[] = [];
    for (let i = t.recent.length - 1; i >= 0 && distinct.length < count; i--) {
      const m = t.recent[i]!;
      if (!distinct.some((x) => sameMeasure(x, m))) distinct.unshift(m);
    }
    if (distinct.length !== count) return { op: 'clarify', measures: distinct, rule: 'clarify: fewer figures were given than the follow-up counts' };
    if (!t.share) return { op: 'sum', measures: distinct, rule: 'follow-up: the figures just given, as many as the question counts, added up' };
    const wholes = new Set(mapped(distinct, (m) => measureKey(defaultWhole(m) ?? m)));
    const whole = defaultWhole(distinct[0]!);
    // Figures of no one whole have no share to give.
    if (!whole || wholes.size !== 1) return { op: 'clarify', measures: distinct, rule: 'clarify: the figures just given are parts of no one whole' };
    return { op: 'share', measures: [...distinct, whole], rule: 'follow-up: the figures just given, added up, as a share of their whole' };
  }
  // 「占多少比例啊」「As a percentage of those lawsuits?」: the last figure's share of its whole,
  // the whole named or not (a word that names it, or the group it stands in).
  const prev = t.previous;
  const whole = prev && defaultWhole(prev);
  if (t.share && prev && whole && onlyOperators(t, false)) {
    const rows = rowsOf(whole);
    if (named(t).every((h) => rows.includes(targetKey(h.target)))) return { op: 'share', measures: [prev, whole], rule: 'follow-up: the share the figure before has of its whole' };
  }
  return undefined;
}
