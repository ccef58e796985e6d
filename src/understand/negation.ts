// A question that negates or excludes the figure it names (「没有予以公开的」「予以公开以外的」
// 「不是自然人的」): the named figure is not the answer.
import { NEGATIVE_CLAUSE } from '../catalogue/reading-words.ts';
import { leftOver, type Coverage } from './account.ts';
import { targetsOf } from './candidates.ts';
import { NEGATION } from '../catalogue/lexicon-cues.ts';
import { wordsOutside, type Mention } from './match.ts';
import type { Measure } from './measure.ts';
import { asksWhether } from './sentence.ts';
import type { Query, UnderstandInput } from './understood.ts';
import type { Word } from './words.ts';

/** Whether the question negates or excludes something, in words outside the catalogue's terms. */
export function negated(text: string, mentions: Mention[]): boolean {
  return wordsOutside(text, mentions, NEGATION.words, NEGATION.forms).length > 0;
}

/** Whether a negation word of the question is not the chosen figure's own (没 in 没有现成信息 is). */
export function negatedIn(q: Query, input: UnderstandInput, all: readonly Word[]): boolean {
  const words = all.filter((w) => w.role === 'negation' && !asksWhether(input.text, w));
  if (!words.length) return false;
  const measures = q.measures ?? [];
  const prose = measures.filter((m): m is Extract<Measure, { table: 'prose' }> => m.table === 'prose');
  const cov: Coverage = {
    targets: measures.flatMap(targetsOf), op: 'value',
    negative: !!input.report && prose.some((m) => NEGATIVE_CLAUSE.test(input.report!.figures[m.figure]!.context)),
  };
  return leftOver(words, [], cov).some((l) => l.why === 'negation');
}
