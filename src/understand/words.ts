// A question cut into words, each with the role it plays. A figure is only given when every word
// of the question has a role: a catalogue term, a word of the figure's own vocabulary, an
// operator, a quantity or unit, a follow-up cue or a filler. A word left without one says something
// the figure does not mean (平均, 上半年, 粉丝), and the answer then declines.
//
// Segmentation is jieba's, with a dictionary cut down to common words (loading the whole one takes
// over a second) and the catalogue's own words added, so that labels stay whole.
import { mapped } from '../arrays.ts';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { compiled, compiledBytes } from './compiled.ts';
import { remembered } from './memo.ts';
import { ROLE_WORDS, UNIT_WORDS, type RoleWordKind, type UnitKind } from './roles.ts';
import { PAID_WORDS } from '../catalogue/paid.ts';
import { HOW_MANY } from '../catalogue/asking.ts';
import { anyOf } from '../catalogue/lexicon-pattern.ts';

export type Role = 'term' | 'content' | 'number' | 'unit' | RoleWordKind;

export interface Word {
  text: string;
  start: number;
  end: number;
  role: Role;
  /** for a unit word: what it measures (count, people, money, percent, time) */
  unit?: UnitKind;
}

// Common words only: the full dictionary has 349,000, and the rare ones only split rare words.
const MIN_FREQUENCY = 100;
const OWN_FREQUENCY = 1_000_000;
const ROLE_FREQUENCY = 2_000;

let jieba: Jieba | undefined;
/** text whose words must be known even when rare (the catalogue's phrases): set before the first cut */
let domainText = '';

/** The catalogue's phrases: the dictionary keeps its rare words that stand in them (补正, 出具). */
export function useDomainText(text: string): void {
  domainText = text;
}
const extra = new Set<string>();
/** the dictionary's words, sorted, one a line: looked up by halving, so that nothing is built at start */
let listed = '';

/** Whether the segmenter knows a word: a known word is never cut again by `refine`. */
function known(word: string): boolean {
  if (extra.has(word)) return true;
  let lo = 0;
  let hi = listed.length;
  // [lo, hi) starts at a line's start and ends at a line's end.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = listed.lastIndexOf('\n', mid - 1) + 1;
    const next = listed.indexOf('\n', start);
    const end = next < 0 || next > hi ? hi : next;
    const w = listed.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}

function segmenter(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { version } = require('@node-rs/jieba/package.json') as { version: string };
  const roleWords = [...Object.keys(ROLE_WORDS), ...Object.keys(UNIT_WORDS)].filter((w) => /\p{Script=Han}/u.test(w));
  // The dictionary's words frequent enough to matter, and the catalogue's rare ones. Role words
  // the dictionary lacks are added at an ordinary frequency (a high one would cut 工单 at 单).
  const source = `${version}\n${MIN_FREQUENCY}\n${domainText}\n${ROLE_FREQUENCY}\n${roleWords.join(' ')}`;
  const dictionary = compiledBytes('segmenter', source, () => {
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    const lines = Buffer.from(dict).toString('utf8').split('\n');
    const out: string[] = [];
    const domain = new Set<string>();
    const words = new Set<string>();
    for (let i = 0; i < domainText.length; i++) for (let n = 2; n <= 4; n++) domain.add(domainText.slice(i, i + n));
    for (const line of lines) {
      const sp = line.indexOf(' ');
      if (sp <= 0) continue;
      if (Number(line.slice(sp + 1, line.indexOf(' ', sp + 1))) >= MIN_FREQUENCY || domain.has(line.slice(0, sp))) {
        out.push(line);
        words.add(line.slice(0, sp));
      }
    }
    for (const w of roleWords) {
      if (words.has(w)) continue;
      out.push(`${w} ${ROLE_FREQUENCY} n`);
      words.add(w);
    }
    return out.join('\n');
  });
  listed = compiled('dictionary-words', source, () => [...new Set(dictionary.toString('utf8').match(/^[^ \n]+/gm))].sort().join('\n'));
  // The catalogue's terms at a high frequency, so that they stay whole.
  const own = mapped([...extra], (w) => `${w} ${OWN_FREQUENCY} n`);
  jieba = new Jieba();
  jieba.loadDict(own.length ? Buffer.concat([dictionary, Buffer.from(`\n${own.join('\n')}`)]) : dictionary);
  return jieba;
}

/** Words that must stay whole when cut (catalogue labels, synonyms): added before the first cut. */
export function keepWhole(words: Iterable<string>): void {
  const added: string[] = [];
  for (const w of words) if (/\p{Script=Han}/u.test(w) && !/\s/.test(w) && !extra.has(w)) added.push(w);
  for (const w of added) extra.add(w);
  if (jieba && added.length) jieba.loadDict(Buffer.from(mapped(added, (w) => `${w} ${OWN_FREQUENCY} n`).join('\n')));
}

const SKIP = /^[\s\p{P}\p{S}]+$/u;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** The words of a stretch of normalised text, with where each stands; punctuation and spaces dropped. */
export function cut(text: string, offset = 0): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let at = 0;
  for (const token of segmenter().cut(text, true)) {
    const start = text.indexOf(token, at);
    at = start + token.length;
    if (!SKIP.test(token)) out.push(...splitLatin(token, offset + start));
  }
  return out;
}

// Parts of speech that name a thing (nouns, places, verbal nouns, unknown words): what tells one
// clause's figure from another's. Verbs and adverbs are shared along a sentence (发布 in
// 「网站发布信息178条，微信公众号214条」 is said of both).
const NAMING = /^(?:n|s$|vn$|x$|j$|l$|nz|eng)/;

