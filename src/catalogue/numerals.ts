// How numbers are written besides ASCII digits. A reply never repeats a number the question gave,
// and the guard refuses one the knowledge base does not vouch for, in any of these spellings:
// digits of any script (Arabic-Indic ٩٩٩, Devanagari ९९९, full-width ９９９: \p{Nd}), the financial
// numerals of cheques and contracts (壹仟贰佰), and a word made only of everyday numerals (九百九十九).

/** A digit of any script, with the u flag (\d alone is ASCII only, with or without it). */
export const ANY_DIGIT = /\p{Nd}/u;
/** Runs of digits of scripts other than ASCII (NFKC already turns full-width into ASCII). */
export const OTHER_SCRIPT_DIGITS = /(?:(?![0-9])\p{Nd})+/gu;
/** The financial numerals: written to be unforgeable, they mean a number and nothing else. */
export const FINANCIAL_NUMERALS = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]+/g;
const FINANCIAL = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]/;
/** A word that is nothing but everyday numerals: 九百九十九, 三千, 两万. */
const NUMERALS_ONLY = /^[零〇一二两三四五六七八九十百千万亿]+$/;

/** Whether a word of the question writes a number (and so may not be said back in a reply). */
export function writesNumber(word: string): boolean {
  return ANY_DIGIT.test(word) || FINANCIAL.test(word) || NUMERALS_ONLY.test(word);
}
