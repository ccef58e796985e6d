// One canonical spelling for questions and for the catalogue terms they are matched against: both
// go through `normalise`, so a term written 予以公開, ＂部份公开＂ or 「予以 公开」 meets its label.
import { mapped } from '../arrays.ts';
import { MAX_QUESTION_CHARS } from '../question-limit.ts';
import { createRequire } from 'node:module';
import {
  COUNT_AFTER_ROW_NUMBER, KEPT_UNCONVERTED, NUMERAL_DIGITS, NUMERAL_POWERS, ONE_AS_ARTICLE, PUNCTUATION, SPELLED_COUNT, SPELLED_ROW_NUMBER, SPELLED_YEAR,
  TEN_THOUSAND_YUAN, VARIANT_SPELLINGS,
} from '../catalogue/typing.ts';

// Built once, on the first text that is not ASCII: the converter loads its dictionaries on
// construction (about 50 ms). The traditional-to-simplified bundle only, not the full one.
let converter: ((text: string) => string) | undefined;
const require = createRequire(import.meta.url);
function toSimplified(text: string): string {
  converter ??= (require('opencc-js/t2cn') as { Converter: (o: { from: 'tw'; to: 'cn' }) => (text: string) => string }).Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

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
