// Slips of the keyboard in Chinese. Chinese is typed by its pinyin, so a slip is another character
// of the same sound (予以工开, 行政需可, 兰目), or, in a long term, one character of another sound
// (行政许能). The words a slip may be of are the catalogue's and the report's, indexed by sound.
import { mapped } from '../arrays.ts';
import { createRequire } from 'node:module';
import type { Report } from '../report/schema.ts';
import { perOwner, remembered } from './memo.ts';
import { normalise } from './normalise.ts';
import { catalogueWords } from './vocabulary.ts';
import { cut, inDictionary, type Word } from './words.ts';

// pinyin-pro loads its dictionary (about 90 ms): only when a question is read for slips.
type Pinyin = (text: string, options: { toneType: 'none'; type: 'array' }) => string[];
let pinyin: Pinyin | undefined;
const require = createRequire(import.meta.url);

/** The toneless pinyin of a text, a syllable a character, its words read as words; pinyin-pro's dictionary loads on first use. */
export function pinyinOf(text: string): string[] {
  pinyin ??= (require('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  return pinyin(text, { toneType: 'none', type: 'array' });
}

/** A character's toneless pinyin, in its most common reading (行 → xing); the character itself when it has none. */
export const soundOf = remembered(20_000, (char): string => (/\p{Script=Han}/u.test(char) ? (pinyinOf(char)[0] ?? char) : char));

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

/** The catalogue's words by sound, made once, on the first question that needs it. */
function catalogue(): Index {
  return (catalogueIndex ??= indexOf(catalogueWords()));
}

/** A report's own words (its sentences and passages, as questions are cut) by sound, made once per report. */
const ofReport = perOwner((report: Report): Index => {
  const texts = [...mapped(report.figures, (f) => f.sentence), ...mapped(report.prose, (p) => p.text)];
  return indexOf(texts.flatMap((t) => mapped(cut(normalise(t)), (w) => w.text)));
});

/** A stretch of the question and a word it may be a slip of; tier 0 by sound or spelling, 1 by one character of another sound. */
export interface Option { at: number; from: string; to: string; tier: number }

/**
 * For each stretch of the question that a slip could be in, the words it could be a slip of. A
 * character may be mended only where it is no part of a term the question names, nor of a word the
 * catalogue or the report knows, nor of a word with a role that narrows or measures.
 */
export function chineseMendings(text: string, words: readonly Word[], report: Report | undefined, fillers: boolean): Option[] {
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
