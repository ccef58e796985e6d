// One canonical spelling for questions and for the catalogue terms they are matched against: both
// go through `normalise`, so a term written 予以公開, ＂部份公开＂ or 「予以 公开」 meets its label.
import { mapped } from '../arrays.ts';
import { MAX_QUESTION_CHARS } from '../question-limit.ts';
import { createRequire } from 'node:module';
import { builtOnce, isWords } from './phrase-forms.ts';

// The traditional-to-simplified bundle only, not the full one. The converter builds its tables on
// construction (about 20 ms), so it is built on the first text in which one of its replacements
// can start; most questions have none (a table's key is a traditional character, or a phrase
// whose first two characters are listed here), and are their own simplified form.
type Convert = (text: string) => string;
interface OpenCC {
  Converter: (o: { from: 'tw'; to: 'cn' }) => Convert;
  Locale?: { configs?: Record<string, { normalizationChain?: unknown; conversionChain?: unknown }> };
}
interface Starts {
  one: Set<string>;
  two: Set<string>;
}
let opencc: OpenCC | undefined;
let converter: Convert | undefined;
let starts: Starts | null | undefined;
const require = createRequire(import.meta.url);

/**
 * Where a replacement of the tw→cn tables can start: the characters a table changes, and the first
 * two characters of its longer keys that change anything (a key kept as it is, 管理人才, only keeps
 * others from matching). Null when the tables are not of the known shape: every text is converted.
 */
function startsOf(tables: OpenCC['Locale']): Starts | null {
  const config = tables?.configs?.tw2s;
  const chain = [config?.normalizationChain ?? [], config?.conversionChain];
  if (!chain.every(Array.isArray)) return null;
  // Each step of the chain is one table, made of dictionaries "key value|key value…" (the first
  // dictionary of a step wins a key, as the converter loads them).
  const steps: Map<string, string>[] = [];
  for (const group of (chain as unknown[][]).flat()) {
    if (!Array.isArray(group) || !group.every((d) => typeof d === 'string' && (d === '' || d.includes(' ')))) return null;
    const step = new Map<string, string>();
    for (const d of [...(group as string[])].reverse()) {
      if (!d) continue;
      for (const entry of d.split('|')) {
        const [k, v] = entry.split(' ');
        if (k !== undefined && v !== undefined) step.set(k, v);
      }
    }
    steps.push(step);
  }
  const found: Starts = { one: new Set(), two: new Set() };
  for (const step of steps) {
    for (const [k, v] of step) {
      if (k === v) continue;
      const [a, b] = [...k];
      if (a && b) found.two.add(a + b);
      else if (a) found.one.add(a);
    }
  }
  // A character one step changes and the next changes back (群 → 羣 → 群) comes out as it went in
  // when no other step changes it. A longer key of the next step holding what it passed through
  // (祕魯) could match there: such a key's first two characters as the question has them start
  // a replacement.
  for (let i = 0; i + 1 < steps.length; i++) {
    const next = steps[i + 1]!;
    const back = new Map<string, string>();
    for (const [ch, v] of steps[i]!) {
      if ([...ch].length !== 1 || [...v].length !== 1 || ch === v || next.get(v) !== ch) continue;
      if (steps.some((s, j) => j !== i && s.has(ch) && s.get(ch) !== ch)) continue;
      found.one.delete(ch);
      back.set(v, ch);
    }
    for (const k of next.keys()) {
      const [a, b] = [...k];
      if (a && b && (back.has(a) || [...k].some((c) => back.has(c)))) found.two.add((back.get(a) ?? a) + (back.get(b) ?? b));
    }
  }
  return found;
}

/** Whether a replacement can start somewhere in the text. */
function mayConvert(text: string, { one, two }: Starts): boolean {
  let prev = '';
  for (const ch of text) {
    if (one.has(ch) || two.has(prev + ch)) return true;
    prev = ch;
  }
  return false;
}

