// Words that say how figures combine: added up, one taken from another, compared, a share of a
// whole, listed together. A question word found here asks for an operation, not for a figure
// (understand/roles.ts gives each word its role from these lists).
import { anyOf, wordList } from './lexicon-pattern.ts';
import { SMALL_NUMERALS } from './measures.ts';

/** adds figures up (加上, 加起来, 合计): the figures named are a sum to compute */
export const SUM_WORDS = wordList(`小计 共 加 加上 加起来 合起来 合在一起 合计 一起 一起算 算上 连 连同 总和 之和 总共 一共 共计 合并 在一起 一块 一块儿 加一块 加一起 都算 全算 sum plus combined together altogether in_total add added aggregate`);

/** takes one figure from another (减去, 还剩): a difference to compute */
export const MINUS_WORDS = wordList(`减 减去 减掉 扣除 扣掉 去掉 除去 剩 还剩 剩下 剩余 余下 净增 净减 净 minus subtract subtracted less_than remaining left`);

/** compares two figures (比, 相差): a difference to compute */
export const COMPARE_WORDS = wordList(`比 相比 比较 相差 相差多少 相差几件 差距 差额 差值 差多少 差了 多出 高出 低于 高于 difference than`);

/** says which way a comparison goes (多, 少): an operator only beside a word of comparing */
export const MORE_WORDS = wordList(`多 少 多了 少了 多多少 少多少 差 多发 少发 多收 少收 多办 少办 多做 少做 多开 少开 more fewer less`);

/** a share of a whole (占, 比例, 百分之): a share to compute */
export const SHARE_WORDS = wordList(`占 相当于 除以 占比 比例 比重 百分比 百分之 百分之几 率 几成 percentage percent share proportion ratio fraction rate`);

/** 「B中A的比例」「B里面A占多少」: the figure named right before these is the whole of a share. */
export const WITHIN_WORDS = ['中', '里', '里面', '当中', '之中'];
/** …right after the whole, with 的 or not. */
export const WITHIN = new RegExp(`^\\s*的?${anyOf(WITHIN_WORDS)}`);
/** 「share of new requests that was granted」「granted as a share of all」: the whole stands after of. */
export const WHOLE_AFTER = /\bof\b/g;
/** 「A在B里占多少」: what comes before 在 is the part, the place after it the whole. */
export const PART_IN_WHOLE = '在';

/** joins two figures in a list (和, 与): each is asked, or their sum */
export const AND_WORDS = wordList(`和 与 及 以及 跟 同 或 或者 还有 and or`);

// Comparing one figure across reports: this year against another, one agency over the years, or
// agencies ranked in one year (understand/compare.ts). The patterns hold where the words stand
// (比 before 上一年, a count before 年), so they are kept whole.

/** A count of years or of places, in digits or Chinese numerals (近三年, 前5名): read as a group. */
const COUNT = `(\\d+|[${SMALL_NUMERALS}]+)`;
/** The English numbers a comparison counts in (the last three years, top five). */
export const EN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Characters and words one of which every comparison holds: most questions compare nothing, and are let go cheaply. */
export const COMPARISON_HINT = new RegExp(anyOf(wordList(`比 较 同 近 最 历 逐 每 各 趋势 排 哪 前 来 年 than year trend time rank top most fewest least
  highest lowest which who`)));
/** 「比上一年」「较去年」「同比」: against the year before. */
export const VERSUS_PREVIOUS_YEAR = /(?:比|较|相比|对比|与|和|跟|同)(?:上[1一]?个?年度?|去年|前[1一]年)(?!结转)(?:相比|比较|比)?|同比|year[- ](?:on|over)[- ]year|(?:than|compared (?:to|with)|vs\.?|versus) (?:the )?(?:previous|last|prior|preceding) year/g;
/** 「比2023年」: against a year named. The year is the base, not the report asked about. */
export const VERSUS_NAMED_YEAR = /(?:比|较|与|和|跟|同|相比|对比)((?:19|20)\d\d)年?度?(?:相比|比较|比)?|(?:than|compared (?:to|with)|vs\.?|versus) (?:in )?((?:19|20)\d\d)/g;
/** 「近三年」「历年」「变化趋势」: the same agency over several years, as many as counted. */
export const OVER_THE_YEARS = new RegExp(
  `(?:近|最近|过去|前|这)${COUNT}个?年(?:来|以来|度)?|${COUNT}年(?:来|以来)|历年|逐年|每年|各年度?|历史变化|变化趋势|趋势|` +
  '(?:(?:over|in|during|for) )?(?:the )?(?:last|past|previous) (\\d+|two|three|four|five|six|seven|eight|nine|ten) years|over the (?:last |past )?years|each year|every year|year by year|trend|over time', 'g');
/** 「哪个单位」「各部门」「which agency」: the agencies are what is compared. */
export const RANK_WHO = /哪(?:1个|个|家|一家|些|1些)?(?:单位|部门|机关|机构|局|委|办|地方|地区|城市|市|县|区|政府)|哪(?:1个|个|家|一家)|(?:各|所有)(?:单位|部门|机关|机构)|\b(?:which|what) (?:agency|agencies|department|departments|office|offices|bureau|bureaus|city|cities|government)\b|\bwho\b|单位|部门|机关|\bagencies\b|\bdepartments\b/g;
/** 「最多」「排名」「前5名」「top five」: agencies ranked, and how many of them. */
export const RANK_ORDER = new RegExp(
  `最多|最少|最高|最低|最大|最小|更多|更少|较多|较少|排名|排行|排序|前${COUNT}(?:名|位|个)?|(?<=哪.{0,12})(?:多|少)(?=[?,.!]|$)|` +
  '\\b(?:the )?(?:most|fewest|least|highest|lowest|largest|smallest)\\b|\\brank(?:ed|ing|ings)?\\b|\\btop (\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b', 'g');
/** The words of a ranking that put the least first. */
export const RANK_ASCENDING = /最少|最低|最小|更少|较少|^少$|fewest|least|lowest|smallest/;
/** Words that ask for a ranking whoever is ranked: the agencies, then, even unnamed. */
export const RANKING_WORDS = new RegExp(anyOf(['排名', '排行', '排序', 'rank']));
/** 「不予公开的理由中最多的是哪个」: which reason or kind, not which agency: a breakdown answers it. */
export const WHICH_ITEM = new RegExp(anyOf(wordList('理由 原因 哪类 哪种 哪一类 哪一种 哪项 哪一项 哪些情形 什么情形')));
