// What a question asks to be done with its figures, in words that name no figure: round to two
// decimals (保留两位小数), add (A+B), divide (A/B), count the parts (五栏合计). Read from the
// normalised text by the lexicon in catalogue/asking.ts.
import { DECIMALS_SPELLED, INFIX_SUM, MAX_DECIMALS, PART_WORDS, RECENT_COUNTS, ROUNDING, SYMBOL_OPERATORS } from '../catalogue/asking.ts';
import type { Word } from './words.ts';

export interface Rounding {
  decimals: number;
  spans: [number, number][];
}

/** 「保留两位小数」: the decimals asked, and where the question says so (its words carry nothing else). */
export function roundingIn(text: string): Rounding | undefined {
  let decimals: number | undefined;
  const spans: [number, number][] = [];
  for (const re of ROUNDING) {
    for (const m of text.matchAll(re)) {
      const n = DECIMALS_SPELLED[m[1]!] ?? Number(m[1]);
      if (!Number.isInteger(n) || n > MAX_DECIMALS) continue;
      decimals ??= n;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return decimals === undefined ? undefined : { decimals, spans };
}

/** Whether a word stands inside one of the spans. */
export const inSpans = (spans: readonly [number, number][], w: { start: number; end: number }) => spans.some(([a, b]) => a < w.end && w.start < b);

/** 「直诉总计+复议后起诉总计」「结果维持/直诉总计」: the symbols between figures, as the words they stand for. */
export function symbolWords(text: string): Word[] {
  const out: Word[] = [];
  for (const { symbol, role } of SYMBOL_OPERATORS) {
    for (let at = text.indexOf(symbol); at >= 0; at = text.indexOf(symbol, at + 1)) out.push({ text: symbol, start: at, end: at + 1, role });
  }
  return out;
}

const PART_WORD_SET = new Set(PART_WORDS);
/** 「五栏」「8个小项」: a word that says the figure's parts are counted (the count before it). */
export const isPartWord = (w: string) => PART_WORD_SET.has(w);

/** 「三个加一起」「这俩加一块」: how many of the figures given just before are to be combined. */
export function recentCount(text: string): number | undefined {
  return RECENT_COUNTS.find((r) => r.words.test(text))?.count;
}

const INFIX = new Set(INFIX_SUM);
/** 加, 加上, plus: a sum word that stands between the figures it adds. */
export const isInfixSum = (w: string) => INFIX.has(w);