/** The text in simplified characters (the tw→cn tables of OpenCC). */
export function toSimplified(text: string): string {
  starts ??= keptStarts();
  if (starts && !mayConvert(text, starts)) return text;
  converter ??= tables().Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

const tables = (): OpenCC => (opencc ??= require('opencc-js/t2cn') as OpenCC);

/** Where a replacement can start, kept with the catalogue's forms in KB/.cache: the tables load only to convert. */
function keptStarts(): Starts | null {
  const kept = builtOnce('simplified-starts', isKeptStarts, () => {
    const found = startsOf(tables().Locale);
    return found && { one: [...found.one], two: [...found.two] };
  });
  return kept && { one: new Set(kept.one), two: new Set(kept.two) };
}
const isKeptStarts = (v: unknown): v is { one: string[]; two: string[] } | null =>
  v === null || (typeof v === 'object' && isWords((v as { one?: unknown }).one) && isWords((v as { two?: unknown }).two));

// Variant spellings and transpositions people really type, whose wrong form is never a correct
// word of its own. Slips of the same sound (复义, 申情, 予已公开) are not listed: understand/typos.ts
// mends them by their pinyin, and the reply says how it read them.
const TYPOS: [string, string][] = [
  ['部份', '部分'],
  ['以予公开', '予以公开'],
  // 覆議 is a traditional spelling OpenCC leaves as 覆议
  ['覆议', '复议'],
];

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 十二 → 12, 二十 → 20, 一百零八 → 108, 两 → 2; undefined when the run is not a number. */
export function chineseNumber(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
      continue;
    }
    const power = POWER[ch];
    if (power === undefined) return undefined;
    if (power === 10000) {
      total += (section + (digit ?? 0)) * power;
      section = 0;
    } else {
      section += (digit ?? 1) * power;
    }
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

// A year spelled digit by digit (二〇二四, 二零二四年).
const YEAR_RUN = /[〇零一二三四五六七八九]{4}(?=年)|[一二][〇零][〇零一二三四五六七八九]{2}/g;
// A count: only before a measure word, so that 一共, 统一, 三安全一稳定 and 第三方 keep their words.
const COUNT_RUN = /[零一二两三四五六七八九十百千万]+(?=[年件个次条项家人月日天份篇期场户])/g;
// 「第三(三)项第6小项」「三（三）第6项」: a row of section 三 by its printed number, as 三(三)6.
const ROW_NUMBER = /第?([一二三四五六七])\(([一二三四五六七八])\)(?:项|小项)?(?:中的|中|里的|的)?(?:第([1-9一二三四五六七八九])(?:小项|项)|([1-9一二三四五六七八九])小项)?/g;

function arabicNumerals(s: string): string {
  return s
    .replace(ROW_NUMBER, (_, a: string, b: string, nth?: string, item?: string) => {
      const n = nth ?? item;
      return `${a}(${b})${n ? (DIGIT[n] ?? n) : ''}`;
    })
    .replace(YEAR_RUN, (run) => mapped([...run], (c) => DIGIT[c]).join(''))
    // A lone 一 before a measure word is "the one" (这一项, 一项的总计), not a count.
    .replace(COUNT_RUN, (run, at: number, all: string) => {
      const rest = all.slice(at + run.length);
      const n = chineseNumber(run);
      // 「做一份材料」「一年发了多少条」: 一 before 份 or 年 is "a", not a count.
      return n === undefined || (run === '一' && /^[项个件份年]/.test(rest)) ? run : String(n);
    });
}

const HAN = '\\p{Script=Han}';
const SPACE_NEXT_TO_HAN = new RegExp(`\\s+(?=[${HAN}])|(?<=[${HAN}])\\s+`, 'gu');
// Control characters and invisible format characters never carry meaning in a question.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;

/**
 * Canonical text: NFKC (full-width → half-width), simplified characters, Arabic numerals for
 * counts and years, ASCII punctuation, quotes dropped, no spaces next to Chinese characters,
 * lower case, known typos fixed.
 */
export function normalise(text: string): string {
  // Never read further than a question may be long: the cost must stay flat.
  let s = text.length > MAX_QUESTION_CHARS ? text.slice(0, MAX_QUESTION_CHARS) : text;
  s = s.normalize('NFKC').replace(INVISIBLE, ' ');
  // Pure ASCII has nothing to convert; skipping it keeps English questions cheap.
  // 么 is already simplified; the Taiwan table reads it as the variant of 幺 (「重复申请的有么」).
  if (/[^\x00-\x7f]/.test(s)) s = s.includes('么') ? mapped(s.split('么'), (x) => toSimplified(x)).join('么') : toSimplified(s);
  s = s
    .replace(/[。．｡]/g, '.')
    .replace(/[、，]/g, ',')
    .replace(/[“”‘’"'「」『』《》〈〉【】〔〕]/g, '')
    .replace(/[–—―~～]/g, '-')
    .toLowerCase();
  for (const [wrong, right] of TYPOS) if (s.includes(wrong)) s = s.replaceAll(wrong, right);
  // 「in units of 10,000 yuan」 is 万元
  if (/yuan/.test(s)) s = s.replace(/\b(?:in units of |in )?(?:10,?000|10k|ten[ -]thousands?) yuan\b/g, ' 万元 ');
  s = arabicNumerals(s)
    // 「三(四)3个小项」: a count after a row number is not the row's item number.
    .replace(/\)(\d+)(?=[个件条次])/g, ') $1');
  // 「予以 公开」 and 「2024 年」 are one word each; spaces only separate Latin words.
  return s.replace(SPACE_NEXT_TO_HAN, '').replace(/\s+/g, ' ').trim();
}

/** zh unless the question is mostly Latin letters. */
export function languageOf(text: string): 'zh' | 'en' {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A-Z → a-z; full-width letters (Ｈｏｗ) count as the letters they are
    const c = (code >= 0xff21 && code <= 0xff5a ? code - 0xfee0 : code) | 0x20;
    if (c >= 0x61 && c <= 0x7a) latin++;
    else if (text.charCodeAt(i) >= 0x3400 && text.charCodeAt(i) <= 0x9fff) han += 2; // a character says about as much as a short word
  }
  return latin > han ? 'en' : 'zh';
}