/** The naming words of a text (nouns and the like), as the segmenter tags them. */
export function namingWords(text: string): string[] {
  return mapped(segmenter().tag(text, true).filter((t) => NAMING.test(t.tag) && !SKIP.test(t.word) && roleOf(t.word).role === 'content'), (t) => t.word);
}

/** Every word inside a text, the long ones and the shorter dictionary words within them (结转下年度 → 结转, 年度). */
export function subWords(text: string): string[] {
  return segmenter().cutForSearch(text, true).filter((t) => !SKIP.test(t));
}

/** jieba keeps a run of Latin letters and spaces as one token at times: words are what spaces separate. */
function splitLatin(token: string, start: number): { text: string; start: number; end: number }[] {
  if (!/[a-z]/.test(token) || !/\s/.test(token)) return [{ text: token, start, end: start + token.length }];
  return mapped([...token.matchAll(/\S+/g)], (m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length }));
}

/** A word's part of speech as the segmenter tags it alone (ICTCLAS: n, v, d, y…); x when it is no one word. */
export const tagOf = remembered(20_000, (word): string => {
  const tagged = segmenter().tag(word, true);
  return tagged.length === 1 ? tagged[0]!.tag : 'x';
});

/** Whether the segmenter knows a word (and did not make it up from unknown characters). */
export function inDictionary(word: string): boolean {
  segmenter();
  return known(word);
}

// 几个, 多少件: a word that asks how many, with what it counts after it.
const COUNT_ASKED = new RegExp(`^${anyOf(HOW_MANY)}(.+)$`);

/** The role a word has by itself, outside any catalogue term. */
export function roleOf(word: string): { role: Role; unit?: UnitKind } {
  const unit = UNIT_WORDS[word];
  if (unit) return { role: 'unit', unit };
  const role = ROLE_WORDS[word] ?? (/^[a-z]{4,}s$/.test(word) ? ROLE_WORDS[word.slice(0, -1)] : undefined);
  // 几个, 多少件, 几场: the measure word says what is counted, so a count is not asked of a sum of money.
  const asked = COUNT_ASKED.exec(word)?.[1];
  const counted = asked && (role === 'quantity' || !role) ? UNIT_WORDS[asked] : undefined;
  if (counted) return { role: 'quantity', unit: counted };
  if (role) return { role };
  if (NUMBER.test(word)) return { role: 'number' };
  return { role: 'content' };
}

/**
 * Every word of the question outside the catalogue terms found in it (spans in `covered`), with
 * its role. A word jieba leaves whole but that is a role word plus more (局网站 → 局, 网站) is cut
 * again at its known ends.
 */
export function wordsOf(text: string, covered: readonly { start: number; end: number }[]): Word[] {
  const out: Word[] = [];
  let at = 0;
  const spans = [...covered].sort((a, b) => a.start - b.start);
  const run = (a: number, b: number) => {
    if (b <= a) return;
    for (const w of cut(text.slice(a, b), a)) out.push(...refine(w));
  };
  for (const s of spans) {
    run(at, s.start);
    at = Math.max(at, s.end);
  }
  run(at, text.length);
  // 「收了多少处理费」: a quantity right before what is paid asks a sum of money, not a count.
  for (let k = 0; k < out.length; k++) {
    const w = out[k]!;
    if (w.role !== 'quantity' || w.unit) continue;
    const next = text.slice(w.end).trimStart();
    if (PAID_WORDS.some((p) => next.startsWith(p))) out[k] = word(w.text, w.start, w.end, { role: 'quantity', unit: 'money' });
  }
  return out;
}

/** A word with its role. Written out field by field: see `withRole`. */
function word(text: string, start: number, end: number, own: { role: Role; unit?: UnitKind }): Word {
  return own.unit ? { text, start, end, role: own.role, unit: own.unit } : { text, start, end, role: own.role };
}

function refine(w: { text: string; start: number; end: number }): Word[] {
  const own = roleOf(w.text);
  if (own.role !== 'content' || w.text.length < 2 || !/\p{Script=Han}/u.test(w.text) || known(w.text)) return [word(w.text, w.start, w.end, own)];
  // A role word at either end of an unknown word (局网站, 几份, 个人名义的): split it off.
  for (let k = Math.min(3, w.text.length - 1); k >= 1; k--) {
    const head = w.text.slice(0, k);
    if (roleOf(head).role !== 'content' && roleOf(head).role !== 'number') {
      return [word(head, w.start, w.start + k, roleOf(head)), ...refine({ text: w.text.slice(k), start: w.start + k, end: w.end })];
    }
    const tail = w.text.slice(-k);
    if (roleOf(tail).role !== 'content' && roleOf(tail).role !== 'number') {
      return [...refine({ text: w.text.slice(0, -k), start: w.start, end: w.end - k }), word(tail, w.end - k, w.end, roleOf(tail))];
    }
  }
  return [word(w.text, w.start, w.end, { role: 'content' })];
}

/**
 * A word given another role. Answering makes many short-lived objects, and on Node 20 an object
 * made by spreading another and adding fields (`{ ...w, role }`) survives young-generation
 * collections it should not, turning each collection into a pause of milliseconds; a literal does not.
 */
export function withRole(w: Word, role: Role): Word {
  return word(w.text, w.start, w.end, role === w.role && w.unit ? { role, unit: w.unit } : { role });
}
