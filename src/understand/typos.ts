// Slips of the keyboard. Chinese is typed by its pinyin, so a slip is another character of the same
// sound (予以工开, 行政需可, 兰目); English is typed letter by letter, so a slip is a letter left out,
// added, changed or swapped (recieve, prevous). A question the catalogue could not read is read again
// with its slip mended, and only when exactly one mending makes a reading that accounts for the
// whole question: the reply then says how the word was read. A word that is already a word of the
// catalogue or of the report is never mended.
import { mapped } from '../arrays.ts';
import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';
import { NARRATIVE_GLOSSARY } from '../catalogue/format.ts';
import type { Report } from '../report/schema.ts';
import { normalise } from './normalise.ts';
import { forms } from './account.ts';
import { ROLE_WORDS } from './roles.ts';
import { catalogueWords } from './vocabulary.ts';
import { cut, inDictionary, wordsOf, type Word } from './words.ts';
import { findMentions, type Mention } from './match.ts';
import type { Explanation, Query } from './query.ts';

/** A word of the question read as another. */
export interface Mending {
  /** as the question wrote it */
  from: string;
  /** as it was read */
  to: string;
}

// ---------------------------------------------------------------- sounds

// pinyin-pro loads its dictionary (about 90 ms): only when a question is read for slips.
type Pinyin = (text: string, options: { toneType: 'none'; type: 'array' }) => string[];
let pinyin: Pinyin | undefined;
const require = createRequire(import.meta.url);

const SOUND = new LRUCache<string, string>({ max: 20_000 });
/** A character's toneless pinyin, in its most common reading (行 → xing); the character itself when it has none. */
export function soundOf(char: string): string {
  let s = SOUND.get(char);
  if (s === undefined) {
    if (/\p{Script=Han}/u.test(char)) {
      pinyin ??= (require('pinyin-pro') as { pinyin: Pinyin }).pinyin;
      s = pinyin(char, { toneType: 'none', type: 'array' })[0] ?? char;
    } else s = char;
    SOUND.set(char, s);
  }
  return s;
}

const soundKey = (text: string) => mapped([...text], soundOf).join(' ');

const HAN_WORD = /^\p{Script=Han}{2,8}$/u;
// Terms of four characters or more are told apart by the rest when one character is wrong
// (行政许能); shorter ones are not (许能 could be many words), so only their sound mends them.
const MIN_EDITED = 4;

interface Index {
  /** sound → the words of that sound */
  bySound: Map<string, Set<string>>;
  /** a word with one character blanked (行政许?) → the words */
  byShape: Map<string, Set<string>>;
  /** every word, to tell a slip from a word */
  words: ReadonlySet<string>;
}

function indexOf(words: Iterable<string>): Index {
  const bySound = new Map<string, Set<string>>();
  const byShape = new Map<string, Set<string>>();
  const all = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, w: string) => {
    const set = map.get(key);
    if (set) set.add(w);
    else map.set(key, new Set([w]));
  };
  for (const w of words) {
    if (!HAN_WORD.test(w)) continue;
    all.add(w);
    add(bySound, soundKey(w), w);
    if (w.length >= MIN_EDITED) for (let i = 0; i < w.length; i++) add(byShape, `${w.slice(0, i)}?${w.slice(i + 1)}`, w);
  }
  return { bySound, byShape, words: all };
}

let catalogueIndex: Index | undefined;
const reportIndexes = new WeakMap<Report, Index>();

/** The catalogue's words by sound, made once, on the first question that needs it. */
function catalogue(): Index {
  return (catalogueIndex ??= indexOf(catalogueWords()));
}

/** A report's own words (its sentences and passages, as questions are cut) by sound, made once per report. */
function ofReport(report: Report): Index {
  let index = reportIndexes.get(report);
  if (!index) {
    const texts = [...mapped(report.figures, (f) => f.sentence), ...mapped(report.prose, (p) => p.text)];
    reportIndexes.set(report, (index = indexOf(texts.flatMap((t) => mapped(cut(normalise(t)), (w) => w.text)))));
  }
  return index;
}

// ---------------------------------------------------------------- English

let english: string[] | undefined;
/** The English words a question may use: the catalogue's, the role words', the glossary's, in their forms. */
function englishWords(): readonly string[] {
  if (!english) {
    const base = new Set<string>();
    for (const w of catalogueWords()) if (/^[a-z]+$/.test(w)) base.add(w);
    for (const w of Object.keys(ROLE_WORDS)) if (/^[a-z]+$/.test(w)) base.add(w);
    for (const g of NARRATIVE_GLOSSARY) for (const e of g.en) for (const w of e.split(/[^a-z]+/)) if (w) base.add(w);
    const all = new Set<string>();
    for (const w of base) for (const f of forms(w)) all.add(f);
    english = [...all];
  }
  return english;
}

/** Whether two words are one slip apart: a letter added, dropped, changed, or two neighbours swapped. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

const MIN_LATIN = 5;
/** At most this many mendings are read again. */
const MAX_OPTIONS = 32;

