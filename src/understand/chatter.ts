// Words that narrow nothing: a particle, a greeting, a tag question (中不中, 是不是), a dialect's
// pronoun (俺, 恁), a verb for any doing (搞). They carry no part of what is asked, so they are no
// reason to decline; a noun, a number, a time or a name still is. The word classes are data
// (catalogue/lexicon.ts); words without a class are judged by their part of speech.
import { mapped } from '../arrays.ts';
import { LEXICON, NARROWS_NOTHING, NARROWS_NOTHING_TAGS, type WordClass } from '../catalogue/lexicon.ts';
import { anyOf } from '../catalogue/lexicon-pattern.ts';
import { EQUIVALENT } from './roles.ts';
import { catalogueWords } from './vocabulary.ts';
import { tagOf, withRole, type Word } from './words.ts';

const CLASS = new Map<string, WordClass>();
for (const lang of ['zh', 'en'] as const) {
  for (const [cls, words] of Object.entries(LEXICON[lang]) as [WordClass, readonly string[]][]) for (const w of words) CLASS.set(w, cls);
}

// Phrases of several words or characters that narrow nothing, longest first, found in the text
// wherever the segmenter cut them (中不中 as 中 / 不中).
const PHRASES = (() => {
  const zh = mapped([...CLASS].filter(([w, c]) => NARROWS_NOTHING.has(c) && /\p{Script=Han}/u.test(w) && w.length >= 2), ([w]) => w);
  const en = mapped([...CLASS].filter(([w, c]) => NARROWS_NOTHING.has(c) && /^[a-z]/.test(w) && w.includes(' ')), ([w]) => w);
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    zh: new RegExp(anyOf(zh.sort(byLength)), 'g'),
    en: new RegExp(`\\b${anyOf(en.sort(byLength))}\\b`, 'g'),
  };
})();

/** The class of a word of the question, if the lexicon gives one. */
export function classOf(word: string): WordClass | undefined {
  return CLASS.get(word);
}

/** Whether a word, standing alone outside any phrase, narrows nothing. */
export function narrowsNothing(word: string): boolean {
  const cls = CLASS.get(word);
  if (cls) return NARROWS_NOTHING.has(cls);
  // A word of the catalogue's may name a figure, whatever its part of speech.
  if (catalogueWords().has(word) || EQUIVALENT[word]) return false;
  return /\p{Script=Han}/u.test(word) && NARROWS_NOTHING_TAGS.has(tagOf(word));
}

/**
 * The question's words with those that narrow nothing made fillers: words inside a phrase that
 * narrows nothing (a tag question's 不 negates nothing), and words that narrow nothing by themselves.
 */
export function quieted(text: string, words: readonly Word[]): Word[] {
  const spans: [number, number][] = [];
  const phrases = /[a-z]/.test(text) ? [PHRASES.zh, PHRASES.en] : [PHRASES.zh];
  // A phrase is the sentence's only when it is made of whole words (不对 is no phrase of 不对外公开).
  const whole = (a: number, b: number) => {
    let covered = 0;
    for (const w of words) if (a <= w.start && w.end <= b) covered += w.end - w.start;
    return covered === text.slice(a, b).replace(/\s/g, '').length;
  };
  for (const re of phrases) for (const m of text.matchAll(re)) if (whole(m.index, m.index + m[0].length)) spans.push([m.index, m.index + m[0].length]);
  const inside = (w: Word) => spans.some(([a, b]) => a <= w.start && w.end <= b);
  return mapped(words, (w) => {
    if ((w.role === 'content' || w.role === 'negation') && spans.length && inside(w)) return withRole(w, 'filler');
    return w.role === 'content' && narrowsNothing(w.text) ? withRole(w, 'filler') : w;
  });
}
