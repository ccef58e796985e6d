// One canonical spelling for questions and for the catalogue terms they are matched against: both
// go through `normalise`, so a term written 予以公開, ＂部份公开＂ or 「予以 公开」 meets its label.
import { mapped } from '../arrays.ts';
import { MAX_QUESTION_CHARS } from '../question-limit.ts';
import { createRequire } from 'node:module';
import {
  COUNT_AFTER_ROW_NUMBER, KEPT_UNCONVERTED, NUMERAL_DIGITS, NUMERAL_POWERS, ONE_AS_ARTICLE, PUNCTUATION, SPELLED_COUNT, SPELLED_ROW_NUMBER, SPELLED_YEAR,
  TEN_THOUSAND_YUAN, VARIANT_SPELLINGS,
} from '../catalogue/typing.ts';
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

/** 十二 → 12, 二十 → 20, 一百零八 → 108, 两 → 2; undefined when the run is not a number. */
export function chineseNumber(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in NUMERAL_DIGITS) {
      digit = NUMERAL_DIGITS[ch]!;
      continue;
    }
    const power = NUMERAL_POWERS[ch];
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

function arabicNumerals(s: string): string {
  return s
    .replace(SPELLED_ROW_NUMBER, (_, a: string, b: string, nth?: string, item?: string) => {
      const n = nth ?? item;
      return `${a}(${b})${n ? (NUMERAL_DIGITS[n] ?? n) : ''}`;
    })
    .replace(SPELLED_YEAR, (run) => mapped([...run], (c) => NUMERAL_DIGITS[c]).join(''))
    // A lone 一 before a measure word is "the one" (这一项, 一项的总计), not a count.
    .replace(SPELLED_COUNT, (run, at: number, all: string) => {
      const rest = all.slice(at + run.length);
      const n = chineseNumber(run);
      // 「做一份材料」「一年发了多少条」: 一 before 份 or 年 is "a", not a count.
      return n === undefined || (run === ONE_AS_ARTICLE.one && ONE_AS_ARTICLE.before.test(rest)) ? run : String(n);
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
  // One character is kept as typed (么: see catalogue/typing.ts).
  if (/[^\x00-\x7f]/.test(s)) s = s.includes(KEPT_UNCONVERTED) ? mapped(s.split(KEPT_UNCONVERTED), (x) => toSimplified(x)).join(KEPT_UNCONVERTED) : toSimplified(s);
  for (const [marks, as] of PUNCTUATION) s = s.replace(marks, as);
  s = s.toLowerCase();
  for (const [wrong, right] of VARIANT_SPELLINGS) if (s.includes(wrong)) s = s.replaceAll(wrong, right);
  if (/yuan/.test(s)) s = s.replace(TEN_THOUSAND_YUAN.said, ` ${TEN_THOUSAND_YUAN.as} `);
  s = arabicNumerals(s)
    // 「三(四)3个小项」: a count after a row number is not the row's item number.
    .replace(COUNT_AFTER_ROW_NUMBER, ') $1');
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
