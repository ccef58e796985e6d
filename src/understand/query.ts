// A question, understood: what it asks for (a figure, a passage, help) in terms of the catalogue,
// before any value is looked up. The sentence is prepared once (sentence.ts); readers propose
// candidates (readers/); the first of the named rules that decides answers (rules.ts). A figure is
// only chosen when its reading accounts for every word of the question; readings that tie and would
// give different figures become a question back to the user.
import { YES_NO_FIRST } from '../catalogue/asking.ts';
import { understandWhole } from './pipeline.ts';
import { flagsOf } from './sentence.ts';
import type { Query, ReadInput } from './understood.ts';

export type { Measure } from './measure.ts';
export type { Op } from './readings.ts';
export type { Explanation, Intent, Query, ReadInput, UnderstandInput } from './understood.ts';

/**
 * A question understood. When it negates or excludes the figure it names (「没有予以公开的」「予以公开以外的」
 * 「不是自然人的」), the named figure is not the answer: the user is asked which figure they mean, and
 * offered the others of its whole.
 */
export function understand(asked: ReadInput): Query {
  // A yes-or-no question before the one that asks a number: the number's question alone, when it names one figure.
  const first = YES_NO_FIRST.exec(asked.text)?.[0];
  if (first && first.length < asked.text.length && !flagsOf(first).quantity && flagsOf(asked.text.slice(first.length)).quantity) {
    const rest = understandWhole({ ...asked, text: ' '.repeat(first.length) + asked.text.slice(first.length), mentions: asked.mentions.filter((m) => m.start >= first.length) });
    if (rest.intent === 'figure') return rest;
    if (asked.trace) for (const k of Object.keys(asked.trace) as (keyof typeof asked.trace)[]) delete asked.trace[k];
  }
  return understandWhole(asked);
}
