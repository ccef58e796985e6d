// Questions that compare one figure across reports: one agency over the years (「比上一年增加了多少」,
// 「近三年予以公开的变化」) or agencies in one year (「哪个单位收到的申请最多」). The words that say so
// are found here and claimed, so that the rest of the question is read as usual for the figure.
import { mapped } from '../arrays.ts';
import { chineseNumber } from './normalise.ts';
import { CHANGE_WORDS } from './cues.ts';
import { wordsOutside, type Mention } from './match.ts';

export type Comparison =
  /** this report against the same agency's report of `year` (default: the year before) */
  | { kind: 'versus'; year?: number }
  /** the same agency over `years` years up to this report's (all it has when undefined) */
  | { kind: 'series'; years?: number }
  /** agencies in one year, best first (desc) or worst first (asc) */
  | { kind: 'rank'; order: 'desc' | 'asc'; top: number };

export interface ComparisonCue {
  compare?: Comparison;
  /** what the comparison words cover in the question: not words about the figure */
  spans: [number, number][];
}

const NUM = '(\\d+|[一二两三四五六七八九十]+)';
const count = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : chineseNumber(s));
const EN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// 「比上一年」「较去年」「同比」: against the year before.
const VERSUS_PREVIOUS = /(?:比|较|相比|对比|与|和|跟|同)(?:上[1一]?个?年度?|去年|前[1一]年)(?!结转)(?:相比|比较|比)?|同比|year[- ](?:on|over)[- ]year|(?:than|compared (?:to|with)|vs\.?|versus) (?:the )?(?:previous|last|prior|preceding) year/g;
// 「比2023年」: against a year named. The year is the base, not the report asked about.
const VERSUS_YEAR = /(?:比|较|与|和|跟|同|相比|对比)((?:19|20)\d\d)年?度?(?:相比|比较|比)?|(?:than|compared (?:to|with)|vs\.?|versus) (?:in )?((?:19|20)\d\d)/g;
const SERIES = new RegExp(
  `(?:近|最近|过去|前|这)${NUM}个?年(?:来|以来|度)?|${NUM}年(?:来|以来)|历年|逐年|每年|各年度?|历史变化|变化趋势|趋势|` +
  '(?:(?:over|in|during|for) )?(?:the )?(?:last|past|previous) (\\d+|two|three|four|five|six|seven|eight|nine|ten) years|over the (?:last |past )?years|each year|every year|year by year|trend|over time', 'g');
const RANK_WHO = /哪(?:1个|个|家|一家|些|1些)?(?:单位|部门|机关|机构|局|委|办|地方|地区|城市|市|县|区|政府)|哪(?:1个|个|家|一家)|(?:各|所有)(?:单位|部门|机关|机构)|\b(?:which|what) (?:agency|agencies|department|departments|office|offices|bureau|bureaus|city|cities|government)\b|\bwho\b|单位|部门|机关|\bagencies\b|\bdepartments\b/g;
const RANK_ORDER = new RegExp(
  `最多|最少|最高|最低|最大|最小|更多|更少|较多|较少|排名|排行|排序|前${NUM}(?:名|位|个)?|(?<=哪.{0,12})(?:多|少)(?=[?,.!]|$)|` +
  '\\b(?:the )?(?:most|fewest|least|highest|lowest|largest|smallest)\\b|\\brank(?:ed|ing|ings)?\\b|\\btop (\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b', 'g');
const ASCENDING = /最少|最低|最小|更少|较少|^少$|fewest|least|lowest|smallest/;
const DEFAULT_TOP = 5;
const ABOUT_ITEMS = /理由|原因|哪类|哪种|哪一类|哪一种|哪项|哪一项|哪些情形|什么情形/;

function spansOf(text: string, re: RegExp): { span: [number, number]; m: RegExpMatchArray }[] {
  return mapped([...text.matchAll(re)], (m) => ({ span: [m.index!, m.index! + m[0].length] as [number, number], m }));
}

export function findComparison(text: string): ComparisonCue {
  // Cheap test first: most questions compare nothing.
  if (!/比|较|同|近|最|历|逐|每|各|趋势|排|哪|前|来|年|than|year|trend|time|rank|top|most|fewest|least|highest|lowest|which|who/.test(text)) return { spans: [] };
  const rankOrder = spansOf(text, RANK_ORDER);
  // 「不予公开的理由中最多的是哪个」 asks which reason, not which agency: a breakdown answers it.
  const rankWho = ABOUT_ITEMS.test(text) ? [] : spansOf(text, RANK_WHO);
  if (rankOrder.length && (rankWho.length || rankOrder.some(({ m }) => /排名|排行|排序|rank/.test(m[0])))) {
    const numbered = mapped(rankOrder, ({ m }) => count(m[1]) ?? (m[2] ? count(m[2]) ?? EN_COUNT[m[2]] : undefined)).find((n) => n !== undefined);
    const top = numbered ?? DEFAULT_TOP;
    const order = rankOrder.some(({ m }) => ASCENDING.test(m[0])) ? 'asc' : 'desc';
    return { compare: { kind: 'rank', order, top: Math.max(1, Math.min(top, 20)) }, spans: mapped([...rankOrder, ...rankWho], (x) => x.span) };
  }
  const series = spansOf(text, SERIES);
  if (series.length) {
    const m = series[0]!.m;
    const n = count(m[1]) ?? count(m[2]) ?? (m[3] ? count(m[3]) ?? EN_COUNT[m[3]] : undefined);
    return { compare: { kind: 'series', ...(n && n >= 2 ? { years: Math.min(n, 20) } : {}) }, spans: mapped(series, (x) => x.span) };
  }
  const year = spansOf(text, VERSUS_YEAR);
  if (year.length) {
    const m = year[0]!.m;
    return { compare: { kind: 'versus', year: Number(m[1] ?? m[2]) }, spans: mapped(year, (x) => x.span) };
  }
  const previous = spansOf(text, VERSUS_PREVIOUS);
  if (previous.length) return { compare: { kind: 'versus' }, spans: mapped(previous, (x) => x.span) };
  return { spans: [] };
}

/**
 * 「予以公开减少了多少」「2024年予以公开增长了多少」: a change asked of a figure with no base named is
 * a change from the year before. The change words must stand outside the catalogue's terms; whether
 * the question names one figure (and not two, 「予以公开比部分公开减少了多少」) is for the caller.
 */
export function impliedChange(text: string, mentions: Mention[]): ComparisonCue {
  const spans = wordsOutside(text, mentions, CHANGE_WORDS);
  return spans.length ? { compare: { kind: 'versus' }, spans } : { spans: [] };
}
