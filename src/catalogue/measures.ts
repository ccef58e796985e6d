// Units: what a figure is measured in, and the words a question asks in for each kind of unit
// (几件, 多少人, 万元). A question's unit must fit the figure's: 多少人 is not answered by a count of
// requests.
import { ownTable } from '../arrays.ts';
import { anyOf, wordList } from './lexicon-pattern.ts';

export type UnitKind = 'count' | 'times' | 'people' | 'money' | 'percent' | 'time';

/** Unit and measure words a question may say, by the kind of thing they measure. */
export const UNIT_WORDS_BY_KIND: [UnitKind, string[]][] = [
  ['count', wordList('件 条 项 个 份 宗 起 例 家 篇 期 批 部 个数 件数 条数 项数 几部')],
  ['times', wordList('次 回 场 次数 场次')],
  ['people', wordList('人 名 位 人数 人次 多少人 几人 几个人 几名 几位 粉丝数')],
  ['money', wordList('元 万元 亿元 块 块钱 钱 金额 罚款 罚金 多少钱 几万 万 资金 经费 费用 yuan rmb')],
  ['percent', wordList('% 百分之 百分比 百分之几 几成 率 percent percentage rate')],
  ['time', wordList('天 日 工作日 个工作日 月 周 小时 分钟 天数 days day hours')],
];

/** The units a report prints after a figure, by kind; any other unit (件, 个, 条) counts things. */
export const FIGURE_UNIT_KINDS: Readonly<Record<string, UnitKind>> = ownTable({
  '%': 'percent', 元: 'money', 万元: 'money', 次: 'times', 人: 'people', 人次: 'people', 名: 'people', 天: 'time', 日: 'time',
});

/**
 * The results of a request (三(一) 予以公开 … 三(六) 其他处理) are shares of the results total 三(七):
 * a row numbered under 三 is a result, and the row numbered 三(七) their total.
 */
export const RESULTS_PREFIX = '三(';
export const RESULTS_TOTAL = '三(七)';

/**
 * How a question asks for a count in a figure's own unit (几条, 多少人): a prose figure measured so
 * is the likelier answer.
 */
export const UNIT_ASKED: Readonly<Record<string, readonly string[]>> = ownTable({
  条: ['几条', '多少条'], 个: ['几个', '多少个'], 次: ['几次', '多少次'], 项: ['几项', '多少项'], 人: ['几人', '几名', '多少人', '多少名'], 人次: ['多少人次'],
});

/** The word that names a rate (回复率, 办结率): a question naming one asks for a figure in %. */
export const RATE_WORD = '率';

/** The Chinese numerals of a small count (三种, 近五年, 前十名). */
export const SMALL_NUMERALS = '一二两三四五六七八九十';
/** Words that count the parts of a figure (三种情况, 两类, 六个方面): 「无法提供的三种情况」 names how many. */
export const PARTS_COUNTED_WORDS = ['种', '类', '项', '个', '大类', '方面'];
/** One word that is a small count and what it counts: 三种, 6项. */
export const PARTS_COUNTED = new RegExp(`^([${SMALL_NUMERALS}]|\\d+)${anyOf(PARTS_COUNTED_WORDS)}$`);
