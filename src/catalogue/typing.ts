// How questions are typed: the characters, spellings and numerals people write that the
// understanding reads as one canonical text before it looks for the catalogue's words.

/**
 * Characters a speaker slips between the words of a term without changing what it names:
 * 「复议之后再起诉」 is 复议后起诉, 「直接去法院告」 stays itself. Only these, and at most a few.
 */
export const SLIPPED_IN = '之再又就了的以还才去来给被都也完先';

/**
 * Variant spellings and transpositions people really type, whose wrong form is never a correct
 * word of its own. Slips of the same sound (复义, 申情, 予已公开) are not listed: understand/typos.ts
 * mends them by their pinyin, and the reply says how it read them.
 */
export const VARIANT_SPELLINGS: [wrong: string, right: string][] = [
  ['部份', '部分'],
  ['以予公开', '予以公开'],
  // 覆議 is a traditional spelling OpenCC leaves as 覆议
  ['覆议', '复议'],
];

/**
 * A character the traditional-to-simplified converter must leave alone: 么 is already simplified,
 * but the Taiwan table reads it as the variant of 幺 (「重复申请的有么」).
 */
export const KEPT_UNCONVERTED = '么';

/** 「in units of 10,000 yuan」: English for the unit the reports write 万元. */
export const TEN_THOUSAND_YUAN = { said: /\b(?:in units of |in )?(?:10,?000|10k|ten[ -]thousands?) yuan\b/g, as: '万元' };

/** The everyday numerals that are digits, written in questions for counts, years and row numbers. */
export const NUMERAL_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** The everyday numerals that multiply the digit before them (二十, 三百, 两万). */
export const NUMERAL_POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A year spelled digit by digit (二〇二四, 二零二四年): read as its Arabic digits. */
export const SPELLED_YEAR = /[〇零一二三四五六七八九]{4}(?=年)|[一二][〇零][〇零一二三四五六七八九]{2}/g;
/** A count spelled in numerals: only before a measure word, so that 一共, 统一, 三安全一稳定 and 第三方 keep their words. */
export const SPELLED_COUNT = /[零一二两三四五六七八九十百千万]+(?=[年件个次条项家人月日天份篇期场户])/g;
/** 「做一份材料」「一年发了多少条」「这一项」: before these, a lone 一 is "a" or "the one", not a count. */
export const ONE_AS_ARTICLE = { one: '一', before: /^[项个件份年]/ };
/** 「第三(三)项第6小项」「三（三）第6项」: a row of section 三 by its printed number, read as 三(三)6. */
export const SPELLED_ROW_NUMBER = /第?([一二三四五六七])\(([一二三四五六七八])\)(?:项|小项)?(?:中的|中|里的|的)?(?:第([1-9一二三四五六七八九])(?:小项|项)|([1-9一二三四五六七八九])小项)?/g;
/** 「三(四)3个小项」: digits after a row number, before a measure word, are a count, not the row's item number. */
export const COUNT_AFTER_ROW_NUMBER = /\)(\d+)(?=[个件条次])/g;

/**
 * Punctuation of Chinese text as its ASCII counterpart, in this order: full stops, list commas;
 * quotes and title brackets dropped (they only mark a term); dashes and tildes as a hyphen.
 */
export const PUNCTUATION: [marks: RegExp, as: string][] = [
  [/[。．｡]/g, '.'],
  [/[、，]/g, ','],
  [/[“”‘’"'「」『』《》〈〉【】〔〕]/g, ''],
  [/[–—―~～]/g, '-'],
];
