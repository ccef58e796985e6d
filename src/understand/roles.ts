// The language's own words, by the role they play in a question about a figure. They belong to
// no row of the format (that is the catalogue's vocabulary): they ask for a number, join figures,
// say how they combine, or carry nothing. A word not here and not in the figure's vocabulary is a
// word the figure does not explain. The words are declared in the catalogue (lexicon-roles.ts,
// operators.ts, measures.ts); here each gets its role.

export type RoleWordKind =
  /** carries nothing: particles, pronouns, politeness, the asking itself */
  | 'filler'
  /** asks for a number: 多少, 几, 数量 */
  | 'quantity'
  /** adds figures up: 加上, 加起来, 合计 */
  | 'sum'
  /** takes one figure from another: 减去, 还剩 */
  | 'minus'
  /** compares two figures: 比, 相差 */
  | 'compare'
  /** says which way a comparison goes: 多, 少 (an operator only with 比) */
  | 'more'
  /** a share of a whole: 占, 比例, 百分之 */
  | 'share'
  /** joins two figures in a list: 和, 与, 、 */
  | 'and'
  /** asks for a description: 哪些, 什么, 怎么 */
  | 'describe'
  /** says the question follows on from the last: 那, 呢, 其中 */
  | 'follow_up'
  /** negates or excludes (没有, 以外): the figure named is then not the answer */
  | 'negation'
  /** asks how a figure changed (增加, 减少): answered by comparing reports, not by the figure */
  | 'change'
  /**
   * narrows a figure to something the format does not count (平均, 上半年, 男性, 粉丝): named
   * here so the reply can say which word the report does not answer.
   */
  | 'narrowing'
  /** asks for an operation the catalogue declares with its words (几倍): the role is the operation's name (operations.ts) */
  | DeclaredName;

import { mapped, ownTable } from '../arrays.ts';
import type { DeclaredName } from '../catalogue/operations.ts';
import { CHANGE_WORDS, FLAGS, NEGATION } from '../catalogue/lexicon-cues.ts';
import { DESCRIBE_WORDS, FILLER_WORDS, FOLLOW_UP_WORDS, NARROWING_WORDS, QUANTITY_WORDS } from '../catalogue/lexicon-roles.ts';
import { FIGURE_UNIT_KINDS, UNIT_WORDS_BY_KIND, type UnitKind } from '../catalogue/measures.ts';
import { AND_WORDS, COMPARE_WORDS, MINUS_WORDS, MORE_WORDS, SHARE_WORDS, SUM_WORDS } from '../catalogue/operators.ts';

export { CLAUSE_EQUIVALENT, EQUIVALENT } from '../catalogue/lexicon-roles.ts';
export type { UnitKind } from '../catalogue/measures.ts';

const words = (kind: RoleWordKind, list: readonly string[]): [string, RoleWordKind][] => mapped(list, (w) => [w, kind]);

/** Every word of the language's own with its role; a word in two lists has the role of the later one. */
export const ROLE_WORDS: Record<string, RoleWordKind> = ownTable(Object.fromEntries([
  ...words('filler', FILLER_WORDS),
  ...words('quantity', QUANTITY_WORDS),
  ...words('sum', SUM_WORDS),
  ...words('minus', MINUS_WORDS),
  ...words('compare', COMPARE_WORDS),
  ...words('more', MORE_WORDS),
  ...words('share', SHARE_WORDS),
  ...words('and', AND_WORDS),
  ...words('negation', NEGATION.words),
  ...words('change', CHANGE_WORDS),
  ...words('describe', FLAGS.breakdown.filter((w) => /\p{Script=Han}/u.test(w))),
  ...words('describe', DESCRIBE_WORDS),
  ...words('follow_up', FOLLOW_UP_WORDS),
  ...words('narrowing', NARROWING_WORDS),
]));

/** Unit and measure words: what a figure asked for is measured in. */
export const UNIT_WORDS: Record<string, UnitKind> = ownTable(Object.fromEntries(
  UNIT_WORDS_BY_KIND.flatMap(([kind, list]) => mapped(list, (w) => [w, kind] as const))));

/** A figure's unit, as the kind of thing it measures. */
export function unitKindOf(unit: string): UnitKind {
  return FIGURE_UNIT_KINDS[unit] ?? 'count';
}

/**
 * Whether a unit asked for fits a figure's: counts of things are asked with any measure word
 * (几个 行政许可决定, 几件 复议), and 次 goes with counts too (开了几次会 → 2 次, 几个 → 5 个); people,
 * money, percentages and time only with their own.
 */
export function unitFits(asked: UnitKind, figure: UnitKind): boolean {
  if (asked === figure) return true;
  const countLike = (u: UnitKind) => u === 'count' || u === 'times';
  return countLike(asked) && countLike(figure);
}