/** A stretch of the question and a word it may be a slip of; tier 0 by sound or spelling, 1 by one character of another sound. */
interface Option { at: number; from: string; to: string; tier: number }

function englishMendings(text: string, words: readonly Word[]): Option[] {
  const known = englishWords();
  const knownSet = new Set(known);
  const out: Option[] = [];
  for (const w of words) {
    if (w.role !== 'content' || !/^[a-z]+$/.test(w.text) || w.text.length < MIN_LATIN || knownSet.has(w.text)) continue;
    const fits = [...new Set(known.filter((k) => k.length >= MIN_LATIN - 1 && oneSlip(w.text, k)))];
    for (const to of fits) out.push({ at: w.start, from: w.text, to, tier: 0 });
  }
  return out;
}

// ---------------------------------------------------------------- Chinese

/**
 * For each stretch of the question that a slip could be in, the words it could be a slip of. A
 * character may be mended only where it is no part of a term the question names, nor of a word the
 * catalogue or the report knows, nor of a word with a role that narrows or measures.
 */
function chineseMendings(text: string, words: readonly Word[], report: Report | undefined, fillers: boolean): Option[] {
  // A character standing alone may be a slip whatever role it seems to have (减 of 多少减, 例 of 处例);
  // a longer word only when it has no role that narrows, measures or counts.
  const mayChange = (w: Word) => w.role === 'content' || w.role === 'negation'
    || (fillers && (w.role === 'filler' || (w.text.length === 1 && w.role !== 'number')));
  if (!words.some(mayChange)) return [];
  const indexes = report ? [catalogue(), ofReport(report)] : [catalogue()];
  const knows = (w: string) => indexes.some((x) => x.words.has(w)) || catalogueWords().has(w);
  // Which characters may change; a word of the dictionary (公积金) changes whole or not at all.
  const free = new Array<boolean>(text.length).fill(false);
  const whole = new Array<Word | undefined>(text.length);
  for (const w of words) {
    // 不 of 内不事务 is a slip of 部 as readily as a negation.
    // A single character is every word's piece: that the catalogue has it as a word says little.
    if (!mayChange(w) || (w.text.length > 1 && knows(w.text))) continue;
    const real = w.text.length > 1 && inDictionary(w.text);
    for (let i = w.start; i < w.end; i++) {
      free[i] = /\p{Script=Han}/u.test(text[i]!);
      if (real) whole[i] = w;
    }
  }
  const out: Option[] = [];
  const seen = new Set<string>();
  for (let a = 0; a < text.length; a++) {
    if (!/\p{Script=Han}/u.test(text[a]!)) continue;
    let freeAt = -1;
    for (let n = 2; n <= 8 && a + n <= text.length; n++) {
      const span = text.slice(a, a + n);
      if (!HAN_WORD.test(span)) break;
      // A stretch with no character that may change mends nothing.
      if (freeAt < a) freeAt = free.indexOf(true, a);
      if (freeAt < 0) return out;
      if (freeAt >= a + n) continue;
      const fits = new Map<string, number>();
      const key = soundKey(span);
      for (const x of indexes) {
        for (const w of x.bySound.get(key) ?? []) fits.set(w, 0);
        if (n >= MIN_EDITED) for (let i = 0; i < n; i++) for (const w of x.byShape.get(`${span.slice(0, i)}?${span.slice(i + 1)}`) ?? []) if (!fits.has(w)) fits.set(w, 1);
      }
      for (const [to, tier] of fits) {
        if (to === span || seen.has(`${a}:${to}`)) continue;
        let ok = true;
        for (let i = 0; i < n && ok; i++) {
          if (to[i] === span[i]) continue;
          const w = whole[a + i];
          ok = free[a + i]! && (!w || (w.start >= a && w.end <= a + n));
        }
        if (!ok) continue;
        seen.add(`${a}:${to}`);
        out.push({ at: a, from: span, to, tier });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- reading again

/** How the question is read again, with its text mended: its terms found anew, then understood. */
export type Reread = (text: string) => Query;

/** A reading that gives nothing, or only what the question's rare words found: the question may hold a slip. */
export const declined = (q: Query) => (q.intent === 'none' && q.why !== 'how_to')
  // a question asked back: a slip in one part of 「A比B多几件」 leaves that part no one figure
  || (q.intent === 'clarify' && !q.negated)
  // a passage: a paragraph found by its rare words, or a section named by the one word the slip
  // left whole (收费金恶是多少万元, 逾期违缴费的 name only the fees' section)
  || q.intent === 'passage';

/**
 * A reading that accounts for the question: a figure, the figures it could mean (复议 几件: 行政复议,
 * 复议后起诉 or 未经复议直接起诉?), a section's passage named (not a paragraph found by rare words),
 * or a procedure asked (怎么办理), which the report does not describe.
 */
const accounted = (q: Query) => q.intent === 'figure' || (q.intent === 'clarify' && !!q.choices?.length)
  || (q.intent === 'passage' && q.passage?.line === undefined) || (q.intent === 'none' && q.why === 'how_to');

/**
 * The question read with one slip mended, when exactly one mending gives a reading that accounts
 * for it; undefined otherwise. Only asked of questions the catalogue could not read.
 */
export function mended(text: string, mentions: readonly Mention[], lang: 'zh' | 'en', report: Report | undefined, reread: Reread, before: Query): { query: Query; text: string; mending: Mending } | undefined {
  const words = wordsOf(text, mentions);
  const options = lang === 'en' || /[a-z]{5}/.test(text) ? englishMendings(text, words) : [];
  // A section named (收费 of 收费金恶) is a reading of its own: only a word no reading explains is a
  // slip there, not the fillers around it (要, 吗 of 「申请要收费吗」).
  const named = before.intent === 'passage' && before.passage?.line === undefined;
  // A question asked back already offers figures: only a figure is a better reading.
  const asked = before.intent === 'clarify' && !!before.choices?.length;
  if (/\p{Script=Han}/u.test(text)) options.push(...chineseMendings(text, words, report, !named));
  // A question that could hold that many slips is no question with one: reading each would cost
  // more than all the rest of the answer.
  if (options.length > MAX_OPTIONS) return undefined;
  // Slips of the same sound first; a character of another sound only when no slip of sound reads.
  for (const tier of [0, 1]) {
    const found = new Map<string, Reading>();
    for (const { at, from, to } of options.filter((o) => o.tier === tier)) {
      const fixed = text.slice(0, at) + to + text.slice(at + from.length);
      const same = found.get(fixed);
      if (same) {
        // The same text mended by a longer stretch names the word as the reader knows it (规范性文件).
        if (to.length > same.mending.to.length) same.mending = { from, to };
        continue;
      }
      const query = reread(fixed);
      if (accounted(query) && (query.intent === 'figure' || !asked)) found.set(fixed, { query, text: fixed, mending: { from, to } });
    }
    if (found.size) return oneReading([...found.values()], before);
  }
  return undefined;
}

interface Reading { query: Query; text: string; mending: Mending }

/**
 * A slip is read as the longest word it can be, as words are cut: 企他处理 is 其他处理 (one term),
 * not 其它 and 处理; 行政服议 is 行政复议, not 行政府 and 议. Undefined when two are as long.
 */
function longest(found: Reading[]): Reading | undefined {
  const max = Math.max(...mapped(found, (f) => f.mending.to.length));
  const top = new Set(mapped(found.filter((f) => f.mending.to.length === max), (f) => JSON.stringify(f.query)));
  return top.size === 1 ? found.find((f) => f.mending.to.length === max) : undefined;
}

/**
 * The one reading the mendings make. Two mendings of one slip (工开 → 公开, 予以工开 → 予以公开)
 * read the same figure; a figure and questions back that offer it (申请 and 身请 of 什请) read it too.
 */
function oneReading(found: Reading[], before: Query): Reading | undefined {
  const readings = new Map(mapped(found, (f) => [JSON.stringify(f.query), f]));
  const figures = [...readings.values()].filter((r) => r.query.intent === 'figure');
  const figure = figures.length === 1 && figures[0]!.query.measures?.length === 1 ? JSON.stringify(figures[0]!.query.measures[0]) : undefined;
  const offers = (r: Reading) => r.query.intent === 'clarify' && !!figure && (r.query.choices ?? []).some((m) => JSON.stringify(m) === figure);
  const one = readings.size === 1 ? [...readings.values()][0]! : figure && [...readings.values()].every((r) => r === figures[0] || offers(r)) ? figures[0]! : longest(found);
  if (!one || JSON.stringify(one.query) === JSON.stringify(before)) return undefined;
  // The longest mending names the word as the reader knows it (予以公开 rather than 公开).
  return found.filter((f) => JSON.stringify(f.query) === JSON.stringify(one.query)).sort((x, y) => y.mending.to.length - x.mending.to.length)[0];
}

/** Reads a question (its terms found in `text`), with the trace for `--explain` when given. */
export type Read = (text: string, mentions: Mention[], trace?: Explanation) => Query;

/**
 * A question read as it stands, or, when that reads nothing, with the one slip whose mending reads
 * it; `--explain` shows the mending after the deciding rule.
 */
export function readWithSlips(text: string, mentions: Mention[], lang: 'zh' | 'en', report: Report | undefined, read: Read, trace?: Explanation): { query: Query; mending?: Mending } {
  const query = read(text, mentions, trace);
  const slip = declined(query) ? mended(text, mentions, lang, report, (t) => read(t, findMentions(t)), query) : undefined;
  if (!slip) return { query };
  if (!trace) return { query: slip.query, mending: slip.mending };
  const traced = read(slip.text, findMentions(slip.text), trace);
  trace.rule += ` (read “${slip.mending.from}” as “${slip.mending.to}”)`;
  return { query: traced, mending: slip.mending };
}
