// Date words as people say them, read against the day the question is asked (the clock passed to
// answer(), the system date by default). An annual report covers one calendar year: it answers 去年
// when that year's report is loaded, and never 「今年到现在」, which asks for part of a year.
import { anyOf } from './lexicon-pattern.ts';

/** Years counted back from the clock's year. */
export const CLOCK_YEARS: { words: string[]; back: number }[] = [
  { words: ['今年', 'this year'], back: 0 },
  { words: ['去年', '上一年度', 'last year', 'a year ago'], back: 1 },
  { words: ['前年', 'the year before last', 'two years ago'], back: 2 },
  { words: ['大前年', 'three years ago'], back: 3 },
];

/**
 * Years counted back from the year of the figure just given, in a conversation (「那上一年呢」 after
 * a 2024 figure is 2023); without one, from the clock.
 */
export const CONVERSATION_YEARS: { words: string[]; back: number }[] = [
  { words: ['上一年', '前一年', '上年度', 'the previous year', 'the year before', 'the prior year'], back: 1 },
];

/**
 * The part of the current year up to the day asked: no annual report states it. Read as a pair (今年
 * and one of UP_TO_NOW in one question) or as one of SO_FAR_WORDS alone.
 */
export const UP_TO_NOW = ['到现在', '到目前', '截至目前', '截止目前', '截至现在', '截止到现在', '截至今天', '截止今天', '至今', '以来', '到今天', '为止',
  'so far', 'to date', 'until now', 'up to now', 'up till now', 'as of now', 'as of today', 'thus far'];
export const SO_FAR_WORDS = ['今年以来', '今年到现在', '今年截至目前', '本年迄今', '年初至今', '年初到现在', '今年迄今', '截至目前今年',
  'so far this year', 'this year so far', 'year to date', 'year-to-date', 'ytd', 'since january', 'since the start of the year', 'since the beginning of the year'];

/** Words of moving a request on to a later year (结转到, 拖至, 顺延入), said before the year it moves into. */
export const MOVING = ['结转', '转', '拖', '留', '延', '顺延', '挪'];
export const INTO = ['到', '至', '入'];
/** Words of a request carried over from an earlier year (结转, 遗留), said after the year it came from. */
export const CARRYING_OVER = ['结转', '转过来', '转来', '转入', '遗留', '留下', '积压'];

/**
 * 「拖到今年才办的」: 今年 after a word of moving is the year a request moved into, the year after the
 * report's (its 结转下年度), said as the report would say it.
 */
export const MOVED_INTO = new RegExp(`${anyOf([...MOVING, '放'])}${anyOf(INTO)}$`);
export const THE_YEAR_AFTER = '明年';

/** 「从上一年度结转过来的」: a year word before a word of carrying over names where requests came from. */
export const CARRIED_FROM = new RegExp(`^(?:年度|年)?(?:底|末|的)?${anyOf([...CARRYING_OVER, '没办完', '未办结'])}`);
