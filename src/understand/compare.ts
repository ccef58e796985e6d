// Questions that compare one figure across reports: one agency over the years (「比上一年增加了多少」,
// 「近三年予以公开的变化」) or agencies in one year (「哪个单位收到的申请最多」). The words that say so
// are found here and claimed, so that the rest of the question is read as usual for the figure.
import { mapped } from '../arrays.ts';
import { chineseNumber } from './normalise.ts';
import { CHANGE_WORDS } from '../catalogue/lexicon-cues.ts';
import {
  COMPARISON_HINT, EN_COUNT, OVER_THE_YEARS, RANK_ASCENDING, RANK_ORDER, RANK_WHO, RANKING_WORDS, VERSUS_NAMED_YEAR, VERSUS_PREVIOUS_YEAR, WHICH_ITEM,
} from '../catalogue/operators.ts';
import { wordsOutside, type Mention } from './match.ts';

export type Comparison =
  /** this report against the same agency's report of `year` (default: the year before) */
  | { kind: 'versus'; year?: number }
  /** the same agency over `years` years up to this report's (all it has when undefined) */
  | { kind: 'series'; years?: number }
  /** agencies in one year, best first (desc) or worst first (asc) */
  | { kind: 'rank'; order: 'desc' | 'asc'; top: number };

export interface ComparisonCue {
  compare?: Comparison;
  /** what the comparison words cover in the question: not words about the figure */
  spans: [number, number][];
}

const count = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : chineseNumber(s));
const DEFAULT_TOP = 5;

function spansOf(text: string, re: RegExp): { span: [number, number]; m: RegExpMatchArray }[] {
  return mapped([...text.matchAll(re)], (m) => ({ span: [m.index!, m.index! + m[0].length] as [number, number], m }));
}

export function findComparison(text: string): ComparisonCue {
  // Cheap test first: most questions compare nothing.
  if (!COMPARISON_HINT.test(text)) return { spans: [] };
  const rankOrder = spansOf(text, RANK_ORDER);
  // 「不予公开的理由中最多的是哪个」 asks which reason, not which agency: a breakdown answers it.
  const rankWho = WHICH_ITEM.test(text) ? [] : spansOf(text, RANK_WHO);
  if (rankOrder.length && (rankWho.length || rankOrder.some(({ m }) => RANKING_WORDS.test(m[0])))) {
    const numbered = mapped(rankOrder, ({ m }) => count(m[1]) ?? (m[2] ? count(m[2]) ?? EN_COUNT[m[2]] : undefined)).find((n) => n !== undefined);
    const top = numbered ?? DEFAULT_TOP;
    const order = rankOrder.some(({ m }) => RANK_ASCENDING.test(m[0])) ? 'asc' : 'desc';
    return { compare: { kind: 'rank', order, top: Math.max(1, Math.min(top, 20)) }, spans: mapped([...rankOrder, ...rankWho], (x) => x.span) };
  }
  const series = spansOf(text, OVER_THE_YEARS);
  if (series.length) {
    const m = series[0]!.m;
    const n = count(m[1]) ?? count(m[2]) ?? (m[3] ? count(m[3]) ?? EN_COUNT[m[3]] : undefined);
    return { compare: { kind: 'series', ...(n && n >= 2 ? { years: Math.min(n, 20) } : {}) }, spans: mapped(series, (x) => x.span) };
  }
  const year = spansOf(text, VERSUS_NAMED_YEAR);
  if (year.length) {
    const m = year[0]!.m;
    return { compare: { kind: 'versus', year: Number(m[1] ?? m[2]) }, spans: mapped(year, (x) => x.span) };
  }
  const previous = spansOf(text, VERSUS_PREVIOUS_YEAR);
  if (previous.length) return { compare: { kind: 'versus' }, spans: mapped(previous, (x) => x.span) };
  return { spans: [] };
}

/**
 * 「予以公开减少了多少」「2024年予以公开增长了多少」: a change asked of a figure with no base named is
 * a change from the year before. The change words must stand outside the catalogue's terms; whether
 * the question names one figure (and not two, 「予以公开比部分公开减少了多少」) is for the caller.
 */
export function impliedChange(text: string, mentions: Mention[]): ComparisonCue {
  const spans = wordsOutside(text, mentions, CHANGE_WORDS);
  return spans.length ? { compare: { kind: 'versus' }, spans } : { spans: [] };
}
