// A question, understood: what it asks for (a figure, a passage, help) in terms of the catalogue,
// before any value is looked up. Readers propose candidates (a table cell, a derived figure, a
// sentence's figure, a passage, a breakdown); one arbiter decides by named rules. A figure is only
// chosen when its reading accounts for every word of the question; readings that tie and would
// give different figures become a question back to the user.
import { YES_NO_FIRST } from '../catalogue/asking.ts';
import { mapped } from '../arrays.ts';
import {
  BREAKDOWNS, NARRATIVE_GLOSSARY, REQUEST_COLUMN_GROUPS, REQUEST_ROW_GROUPS, REQUEST_ROWS, REVIEW_GROUP_SUMS,
  type FormatVersion, type RequestColumnId, type ReviewGroupId, type SectionId,
} from '../catalogue/format.ts';
import { restatedCell } from '../report/audit.ts';
import type { ProseFigure, Report } from '../report/schema.ts';
import { enclosed, forms, isNegative, leftOver, type Coverage, type LeftOver } from './account.ts';
import { DOMAIN_WORDS, FLAGS, NEGATION } from './cues.ts';
import { findMentions, targetKey, wordsOutside, type Mention, type Target } from './match.ts';
import { activeTableOf, breakdownMeasures, breakdownOf, complementOf, defaultWhole, sameMeasure, type Family, type Measure } from './measure.ts';
import type { Comparison } from './compare.ts';
import { chineseNumber, normalise } from './normalise.ts';
import { writesNumber } from '../catalogue/numerals.ts';
import { bigrams, matchFigures, proseIndex, searchPassages, statedRates, subsectionOf, trailingNoun, partsFollow, type FigureMatch } from './prose.ts';
import { familyOf, hitsOf, isColDim, isDefaultColumn, isRowDim, tableReading, type Hit, type Op, type TableReading } from './readings.ts';
import { EQUIVALENT, ROLE_WORDS, unitKindOf, type UnitKind } from './roles.ts';
import { labelsOf, targetsNaming } from './vocabulary.ts';
import { quieted } from './chatter.ts';
import { exampleOfWhole, partOfList } from './listed.ts';
import { cut, namingWords, roleOf, subWords, withRole, wordsOf, type Word } from './words.ts';
import { inSpans, isInfixSum, roundingIn, symbolWords } from './asking.ts';
import { positionHits, positionsIn, standsAt } from './positions.ts';
import { conversationReading } from './conversation.ts';
import { withElided } from './elided.ts';
import { countedInstead, moneyOfCount, peopleAsked, type UnitNote } from './units.ts';
import { MAX_NAMED, MIN_PARAPHRASE, NEAR_TIE, VOCABULARY_WEIGHT } from './weights.ts';

export type { Measure } from './measure.ts';
export type { Op } from './readings.ts';

export type Intent = 'figure' | 'passage' | 'help' | 'clarify' | 'none';

export interface Query {
  intent: Intent;
  lang: 'zh' | 'en';
  /** figure: how the measures combine (value: one measure; breakdown: the whole, then its parts) */
  op?: Op;
  measures?: Measure[];
  /** the figure compared across reports (other years, other agencies) */
  compare?: Comparison;
  /** figure: the decimals the question asks the value rounded to (保留两位小数) */
  round?: number;
  /** share: the measures from this one on are the whole, added up (default: the last one alone) */
  wholeFrom?: number;
  /** figure, none: what the figure counts, said because the question asked another unit (多少人: requests; 金额: a count) */
  note?: UnitNote;
  /** passage: the section (and subsection) to quote; `line`: the one paragraph a search found */
  passage?: { section: SectionId; subsection?: string; line?: number };
  /** clarify: the figures the question could mean (empty: it named none) */
  choices?: Measure[];
  /** clarify: the question negates or excludes the figure it names (「没有予以公开的」) */
  negated?: true;
  /** none: why nothing was answered */
  why?: 'how_to' | 'no_match' | 'weak' | 'unexplained';
  /** none (unexplained): the words of the question no figure accounts for (平均, 粉丝) */
  unexplained?: string[];
  /** none (unexplained): the nearest figure the report does state, offered as a question */
  suggestion?: Measure;
}

export type Flag = keyof typeof FLAGS;
export type Flags = Record<Flag, boolean>;

// Chinese flag words occur anywhere; English ones as whole words ('ratio' is not in 'reconsiderations').
const FLAG_TESTS = mapped((Object.entries(FLAGS) as [Flag, readonly string[]][]), ([flag, words]) => {
  const latin = words.filter((w) => /^[a-z]/.test(w));
  const escaped = mapped(latin, (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { flag, han: words.filter((w) => !/^[a-z]/.test(w)), latin: latin.length ? new RegExp(`\\b(?:${escaped.join('|')})\\b`) : undefined };
});

export function flagsOf(text: string): Flags {
  const out = {} as Flags;
  const ascii = !/[^\x00-\x7f]/.test(text);
  for (const { flag, han, latin } of FLAG_TESTS) {
    out[flag] = (!ascii && han.some((w) => text.includes(w))) || (!!latin && /[a-z]/.test(text) && latin.test(text));
  }
  return out;
}

export interface UnderstandInput {
  /** normalised question with agency and year spans blanked out */
  text: string;
  mentions: Mention[];
  lang: 'zh' | 'en';
  /** the report the answer will come from, for prose figures; absent when not yet chosen */
  report?: Report;
  previous?: Query;
  /** the question names a year or an agency (blanked from `text`, or 去年): 「那2023年呢」 asks the previous figure again */
  scoped?: boolean;
  /** the value a measure has in the chosen report, to tell ties that matter from ties that do not */
  figureOf?: (m: Measure) => number | undefined;
  /** the question compares the figure across reports: its words of more and less are the comparison's */
  comparing?: boolean;
  /** the figures the conversation gave before, oldest first (「三个加一起」 adds the last three) */
  recent?: readonly Measure[];
  /** the figure offered when the question before was declined */
  declined?: Measure;
  /** words an English question capitalises (Hongze, Shuyang, DRC): names of agencies and places, about which report */
  names?: ReadonlySet<string>;
}

/** An English question's narrative words, as the Chinese the report prints (see NARRATIVE_GLOSSARY). */
function narrativeInChinese(text: string): string {
  return mapped(NARRATIVE_WORDS.filter(({ re }) => re.test(text)), ({ zh }) => zh).join(' ');
}
const NARRATIVE_WORDS = mapped(NARRATIVE_GLOSSARY, ({ en, zh }) => ({
  zh,
  re: new RegExp(`(?:^|[^a-z0-9])(?:${mapped(en, (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![a-z0-9])`),
}));

function withoutDomainWords(text: string): string {
  let out = text;
  for (const w of DOMAIN_WORDS) if (out.includes(w)) out = out.replaceAll(w, ' ');
  return out;
}

/**
 * Only a part of a figure was said (「那部分公开呢？」「其中自然人呢？」): take the rest from before.
 * A question that names no part of a figure repeats the previous one only when it names another
 * report (「那2023年呢」「郑州住建局呢」) and says nothing else: 「那你们局长是谁？」 and 「还有呢」 are
 * not asking for the same figure again.
 */
function followUp(previous: Query | undefined, hits: Hit[], flags: Flags, again: () => boolean): Query | undefined {
  // 「申请」 in 「这里面自然人申请的」 names no row of its own: the row is the one before.
  const content = hits.filter((h) => (isRowDim(h.target.dim) || isColDim(h.target.dim)) && !h.fallback);
  // An answer to a question asked back is short (「行政复议那块的」); one asking a number anew is a new question.
  if (previous?.intent === 'clarify' && previous.choices?.length) return flags.quantity && !flags.follow_up ? undefined : chosen(previous.choices, content);
  const prev = previous?.intent === 'figure' && previous.op === 'value' && previous.measures?.length === 1 ? previous.measures[0]! : undefined;
  if (!prev || prev.table === 'prose') return undefined;
  const rows = content.filter((h) => isRowDim(h.target.dim) && familyOf(h.target.dim) === prev.table);
  const cols = content.filter((h) => isColDim(h.target.dim) && familyOf(h.target.dim) === prev.table);
  // It moved to another table (合计, a total column of every table, moves nothing).
  if (content.some((h) => familyOf(h.target.dim) !== prev.table && !isDefaultColumn(h))) return undefined;
  const best = (list: Hit[]) => [...list].sort((a, b) => b.score - a.score)[0];
  const row = best(rows);
  // 「法人那几栏合计呢」: 合计 is the sum of the columns named, not the column 总计.
  const named = cols.filter((h) => !isDefaultColumn(h));
  const col = best(named.length ? named : cols);
  const id = (h: Hit) => ('id' in h.target ? h.target.id : '');
  let measure: Measure | undefined;
  if (!row && col) {
    // 「其中自然人呢」 keeps the row and sets the column
    if (prev.table === 'requests') measure = { ...prev, column: id(col) };
    if (prev.table === 'review') measure = { ...prev, column: id(col) as typeof prev.column };
    if (prev.table === 'active') measure = { ...prev, column: id(col) };
  } else if (row && !col && flags.follow_up) {
    // 「那部分公开呢」 sets the row and keeps the column
    if (prev.table === 'requests') measure = { ...prev, row: id(row) };
    if (prev.table === 'review') measure = { ...prev, group: id(row) };
    if (prev.table === 'active') measure = { table: 'active', row: id(row), column: prev.column };
  } else if (!row && !col && flags.follow_up && hits.every((h) => h.target.dim === 'cue') && again()) {
    measure = prev; // 「那去年呢」: the same figure, another report
  }
  return measure && { intent: 'figure', lang: 'zh', op: 'value', measures: [measure] };
}

/** Whether the question negates or excludes something, in words outside the catalogue's terms. */
export function negated(text: string, mentions: Mention[]): boolean {
  return wordsOutside(text, mentions, NEGATION.words, NEGATION.forms).length > 0;
}

/**
 * A question understood. When it negates or excludes the figure it names (「没有予以公开的」「予以公开以外的」
 * 「不是自然人的」), the named figure is not the answer: the user is asked which figure they mean, and
 * offered the others of its whole.
 */
export function understand(asked: ReadInput): Query {
  // A yes-or-no question before the one that asks a number: the number's question alone, when it names one figure.
  const first = YES_NO_FIRST.exec(asked.text)?.[0];
  if (first && first.length < asked.text.length && !flagsOf(first).quantity && flagsOf(asked.text.slice(first.length)).quantity) {
    const rest = understandWhole({ ...asked, text: ' '.repeat(first.length) + asked.text.slice(first.length), mentions: asked.mentions.filter((m) => m.start >= first.length) });
    if (rest.intent === 'figure') return rest;
    if (asked.trace) for (const k of Object.keys(asked.trace) as (keyof typeof asked.trace)[]) delete asked.trace[k];
  }
  return understandWhole(asked);
}

function understandWhole(asked: ReadInput): Query {
  // 「有几个人申请」: a count of people, not the column 个人.
  const people = peopleAsked(asked.text, asked.mentions);
  // 「full or partial disclosure」: the first term, said short, is a term too.
  const input = { ...asked, mentions: withElided(asked.text, people?.mentions ?? asked.mentions) };
  // The question's words, cut once: read() gives them roles, negatedIn() looks at its negations.
  const words = quieted(input.text, people?.words ?? wordsOf(input.text, input.mentions));
  const q = read(input, words);
  if (q.intent !== 'figure' || !negatedIn(q, input, words)) return q;
  const named = q.op === 'value' || q.op === 'sum' ? q.measures ?? [] : [];
  if (input.trace) input.trace.rule = 'negation: the question negates or excludes the figure it names';
  return { intent: 'clarify', lang: q.lang, choices: complementOf(named, input.report?.meta.format ?? '2021'), negated: true };
}

/**
 * 「行政复议那块的」 after 「还没审结的有几个？」 was asked back: the one figure offered that the
 * answer names. Naming none of them, or several equally, is no choice.
 */
function chosen(choices: Measure[], content: Hit[]): Query | undefined {
  if (!content.length) return undefined;
  // 「这里面自然人申请的」 after a table figure and a sentence's were offered: the column is the table's.
  const table = choices.filter((m) => m.table === 'requests');
  const column = content[0]!.target;
  if (table.length === 1 && column.dim === 'req_col' && content.every((h) => h.target.dim === 'req_col')) {
    return { intent: 'figure', lang: 'zh', op: 'value', measures: [{ ...table[0]!, column: column.id }] };
  }
  const named = new Set(mapped(content, (h) => targetKey(h.target)));
  const fits = mapped(choices, (m) => targetsOf(m).filter((t) => named.has(targetKey(t))).length);
  const best = Math.max(...fits);
  const top = choices.filter((_, i) => fits[i] === best);
  // Every term of the answer must be the chosen figure's: 「行政诉讼的」 is no one choice of 复议's.
  if (best === 0 || top.length !== 1 || best < named.size) return undefined;
  return { intent: 'figure', lang: 'zh', op: 'value', measures: [top[0]!] };
}

/** Whether a negation word of the question is not the chosen figure's own (没 in 没有现成信息 is). */
function negatedIn(q: Query, input: UnderstandInput, all: readonly Word[]): boolean {
  const words = all.filter((w) => w.role === 'negation' && !asksWhether(input.text, w));
  if (!words.length) return false;
  const measures = q.measures ?? [];
  const prose = measures.filter((m): m is Extract<Measure, { table: 'prose' }> => m.table === 'prose');
  const cov: Coverage = {
    targets: measures.flatMap(targetsOf), op: 'value',
    negative: !!input.report && prose.some((m) => NEGATIVE_CLAUSE.test(input.report!.figures[m.figure]!.context)),
  };
  return leftOver(words, [], cov).some((l) => l.why === 'negation');
}

/** How a question was read, for `--explain`: every word's role, every reader's candidates, the rule that decided. */
export interface Explanation {
  words: { text: string; role: string }[];
  candidates: { reader: string; reading: string; score: number; left: string[] }[];
  rule: string;
}

export interface ReadInput extends UnderstandInput {
  /** filled in when given: how the question was read */
  trace?: Explanation;
}

// ---------------------------------------------------------------- readers

interface Candidate {
  reader: 'table' | 'derived' | 'prose' | 'passage' | 'breakdown' | 'search';
  query: Query;
  score: number;
  left: LeftOver[];
}

const figureUnit = (m: Measure, report: Report | undefined, format: FormatVersion): UnitKind => {
  if (m.table === 'prose') return report?.figures[m.figure] ? unitKindOf(report.figures[m.figure]!.unit) : 'count';
  if (m.table === 'active') {
    const col = activeTableOf(format, m.row)?.columns.find((c) => c.id === m.column);
    return col ? unitKindOf(col.unit) : 'count';
  }
  return 'count';
};

/** The catalogue targets a measure is made of: its row (or group) and its column. */
function targetsOf(m: Measure): Target[] {
  if (m.table === 'requests') {
    const row: Target = REQUEST_ROW_GROUPS.some((g) => g.id === m.row) ? { dim: 'req_group', id: m.row } : { dim: 'req_row', id: m.row };
    const col: Target = REQUEST_COLUMN_GROUPS.some((g) => g.id === m.column) ? { dim: 'req_colgroup', id: m.column } : { dim: 'req_col', id: m.column as RequestColumnId };
    return [row, col];
  }
  if (m.table === 'review') {
    const row: Target = REVIEW_GROUP_SUMS.some((g) => g.id === m.group) ? { dim: 'rev_sum', id: m.group } : { dim: 'rev_group', id: m.group as ReviewGroupId };
    return [row, { dim: 'rev_col', id: m.column }];
  }
  if (m.table === 'active') return [{ dim: 'act_row', id: m.row }, ...(m.column ? [{ dim: 'act_col', id: m.column } as Target] : [])];
  return [];
}

function tableCoverage(t: TableReading, format: FormatVersion): Coverage {
  const first = t.measures[0] ?? t.choices?.[0];
  const family = first && first.table !== 'prose' ? first.table : undefined;
  const op = t.choices?.length ? 'clarify' : t.op;
  // A figure's vocabulary is its row's and its column's, whether the question named the column or not.
  const targets = [...mapped(t.used, (h) => h.target), ...(t.choices?.length ? [] : t.measures.flatMap(targetsOf))];
  return { targets, family, unit: first ? figureUnit(first, undefined, format) : 'count', op, ...(t.op === 'sum' ? { parts: t.measures.length } : {}) };
}

/** The words of a report's sentence, as questions are cut: what a prose figure's reading explains. */
const sentenceWordCache = new WeakMap<Report, Map<string, Set<string>>>();
function textWords(report: Report, text: string): Set<string> {
  let byText = sentenceWordCache.get(report);
  if (!byText) sentenceWordCache.set(report, (byText = new Map()));
  let set = byText.get(text);
  if (!set) {
    set = new Set(mapped(cut(normalise(text)), (w) => w.text));
    byText.set(text, set);
  }
  return set;
}

/**
 * Words that name the other figures a prose figure's sentence states: 「网站发布信息公开共178条，其中
 * 网络辟谣0条」 — 网络辟谣 is the second figure's, never the first's. A rate (「回复率100%」) is of the
 * clause before it, whose words stay its own.
 */
const foreignCache = new WeakMap<Report, Map<number, Set<string>>>();
// Words of the subject every clause may share (信息 in 「发布信息公开」 and 「微信公众号…条信息」): no
// clause owns them.
const COMMON = new Set(['信息', '政务', '政府', '工作', '服务', '数量', '公开', '政府信息', '信息公开', '政务公开', '平台', '我局', '局']);
// A clause that says "not" (未经复议, 无法提供): a negation in the question is the figure's own.
const NEGATIVE_CLAUSE = /未|没|不|无|非/;
function foreignWords(report: Report, index: number): Set<string> {
  let byIndex = foreignCache.get(report);
  if (!byIndex) foreignCache.set(report, (byIndex = new Map()));
  let out = byIndex.get(index);
  if (!out) {
    const f = report.figures[index]!;
    // A word the figure's own clause says is never foreign to it (复议 of 未经复议直接起诉, though 行政复议 is another clause's).
    const own = normalise(f.context);
    out = new Set<string>();
    const siblings = report.figures.filter((o) => o.sentence === f.sentence);
    const at = siblings.indexOf(f);
    // 「复议 351 件，其中结果维持 72 件，结果纠正 64 件」: every word of a part's clause is the part's (纠正, a verb, too).
    const parts = partsFollow(f);
    siblings.forEach((o, i) => {
      if (o === f || (f.unit === '%' && i === at - 1)) return;
      if (parts && i > at) for (const w of subWords(normalise(o.context))) if (roleOf(w).role === 'content' && w.length > 1 && !own.includes(w) && !COMMON.has(w)) out!.add(w);
      for (const w of namingWords(normalise(o.context))) if (!own.includes(w) && !COMMON.has(w)) out!.add(w);
      // A part said in brackets (「其他处理 319 件（含申请人主动撤回 157 件）」): every word of it is the part's.
      if (/^(?:含|其中|包括)/.test(o.context)) {
        for (const w of cut(normalise(o.context))) if (roleOf(w.text).role === 'content' && !own.includes(w.text) && !COMMON.has(w.text)) out!.add(w.text);
      }
    });
    byIndex.set(index, out);
  }
  return out;
}

const coverageCache = new WeakMap<Report, Map<number, Coverage>>();
/** What a prose figure's reading explains: the same for every question, so made once per figure. */
function proseCoverage(report: Report, p: FigureMatch): Coverage {
  let byIndex = coverageCache.get(report);
  if (!byIndex) coverageCache.set(report, (byIndex = new Map()));
  let c = byIndex.get(p.entry.index);
  if (!c) byIndex.set(p.entry.index, (c = makeProseCoverage(report, p)));
  return c;
}

const JOINED = /及|和|与|、|以及/;
const AGGREGATE = /各类|各种|各项|所有/;

/**
 * The catalogue targets of the longest term a piece of a clause holds (部分公开 of 部分公开答复, not
 * 答复), when that term is most of what the piece says: 回复 is not what 「回复网上政务咨询」 counts.
 */
function termOf(piece: string): Target[] {
  const longest = findMentions(piece).filter((m) => m.targets.some((t) => t.target.dim !== 'cue' && t.target.dim !== 'section'))
    .sort((a, b) => b.text.length - a.text.length)[0];
  if (!longest || longest.text.length * 2 < piece.replace(/^(?:含|其中|共|包括)/, '').length) return [];
  return mapped(longest.targets, (t) => t.target).filter((t) => t.dim !== 'cue' && t.dim !== 'section');
}

/** A figure's own clause; a percentage in brackets (208 件（17.46%）) is of the count before it. */
function clauseOf(report: Report, f: Report['figures'][number]): string {
  if (f.context || f.unit !== '%') return f.context;
  const siblings = report.figures.filter((o) => o.sentence === f.sentence);
  return siblings[siblings.indexOf(f) - 1]?.context ?? '';
}

function makeProseCoverage(report: Report, p: FigureMatch): Coverage {
  const f = p.entry.figure;
  // 「总体情况里说…」: the section it stands in is part of what the question says of it.
  const sections: Target[] = [{ dim: 'section', id: f.section }, ...(f.subsection ? [{ dim: 'section', id: f.section, subsection: f.subsection } as Target] : [])];
  // 「没复议直接起诉的是几项」 of 「未经复议直接起诉 3 项」: the catalogue term its own clause says is its
  // word; a clause that joins two (「予以公开及部分公开 208 件」) states them together.
  // 「属信访、重复申请等不予处理 80 件」: what follows 等 is the whole the listed items are examples of.
  const clause = normalise(clauseOf(report, f));
  const conjuncts = clause.includes('等') ? [termOf(clause.slice(clause.lastIndexOf('等') + 1))] : mapped(clause.split(JOINED), termOf).filter((ts) => ts.length > 0);
  const named = conjuncts.flat();
  // 「…新增意大利语网站…共发布各类信息 13528 条」: a figure of every kind is not one of the things
  // the rest of its sentence names; its words are its own clause's.
  const text = AGGREGATE.test(clause) ? clause : normalise(f.sentence);
  // An English word is the figure's when its Chinese (by the glossary) is in the sentence.
  const glossed = glossedWords(text);
  const alsoKnown = (w: string) => glossed.size > 0 && /^[a-z]/.test(w) && forms(w).some((x) => glossed.has(x));
  const negative = NEGATIVE_CLAUSE.test(f.context);
  const rows = conjuncts.length > 1 ? conjuncts.flatMap((ts) => ts.filter((t) => isRowDim(t.dim))) : [];
  const trailing = mapped(cut(trailingNoun(f)).filter((w) => roleOf(w.text).role === 'content'), (w) => w.text);
  const head = trailing[trailing.length - 1];
  const after = new Set(trailing.slice(0, -1).filter((w) => w.length > 1 && !COMMON.has(w) && !COMMON.has(w.slice(0, 2))));
  return { targets: [...sections, ...named], ...(rows.length > 1 ? { together: rows } : {}), ...(head ? { head, after } : {}), ...(PART_CLAUSE.test(f.context) ? { part: true } : {}), ...(holdsPart(report, f) ? { holds: true } : {}), words: textWords(report, text), text, clause, foreign: foreignWords(report, p.entry.index), unit: unitKindOf(f.unit), op: 'value', alsoKnown, negative };
}

const PART_CLAUSE = /^(?:含|其中|包括)/;
/** Whether the figure after this one in its sentence is a part of it (答复 3050 件（含上年度结转申请 34 件）). */
function holdsPart(report: Report, f: Report['figures'][number]): boolean {
  const siblings = report.figures.filter((o) => o.sentence === f.sentence);
  const next = siblings[siblings.indexOf(f) + 1];
  return !!next && PART_CLAUSE.test(next.context);
}

/** The English words (and phrases) of the glossary whose Chinese a figure's text holds. */
function glossedWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const g of NARRATIVE_GLOSSARY) if (text.includes(g.zh)) for (const e of g.en) for (const x of [e, ...e.split(' ')]) words.add(x);
  return words;
}

const OPERATOR_ROLES = new Set(['and', 'sum', 'minus', 'compare']);
const JOINING_ROLES: ReadonlySet<string> = new Set([...OPERATOR_ROLES, 'more', 'change', 'share']);
const SELF_INTRODUCTION = /(?:我是|我们是|本人是|作为)(?:一名|一个|一家|一位)?$/;

/** What keeps a reading from being chosen: a negation is not (the arbiter turns it into a question back). */
const blocking = (left: LeftOver[]) => left.filter((l) => l.why !== 'negation');

/** 「回了百分之多少」: the one percentage the report states whose sentence accounts for the question. */
function percentFigure(report: Report, words: readonly Word[], mentions: readonly Mention[]): FigureMatch | undefined {
  // 「占比多少，保留两位小数」 says nothing of which percentage: no sentence is chosen for it.
  if (!words.some((w) => w.role === 'content' || w.role === 'narrowing') && !mentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue'))) return undefined;
  const fits = mapped(proseIndex(report).figures.filter((entry) => entry.figure.unit === '%'), (entry) => ({ entry, score: 1 }))
    .filter((p) => blocking(leftOver(words, mentions, proseCoverage(report, p))).length === 0);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * 「全部公开和只公开一部分的加起来」「12345工单数减去信息公开申请数」「A比B多几件」: the question cut at
 * its operator words, each part read as a figure of its own (a cell, a group, a prose figure). Every
 * part must be one figure whose words account for the part; a part that names only a column takes
 * the row of the part before it (「制发减去废止」 of one row).
 */
function derivedReading(input: UnderstandInput, words: readonly Word[], format: FormatVersion): Candidate | undefined {
  const { text, mentions, report } = input;
  const ops = words.filter((w) => OPERATOR_ROLES.has(w.role) || w.role === 'more');
  const minus = ops.some((w) => w.role === 'minus' || w.role === 'compare');
  if (!ops.length) return undefined;
  const cuts: [number, number][] = mapped(ops, (w) => [w.start, w.end]);
  for (let i = 0; i < text.length; i++) {
    if (/[,;、，；()（）]/.test(text[i]!) && !mentions.some((m) => m.start <= i && i < m.end)) cuts.push([i, i + 1]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const spans: [number, number][] = [];
  let at = 0;
  for (const [a, b] of cuts) {
    if (a > at) spans.push([at, a]);
    at = Math.max(at, b);
  }
  if (at < text.length) spans.push([at, text.length]);
  const measures: Measure[] = [];
  let score = 0;
  // 「规范性文件净增多少（制发减废止）」: a row said first, whose figures the parts after it name by column.
  let context: Measure | undefined;
  for (const [a, b] of spans) {
    const partWords = words.filter((w) => w.start >= a && w.end <= b);
    const partMentions = mentions.filter((m) => m.start >= a && m.end <= b);
    const said = partMentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue')) || partWords.some((w) => w.role === 'content' || w.role === 'narrowing');
    if (!said) continue;
    const part = partFigure(input, text.slice(a, b), partWords, partMentions, format, measures.at(-1) ?? context);
    if (!part && !measures.length && !context && (context = rowContext(input.text, partWords, partMentions, format))) continue;
    // The same figure said twice (「handled in total (办理结果总计)」) is one figure glossed, not a sum;
    // so are a whole and its parts (「两类行政诉讼（直接起诉、复议完再起诉）」): the whole counts once.
    if (part && measures.some((m) => sameMeasure(m, part.measure) || partOf(part.measure, m, format))) continue;
    if (!part) return { reader: 'derived', query: { intent: 'clarify', lang: input.lang, choices: measures }, score: 0, left: [{ text: text.slice(a, b).trim(), why: 'word' }] };
    for (let i = measures.length - 1; i >= 0; i--) if (partOf(measures[i]!, part.measure, format)) measures.splice(i, 1);
    measures.push(part.measure);
    score += part.score;
  }
  if (measures.length < 2 || !report) return undefined;
  const op: Op = minus ? 'difference' : 'sum';
  return { reader: 'derived', query: { intent: 'figure', lang: input.lang, op, measures: op === 'difference' ? measures.slice(0, 2) : measures }, score, left: [] };
}

/**
 * A part that names a row of 二 whose figure needs a column, said before the parts that name its
 * columns: the row they are of. Its other words may only name columns (净增, net change).
 */
function rowContext(text: string, words: readonly Word[], mentions: readonly Mention[], format: FormatVersion): Measure | undefined {
  const t = tableReading({ text, hits: hitsOf([...mentions]), format, share: false, difference: false, shareAt: -1 });
  const rows = new Set(mapped(t?.choices ?? [], (m) => (m.table === 'active' ? m.row : '')));
  const row = rows.size === 1 ? [...rows][0] : undefined;
  if (!t || !row || t.measures.length) return undefined;
  const columnsOnly = (l: LeftOver) => l.why === 'operator' || (l.why === 'term' && mentions.some((m) => m.text === l.text && m.targets.every((x) => x.target.dim === 'act_col')));
  const left = blocking(leftOver(words, mentions, { targets: [{ dim: 'act_row', id: row }], family: 'active', op: 'value' }));
  return left.every(columnsOnly) ? { table: 'active', row } : undefined;
}

/** Whether a figure is one of the parts another is made of (直接起诉 of 行政诉讼). */
function partOf(part: Measure, whole: Measure, format: FormatVersion): boolean {
  return (breakdownOf(whole, format) ?? []).slice(1).some((m) => sameMeasure(m, part));
}

/** One part of a derived question as a single figure, or undefined when it is not exactly one. */
function partFigure(input: UnderstandInput, partText: string, words: readonly Word[], mentions: readonly Mention[], format: FormatVersion, before: Measure | undefined): { measure: Measure; score: number } | undefined {
  const hits = hitsOf([...mentions]);
  // 「直接起诉的和复议之后再起诉的」 alone: a breakdown named is, in a sum, the whole it breaks down.
  const named = hits.filter((h) => h.target.dim !== 'cue');
  const breakdown = named.length === 1 && named[0]!.target.dim === 'breakdown' ? BREAKDOWNS.find((b) => b.id === (named[0]!.target as { id: string }).id) : undefined;
  if (breakdown && words.every((w) => w.role === 'filler' || w.role === 'quantity')) return { measure: breakdown.whole, score: named[0]!.score };
  const t = tableReading({ text: input.text, hits, format, share: false, difference: false, shareAt: -1 });
  // A generic word alone (申请人) names no figure of its own in a list of figures; a longer one
  // (信息公开申请, 申请总数) names the requests received.
  const specific = !!t && (t.used.some((h) => !h.fallback) || partText.replace(/[\s的]/g, '').length >= 4);
  if (t && specific && t.op === 'value' && t.measures.length === 1 && blocking(leftOver(words, mentions, tableCoverage(t, format))).length === 0) return { measure: t.measures[0]!, score: t.score };
  // 「废止」 after 「规范性文件制发」: a column alone is the row before's.
  // A word naming columns of several tables (issued: 制发, 新制作) names the row before's own.
  const ownColumn = (h: Hit) => before?.table !== 'active' || !!activeTableOf(format, before.row)?.columns.some((c) => c.id === ('id' in h.target ? h.target.id : ''));
  const cols = hits.filter((h) => isColDim(h.target.dim) && !hits.some((x) => isRowDim(x.target.dim)) && ownColumn(h));
  if (before && before.table !== 'prose' && cols.length === 1 && familyOf(cols[0]!.target.dim) === before.table) {
    const id = 'id' in cols[0]!.target ? cols[0]!.target.id : '';
    const measure = { ...before, column: id } as Measure;
    const cov: Coverage = { targets: [cols[0]!.target], family: before.table, op: 'value', unit: figureUnit(measure, input.report, format) };
    if (blocking(leftOver(words, mentions, cov)).length === 0) return { measure, score: cols[0]!.score };
  }
  const { report } = input;
  if (!report) return undefined;
  const grams = bigrams(input.lang === 'en' ? narrativeInChinese(partText) : withoutDomainWords(partText));
  const prose = matchFigures(proseIndex(report), partText, grams).filter((p) => blocking(leftOver(words, mentions, proseCoverage(report, p))).length === 0);
  const best = prose[0];
  if (!best || prose.some((p) => p !== best && p.score >= best.score * NEAR_TIE && p.entry.figure.value !== best.entry.figure.value)) return undefined;
  return { measure: { table: 'prose', figure: best.entry.index }, score: best.score };
}

function describe(q: Query): string {
  if (q.intent !== 'figure') return q.intent + (q.choices ? ` ${mapped(q.choices, (m) => JSON.stringify(m)).join(' | ')}` : '') + (q.passage ? ` ${q.passage.section}${q.passage.subsection ? `.${q.passage.subsection}` : ''}` : '');
  return `${q.op} ${mapped(q.measures ?? [], (m) => JSON.stringify(m)).join(' , ')}`;
}

/** The question as every reader sees it: its words with the roles the whole sentence gives them. */
interface Sentence {
  input: ReadInput;
  text: string;
  lang: 'zh' | 'en';
  report: Report | undefined;
  format: FormatVersion;
  flags: Flags;
  mentions: Mention[];
  hits: Hit[];
  words: Word[];
  /** 一共 and 合计, which are also the catalogue's words for a total column, as words of a sum */
  sums: Word[];
  summed: boolean;
  /** 「哪几类信息申请得最多」: it asks which, not how many; a figure alone does not answer it */
  asksWhich: boolean;
  /** 「表三第二项」「下面第3项」: where in the tables the figure is; a reading must be there */
  places: Place[];
  /** every reading proposed so far, for the rules that weigh them and for `--explain` */
  candidates: Candidate[];
  /** 「保留两位小数」: the decimals the value is to be rounded to */
  round?: number;
  /** 「多少人申请」: the table's figure counts requests, and the reply says so */
  note?: UnitNote;
}

/** The table reader's best reading, and whether it accounts for the question. */
interface TableResult {
  table: TableReading | undefined;
  left: LeftOver[];
  ok: boolean;
  /** its one figure's value in the report, when it names one */
  value: number | undefined;
}

/** The prose reader's readings that account for the question, best first. */
interface ProseResult {
  statedRate: FigureMatch | undefined;
  accounted: FigureMatch[];
  best: FigureMatch | undefined;
}

/**
 * The arbiter: readers propose candidates, and the first rule that holds decides. Each rule is a
 * function named for what it decides, in the order they are weighed.
 */
function read(input: ReadInput, cutWords: readonly Word[]): Query {
  const s = sentenceOf(input, cutWords);
  return rounded(s, readSentence(s));
}

function readSentence(s: Sentence): Query {
  const followed = followUpRule(s) ?? conversationRule(s);
  if (followed) return followed;
  const table = tableReader(s);
  const again = sentenceFollowUpRule(s, table) ?? declinedFollowUpRule(s, table);
  if (again) return again;
  const prose = proseReader(s);
  return derivedRule(s, table) ?? rivalRule(s, table) ?? proseRule(s, table, prose) ?? passageRule(s, table)
    ?? breakdownRule(s, table) ?? tableRule(s, table) ?? lastRules(s, table.table);
}

/**
 * 「直诉呢」 after 「住建 复义 维持」 was declined with 行政复议（结果维持） offered: the follow-up names
 * part of a figure and may take the rest from the figure offered, or be a question of its own. When
 * the two differ, it is asked back; the figure alone is not given as if nothing came before.
 */
function declinedFollowUpRule(s: Sentence, t: TableResult): Query | undefined {
  const offered = s.input.declined;
  if (!offered || !s.flags.follow_up || !t.ok || t.table!.op !== 'value' || t.table!.measures.length !== 1) return undefined;
  const merged = followUp({ intent: 'figure', lang: s.lang, op: 'value', measures: [offered] }, s.hits, s.flags, () => false)?.measures?.[0];
  const own = t.table!.measures[0]!;
  if (!merged || sameMeasure(merged, own) || (t.value !== undefined && s.input.figureOf?.(merged) === t.value)) return undefined;
  return decide(s, 'clarify: a follow-up to a declined question, which the figure offered and the words alone read differently', { intent: 'clarify', lang: s.lang, choices: [merged, own] });
}

/** 「三个加一起」「占多少比例啊」「第2行呢」: an operation on the figures the conversation just gave. */
function conversationRule(s: Sentence): Query | undefined {
  const prev = s.input.previous;
  // 「保留两位小数呢」 after a figure: the same figure, rounded as now asked.
  const onlyRounding = s.round !== undefined && !s.hits.some((h) => h.target.dim !== 'cue') && s.words.every((w) => w.role === 'filler' || w.role === 'follow_up');
  if (onlyRounding && prev?.intent === 'figure' && prev.op !== 'breakdown' && !prev.compare) return decide(s, 'follow-up: the figure before, rounded as asked', { ...prev, lang: s.lang });
  const previous = prev?.intent === 'figure' && prev.op === 'value' && prev.measures?.length === 1 ? prev.measures[0] : undefined;
  const read = conversationReading({ text: s.text, words: s.words, hits: s.hits, previous, recent: s.input.recent ?? [], share: s.flags.share, summed: s.summed });
  if (read?.op === 'clarify') return decide(s, read.rule, { intent: 'clarify', lang: s.lang, choices: read.measures });
  return read && decide(s, read.rule, { intent: 'figure', lang: s.lang, op: read.op, measures: read.measures });
}

/** A figure asked 「保留两位小数」 carries the decimals to its rendering. */
function rounded(s: Sentence, q: Query): Query {
  if (q.intent !== 'figure') return q;
  const round = s.round !== undefined && q.op !== 'breakdown' ? { round: s.round } : {};
  const note = s.note && q.op === 'value' && q.measures?.[0]?.table === 'requests' ? { note: s.note } : {};
  return s.round !== undefined || s.note ? { ...q, ...round, ...note } : q;
}

function sentenceOf(input: ReadInput, cutWords: readonly Word[]): Sentence {
  const { text, report, names } = input;
  // 「我是律师，想了解…」: who is asking is not which figure.
  let mentions = input.mentions.filter((m) => !(m.targets.some((t) => t.target.dim === 'req_col' || t.target.dim === 'req_colgroup') && SELF_INTRODUCTION.test(text.slice(Math.max(0, m.start - 6), m.start))));
  // 「除了自然人，其他申请人…」: 其他 after an exclusion is the rest of what is excluded, not the column 其他.
  if (cutWords.some((w) => w.role === 'negation')) mentions = mentions.filter((m) => !/^其[他它]$/.test(m.text));
  const flags = flagsOf(text);
  // A measure word of one character is a unit only after a number or 几/多少 (几 件, 3 人): with the
  // term before it it is a word (申请人), and alone it is one too (没人关注, 有人).
  const lone = (w: Word, i: number) => {
    if (w.role !== 'unit' || w.text.length !== 1 || !(w.unit === 'count' || w.unit === 'people' || w.unit === 'times')) return false;
    const before = cutWords[i - 1];
    if (before && before.end === w.start && (before.role === 'quantity' || before.role === 'number')) return false;
    return !/(?:\d|几|多少)\s*$/.test(text.slice(0, w.start));
  };
  const named = mapped(cutWords, (w, i) => ((names?.has(w.text) && (w.role === 'content' || w.role === 'number')) || lone(w, i) ? withRole(w, 'filler') : w));
  // 「Science and Technology Commission」: and between two names is part of a name.
  named.forEach((w, i) => {
    if (w.role === 'and' && names?.has(named[i - 1]?.text ?? '') && names.has(named[i + 1]?.text ?? '')) named[i] = withRole(w, 'filler');
  });
  // A quantity or measure word anywhere (项数, 人数, 元) asks for a number.
  flags.quantity ||= named.some((w) => w.role === 'quantity' || w.role === 'unit');
  let words = mapped(named, (w) => (w.role === 'negation' && asksWhether(text, w) ? withRole(w, 'filler') : w));
  // 「其中商业企业申请的占几件」: 占 with a count asked and no word of a share is "make up", not a share.
  if (flags.share && !PERCENT_ASKED.test(text) && words.some((w) => w.role === 'quantity' && (w.unit === 'count' || w.unit === 'times'))) {
    flags.share = false;
    words = mapped(words, (w) => (w.role === 'share' ? withRole(w, 'filler') : w));
  }
  // A comparison across reports asks how a figure changed: its words (多了, 增加) are the comparison's.
  if (input.comparing) words = words.filter((w) => w.role !== 'more' && w.role !== 'compare');
  // 「表三第一行」: the words that say where a figure stands are no question of their own.
  // 「（四）无法提供」「表三第(五)项第2行」: a printed number names its row like its label.
  const positions = positionsIn(text);
  const places = [...placesIn(text), ...positions];
  if (places.length) words = mapped(words, (w) => (places.some((p) => p.start < w.end && w.start < p.end) ? withRole(w, 'filler') : w));
  // 「保留两位小数」 says how to write the value, nothing about which.
  const rounding = roundingIn(text);
  if (rounding) words = mapped(words, (w) => (inSpans(rounding.spans, w) ? withRole(w, 'filler') : w));
  // 「A+B」「A/B」: symbols typed between figures are the operators they stand for.
  // (A symbol inside a label, 增/减, is the label's.)
  const symbols = symbolWords(text).filter((w) => !mentions.some((m) => m.start <= w.start && w.end <= m.end));
  if (symbols.length) words = [...words, ...symbols].sort((a, b) => a.start - b.start);
  // 「A/B」「A除以B」 ask a share as its other words do.
  if (words.some((w) => w.role === 'share')) flags.share = true;
  const sums = mapped(mentions.filter((m) => ROLE_WORDS[m.text] === 'sum'), (m) => fromMention(m, 'sum'));
  return {
    input, text, lang: input.lang, report, format: report?.meta.format ?? '2021', flags, mentions, hits: [...hitsOf(mentions), ...positionHits(positions)], words,
    sums, summed: sums.length > 0 || words.some((w) => w.role === 'sum' || w.text === '+'), candidates: [],
    places, ...(rounding ? { round: rounding.decimals } : {}),
    asksWhich: words.some((w) => w.role === 'describe' && WHICH.test(w.text)) && !words.some((w) => w.role === 'quantity' || w.role === 'unit'),
  };
}

/** 「采取过行政强制措施没有」: 没有 closing a question (or a clause of it) asks whether, it negates nothing. */
const asksWhether = (text: string, w: Word) => /没有?$/.test(w.text) && /^\s*(?:[,?.!;]|$)/.test(text.slice(w.end));

const WHICH = /^(?:哪|最(?:多|少|高|低|大|小))/;

const GREETING = /^(?:你好|您好|你们好|嗨|哈喽|在吗|hello|hi|hey)$/;

/** Where 「A占B」, 「A相当于B」, 「A/B」 or 「A除以B」 puts the whole after it. */
const shareWordAt = (text: string) => text.search(/占|相当于|除以|\//);

/** Where a question says a figure stands: a table (表三) or the number of a row (第二项, 第3项). */
interface Place { start: number; end: number; text: string; table?: Family; item?: number; target?: Target }
// 第二十条第（五）项 names an article of the regulation, which table 二 rows are labelled by: no place.
const PLACE_WORDS = /表\s*([二三四2-4])|(?<![条(（])第\s*([一二三四五六七八九十]|\d{1,2})\s*(?:小项|大项|项|行|个)/g;
const TABLES: Record<string, Family> = { 二: 'active', 2: 'active', 三: 'requests', 3: 'requests', 四: 'review', 4: 'review' };

function placesIn(text: string): Place[] {
  const out: Place[] = [];
  for (const m of text.matchAll(PLACE_WORDS)) {
    const item = m[2] ? chineseNumber(m[2]) ?? Number(m[2]) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...(m[1] ? { table: TABLES[m[1]] } : {}), ...(item ? { item } : {}) });
  }
  return out;
}

/** The places a reading's figure is not at (第3项 of a row numbered 三(六)2). */
function misplaced(places: readonly Place[], measures: readonly Measure[]): LeftOver[] {
  const out: LeftOver[] = [];
  for (const p of places) {
    const at = p.target ? standsAt(p as Place & { target: Target }, measures.flatMap((m) => [...targetsOf(m), ...(defaultWhole(m) ? targetsOf(defaultWhole(m)!) : [])]))
      : measures.some((m) => (!p.table || m.table === p.table) && (p.item === undefined || itemNumber(m) === p.item));
    if (!at) out.push({ text: p.text, why: 'word' });
  }
  return out;
}

/** The number a row of 三 has among its siblings (三(六)3 → 3, 二 → 2). */
function itemNumber(m: Measure): number | undefined {
  if (m.table !== 'requests') return undefined;
  const number = REQUEST_ROWS.find((r) => r.id === m.row)?.number;
  const last = number?.match(/(\d+)$|\(([一二三四五六七])\)$|^([一二三四])$/);
  return last ? Number(last[1]) || chineseNumber(last[2] ?? last[3] ?? '') : undefined;
}
const PERCENT_ASKED = /比例|占比|比重|百分|%|率|几成|percent|share|proportion|ratio|rate/;

const fromMention = (m: Mention, role: Word['role']): Word => ({ text: m.text, start: m.start, end: m.end, role });

/** What the arbiter decided, by which rule; `--explain` shows it with every word's role and every candidate. */
function decide(s: Sentence, rule: string, q: Query): Query {
  const trace = s.input.trace;
  if (trace) {
    trace.words = mapped([...mapped(s.mentions, (m) => ({ text: m.text, role: 'term', at: m.start })), ...mapped(s.words, (w) => ({ text: w.text, role: w.role as string, at: w.start }))]
      .sort((a, b) => a.at - b.at), ({ text: t, role }) => ({ text: t, role }));
    trace.candidates = mapped(s.candidates, (c) => ({ reader: c.reader, reading: describe(c.query), score: Math.round(c.score * 100) / 100, left: mapped(c.left, (l) => `${l.text} (${l.why})`) }));
    trace.rule = rule;
  }
  return q;
}

const onlyRoles = (s: Sentence) => s.words.every((w) => w.role !== 'content' && w.role !== 'narrowing' && w.role !== 'number');

/** 「其中被纠正的呢」: a follow-up names part of a figure, the rest comes from the question before. */
function followUpRule(s: Sentence): Query | undefined {
  const merged = followUp(s.input.previous, s.hits, s.flags, () => !!s.input.scoped && onlyRoles(s));
  if (!merged) return undefined;
  const m = merged.measures![0]!;
  const cov: Coverage = { targets: mapped(s.hits.filter((h) => h.target.dim !== 'cue'), (h) => h.target), family: m.table === 'prose' ? undefined : m.table, unit: figureUnit(m, s.report, s.format), op: 'value' };
  const left = blocking(leftOver(s.words, s.mentions, cov));
  const q: Query = { ...merged, lang: s.lang };
  s.candidates.push({ reader: 'table', query: q, score: 0, left });
  return left.length ? undefined : decide(s, 'follow-up: the question names part of a figure, the rest comes from before', q);
}

/**
 * 「其中网络辟谣的呢」 after 「局网站发布信息公开多少条」: a short follow-up to a sentence's figure is
 * about that sentence. Its figure that the question fits answers; words it says without a figure of
 * their own (办结 of 「…目前已全部办结」) are asked back, not read as another table's figure.
 */
function sentenceFollowUpRule(s: Sentence, t: TableResult): Query | undefined {
  const prev = s.input.previous;
  const m = prev?.intent === 'figure' && prev.op === 'value' && prev.measures?.length === 1 ? prev.measures[0]! : undefined;
  const report = s.report;
  if (m?.table !== 'prose' || !report || s.input.scoped || !(s.flags.follow_up || onlyRoles(s))) return undefined;
  const sentence = report.figures[m.figure]!.sentence;
  const fits = proseIndex(report).figures
    .filter((entry) => entry.figure.sentence === sentence && entry.index !== m.figure)
    .filter((entry) => !blocking(leftOver(s.words, s.mentions, proseCoverage(report, { entry, score: 0 }))).length);
  const lang = s.lang;
  if (fits.length === 1) return decide(s, 'follow-up: the sentence of the figure before states the figure asked', { intent: 'figure', lang, op: 'value', measures: [{ table: 'prose', figure: fits[0]!.index }] });
  const said = normalise(sentence);
  if (!fits.length && !s.mentions.some((x) => said.includes(x.text))) return undefined;
  const choices: Measure[] = [m, ...mapped(fits, (e): Measure => ({ table: 'prose', figure: e.index })), ...(t.ok && !fits.length ? t.table!.measures : [])];
  return decide(s, 'clarify: a follow-up to a sentence, which says its words without one figure', { intent: 'clarify', lang, choices });
}

/** The catalogue's terms read as a table cell, then with the words of paraphrases the catalogue has no term for. */
function tableReader(s: Sentence): TableResult {
  const { text, flags, format, words, mentions } = s;
  const readTable = (hits: Hit[]) => {
    const t = tableReading({ text, hits, format, share: flags.share, difference: flags.difference, shareAt: shareWordAt(text), summed: s.summed });
    return { t, left: t ? blocking(leftOver(words, mentions, tableCoverage(t, format))) : [] };
  };
  let { t: table, left } = readTable(s.hits);
  if (table) s.candidates.push({ reader: 'table', query: tableQuery(table, s.lang), score: table.score, left });
  // A paraphrase the catalogue has no term for (「因为会损害别人的合法权益」): its words name a row.
  if (!table || left.length) {
    // The terms a reading left unexplained count as words here (另外制作: 制作 is a column's term too).
    const termWords = mapped(mentions.filter((m) => left.some((l) => l.why === 'term' && l.text === m.text)), (m) => fromMention(m, 'content'));
    const family = table?.measures[0]?.table;
    const extra = vocabularyHits([...words, ...termWords], left, family === 'prose' ? undefined : family);
    if (extra.length) {
      const again = readTable([...s.hits, ...extra]);
      if (again.t) s.candidates.push({ reader: 'table', query: tableQuery(again.t, s.lang), score: again.t.score, left: again.left });
      // The paraphrase's words must name a figure firmly: a lone 发 or 做 (of 制发, 制作) is no
      // question about 规章 or 另行制作, nor 工作 (of 内部工作流程, 法律工作者, 采购工作) about any of them.
      // A term of the catalogue the first reading left unexplained (制作 of 另行制作) names its figure firmly.
      const firm = extra.some((h) => h.score >= MIN_PARAPHRASE || termWords.some((t) => t.start === h.start));
      if (again.t && !again.left.length && firm) ({ t: table, left } = again);
    }
  }
  if (table && s.places.length) {
    // 「不予公开第3项」: the group's item of that number.
    const item = s.places.find((p) => p.item !== undefined)?.item;
    const group = table.op === 'value' && table.measures.length === 1 ? table.measures[0]! : undefined;
    const items = group?.table === 'requests' ? REQUEST_ROW_GROUPS.find((g) => g.id === group.row)?.items : undefined;
    if (group?.table === 'requests' && item && items?.[item - 1]) table = { ...table, measures: [{ ...group, row: items[item - 1]! }] };
    left = [...left, ...misplaced(s.places, table.measures.length ? table.measures : table.choices ?? [])];
  }
  // 「有多少人申请」: people asked of a count of requests is answered with the count, said to be of requests.
  const note = table && countedInstead(left, table.measures, text);
  if (note) {
    s.note = note;
    left = [];
  }
  const ok = !!table && left.length === 0 && (table.measures.length > 0 || !!table.choices?.length);
  const value = table?.op === 'value' && table.measures.length === 1 ? s.input.figureOf?.(table.measures[0]!) : undefined;
  return { table, left, ok, value };
}

/**
 * Sentences of the report that state a figure the question's words fit. Words that name the whole
 * subject (政府信息公开) are in many clauses and weigh little by their rarity; the accounting of every
 * word, not their absence, keeps a figure from being chosen wrongly.
 */
function proseReader(s: Sentence): ProseResult {
  const { report, text, lang, flags, words, mentions } = s;
  const proseWords = lang === 'en' ? narrativeInChinese(text) : text;
  const prose = flags.quantity && report && proseWords ? matchFigures(proseIndex(report), text, bigrams(proseWords)) : [];
  const statedRate = flags.share && report ? statedRates(proseIndex(report), lang === 'en' ? proseWords : text)[0] ?? percentFigure(report, words, mentions) : undefined;
  const all = statedRate ? [statedRate, ...prose] : prose;
  const accounted: FigureMatch[] = [];
  for (const p of all) {
    // A place in the tables (表三第二项) is no sentence's.
    const cov = proseCoverage(report!, p);
    // A place in the tables (表三第二项) is no sentence's; a part of 一 (一(五)) is, when the sentence stands there.
    // (一 printed as one paragraph: the part heading before the sentence says where it stands.)
    const part = s.places.length ? subsectionOf(report!, p.entry.figure) : null;
    const at = part && part !== p.entry.figure.subsection ? [...cov.targets, { dim: 'section', id: p.entry.figure.section, subsection: part } as Target] : cov.targets;
    const elsewhere = s.places.filter((x) => !x.target || !standsAt(x as Place & { target: Target }, at));
    const left = [...blocking(leftOver(words, mentions, cov)), ...mapped(elsewhere, (x): LeftOver => ({ text: x.text, why: 'word' }))];
    // 「网络提交的有多少件」 of 「通过邮寄、网络提交的…共计81件」: the total of the list is not one item's.
    const listedPart = partOfList(p.entry.figure.sentence, p.entry.figure.raw, text);
    if (listedPart) left.push({ text: listedPart, why: 'narrowing' });
    // 「本机关不掌握…没法提供的」 of 「因本机关不掌握等原因无法提供 564 件」: the whole is not its example's figure.
    const example = exampleOfWhole(p.entry.figure.context, text);
    if (example) left.push({ text: example, why: 'narrowing' });
    if (!left.length) accounted.push(p);
    s.candidates.push({ reader: 'prose', query: { intent: 'figure', lang, op: 'value', measures: [{ table: 'prose', figure: p.entry.index }] }, score: p.score, left });
  }
  return { statedRate, accounted, best: accounted[0] };
}

/**
 * Operators are computed or declined, never dropped: 「A和B加起来」 is not A. A sum word alone
 * (一共多少) says "the total"; with a list (A和B一共, A、B加起来) it adds the list up.
 */
function derivedRule(s: Sentence, { table, ok }: TableResult): Query | undefined {
  const { words } = s;
  // 「复议加维持」: 加 between two terms adds them, as 和 would list them.
  const infix = words.some((w) => w.role === 'sum' && isInfixSum(w.text) && s.mentions.some((m) => m.end <= w.start) && s.mentions.some((m) => m.start >= w.end));
  const listed = infix || words.some((w) => w.role === 'and') || /[、,，]/.test(saidPart(s));
  const operators = words.some((w) => w.role === 'minus' || w.role === 'compare') || (listed && s.summed);
  // 「怎么给基层减负」: how, and no number asked: 减 is no operator.
  const described = !(s.flags.quantity || s.flags.share || s.flags.difference) && words.some((w) => w.role === 'describe');
  if (!operators || s.asksWhich || described || (ok && table!.op !== 'value')) return undefined;
  const derived = derivedReading(s.input, [...words, ...s.sums].sort((a, b) => a.start - b.start), s.format);
  // An infix 加 that does not join two figures is not dropped for the one figure its terms make.
  if (!derived && infix) return decide(s, 'clarify: 加 joins parts that are not two figures', { intent: 'clarify', lang: s.lang, choices: table?.measures ?? [] });
  if (!derived) return undefined;
  s.candidates.push(derived);
  return derived.query.intent === 'figure'
    ? decide(s, 'derived: every part of the question is one figure, joined by an operator', derived.query)
    : decide(s, 'clarify: an operator joins parts that are not each one figure', derived.query);
}

/** The question from its first word that says something to its last: chatter around it (「感谢，…对吧」) lists nothing. */
function saidPart(s: Sentence): string {
  let start = s.text.length;
  let end = 0;
  for (const x of [...s.mentions, ...s.words.filter((w) => w.role !== 'filler')]) {
    start = Math.min(start, x.start);
    end = Math.max(end, x.end);
  }
  return s.text.slice(start, end);
}

/** Whether a group target holds a measure's row (不予处理 holds 重复申请). */
function encloses(group: Target, m: Measure): boolean {
  const row = targetsOf(m)[0];
  return !!row && enclosed(group).includes(targetKey(row));
}

/** When the table's cell is missing from the report, a sentence's figure answers. */
const tableMissing = (s: Sentence, t: TableResult) => t.ok && t.table!.measures.length === 1 && !!s.input.figureOf && t.value === undefined;

/**
 * 「你们回复了多少」: a word that is a row's synonym and also the very words of a sentence stating
 * another number (回复网上政务咨询 548 条): both are readings, and they differ. (A comparison across
 * reports compares table figures: a sentence is no rival there.)
 */
function rivalRule(s: Sentence, t: TableResult): Query | undefined {
  const { report, text, table } = { report: s.report, text: s.text, table: t.table };
  if (s.input.comparing || !t.ok || tableMissing(s, t) || t.value === undefined || !report || table!.measures.length !== 1) return undefined;
  const rivalWords = mapped(table!.used.filter((h) => !h.fallback), (h) => text.slice(h.start, h.end).replace(/[了的过]$/, '')).filter((w) => w.length >= 2);
  if (!rivalWords.length) return undefined;
  const rivals = mapped(proseIndex(report).figures
    .filter((e) => e.figure.value !== t.value && rivalWords.some((w) => e.context.includes(w))), (entry) => ({ entry, score: 0 }))
    // A sentence's group (不予处理 80 件) is no rival to its item the table states (重复申请 16 件).
    .filter((p) => !proseCoverage(report, p).targets.some((g) => encloses(g, table!.measures[0]!)))
    // Nor is a sentence that states the cell itself otherwise: the table answers, and says so (answer/caveats.ts).
    .filter((p) => !restatesCell(p.entry.figure, table!.measures[0]!))
    .filter((p) => blocking(leftOver(s.words, s.mentions, proseCoverage(report, p))).length === 0);
  if (!rivals.length) return undefined;
  return tableOrSentence(s, table!.measures[0]!, rivals);
}

/** Whether a sentence's figure is the cell stated again in the text (FORMAT.md relation 6). */
function restatesCell(f: ProseFigure, cell: Measure): boolean {
  const check = restatedCell(f);
  return !!check && sameMeasure(check.cell, cell);
}

/** A table cell and sentences of the report that fit the question alike, and differ: asked back. */
function tableOrSentence(s: Sentence, cell: Measure, sentences: readonly FigureMatch[]): Query {
  const choices: Measure[] = [cell, ...mapped(sentences, (p): Measure => ({ table: 'prose', figure: p.entry.index }))];
  return decide(s, 'clarify: a table row and a sentence of the report both fit the question\'s words', { intent: 'clarify', lang: s.lang, choices });
}

/**
 * A sentence's figure, when no table reading accounts for the question or the sentence fits it better.
 * When an accounted table reading gives the same number (the narrative restating it), the table is
 * the better citation. A question the table reading explains word for word (「行政复议结果维持有多少件」)
 * asks for the table's cell, whatever a sentence that merely names the row (「行政复议 9 项」) says.
 */
function proseRule(s: Sentence, t: TableResult, { statedRate, accounted, best }: ProseResult): Query | undefined {
  // 「结转的申请」 fits 上年结转 and 结转下年度 alike: a sentence that happens to state one does not choose.
  if (!best || s.asksWhich || (t.ok && !!t.table!.choices?.length && statedRate !== best)) return undefined;
  const explainsAll = t.ok && t.table!.measures.length > 0 && s.words.every((w) => w.role !== 'content');
  const preferred = statedRate === best || !t.ok || tableMissing(s, t) || (best.score > t.table!.score && !explainsAll);
  if (!preferred || (t.ok && t.value === best.entry.figure.value)) return undefined;
  // A table cell that accounts for the question by its own terms, and another sentence that states the
  // cell's number (办结 1191): the sentence that scores higher (受理 1295) is a rival, not the answer.
  const named = t.ok && t.value !== undefined && !statedRate && t.table!.used.some((h) => !h.fallback);
  const restated = named && accounted.some((p) => p !== best && p.entry.figure.value === t.value);
  if (restated) return tableOrSentence(s, t.table!.measures[0]!, [best]);
  const rivals = accounted.filter((p) => p !== best && p.score >= best.score * NEAR_TIE && p.entry.figure.value !== best.entry.figure.value);
  const choices: Measure[] = mapped([best, ...rivals], (p) => ({ table: 'prose', figure: p.entry.index }));
  if (rivals.length) return decide(s, 'prose: several sentences state a figure the question fits equally', { intent: 'clarify', lang: s.lang, choices });
  return decide(s, 'prose: a sentence of the report states the figure, and its words account for the question', { intent: 'figure', lang: s.lang, op: 'value', measures: choices });
}

/**
 * A passage answers what is described (存在哪些问题, 要收费吗); a number asked for comes from a table
 * when one fits, unless the passage's words say more than the table's (「信息处理费收了多少」 is about
 * the fee, which the tables do not hold, not about requests received). A number asked of a figure the
 * question narrows (「平均」「粉丝」) is not answered with a passage either, unless what the figure
 * leaves unexplained is the passage's own subject (「信息处理费收了多少」).
 */
function passageRule(s: Sentence, t: TableResult): Query | undefined {
  const passage = s.hits.filter((h) => h.target.dim === 'section').sort((a, b) => b.score - a.score)[0];
  // 「我可以问你哪些问题」: a question about the bot, not about the report's 问题 (a greeting is no such question).
  const aboutBot = s.mentions.some((m) => !GREETING.test(m.text) && m.targets.some((t) => t.target.dim === 'cue' && t.target.cue === 'help'));
  if (passage?.target.dim !== 'section' || aboutBot) return undefined;
  const said = s.text.slice(passage.start, passage.end);
  const quantity = s.flags.quantity;
  const narrowed = quantity && s.candidates.some((c) => c.query.intent === 'figure' && c.left.length > 0 && !c.left.some((l) => l.text === said));
  if (narrowed || (quantity && t.ok)) return undefined;
  const p = passage.target;
  // 「组织了几次培训」: a number asked of a passage that does not say the word it was named by is not there.
  if (quantity && s.report && !s.report.prose.some((x) => x.section === p.id && (!p.subsection || x.subsection === p.subsection) && normalise(x.text).includes(said))) return undefined;
  const q: Query = { intent: 'passage', lang: s.lang, passage: { section: p.id, ...(p.subsection ? { subsection: p.subsection } : {}) } };
  s.candidates.push({ reader: 'passage', query: q, score: passage.score, left: [] });
  return decide(s, 'passage: the question names a section of prose', q);
}

/** 「申请人构成」: a breakdown the catalogue declares, named outright. */
function breakdownRule(s: Sentence, { table, ok }: TableResult): Query | undefined {
  const declared = s.hits.filter((h) => h.target.dim === 'breakdown').sort((a, b) => b.score - a.score)[0];
  if (declared?.target.dim !== 'breakdown' || !(!table || declared.score >= table.score || s.flags.breakdown)) return undefined;
  const id = declared.target.id;
  const b = BREAKDOWNS.find((x) => x.id === id)!;
  const measures = breakdownMeasures(b, s.format);
  // 「不公开的理由是内部事务信息的有几件」: the breakdown named with one of its parts asks for that part.
  const part = ok && table!.op === 'value' && table!.measures.length === 1 ? table!.measures[0]! : undefined;
  if (part && measures.slice(1).some((m) => sameMeasure(m, part))) return undefined;
  const q: Query = { intent: 'figure', lang: s.lang, op: 'breakdown', measures };
  const cov: Coverage = { targets: [declared.target, ...mapped(table?.used ?? [], (h) => h.target)], family: b.whole.table === 'prose' ? undefined : b.whole.table, op: 'breakdown', unit: 'count' };
  const left = blocking(leftOver(s.words, s.mentions, cov));
  s.candidates.push({ reader: 'breakdown', query: q, score: declared.score, left });
  return left.length ? undefined : decide(s, 'breakdown: the question names a whole and its parts', q);
}

/** A table reading that accounts for every word. */
function tableRule(s: Sentence, { table, ok }: TableResult): Query | undefined {
  if (!table || !ok) return undefined;
  const { lang } = s;
  // 「不予公开的构成」「行政复议结果分布」「不予公开哪类最多」: the figure's parts, as the format arranges them.
  if ((s.flags.breakdown || s.asksWhich) && table.op === 'value' && table.measures.length === 1) {
    const whole = table.measures[0]!;
    const parts = breakdownOf(whole, s.format);
    // 「哪类最多」 is answered by a group's items (不予公开的理由), not by who asked (申请人 of 新收).
    const byItem = parts?.slice(1).every((m) => m.table !== 'requests' || whole.table !== 'requests' || m.row !== whole.row);
    if (parts && (s.flags.breakdown || byItem)) return decide(s, 'breakdown: a figure and the word for its parts', { intent: 'figure', lang, op: 'breakdown', measures: parts });
  }
  if (s.asksWhich) return undefined;
  if (table.choices?.length) {
    // Readings that tie but give the same figure are one answer.
    const values = new Set(mapped(table.choices, (m) => s.input.figureOf?.(m)));
    if (values.size === 1 && !values.has(undefined) && !table.columnOnly) return decide(s, 'table: tied readings give one figure', { intent: 'figure', lang, op: 'value', measures: [table.choices[0]!] });
    // 「让我补材料我没补、就不处理了的」: of the figures tied, the row whose own words account for the whole question.
    // (Not when the question joins or compares figures: then each is one of its parts.)
    const joins = s.words.some((w) => JOINING_ROLES.has(w.role));
    const whole = table.columnOnly || joins || s.input.comparing ? [] : table.choices.filter((m) => m.table !== 'prose'
      && blocking(leftOver(s.words, s.mentions, { targets: targetsOf(m), family: m.table, unit: figureUnit(m, undefined, s.format), op: 'value' })).length === 0);
    // Only a group loses so (不予处理 to a row whose label says 不再处理): two rows named each by its label stay a question back.
    const groupsLose = table.choices.every((m) => m === whole[0] || (m.table === 'requests' && REQUEST_ROW_GROUPS.some((g) => g.id === m.row)));
    if (whole.length === 1 && groupsLose) return decide(s, 'table: of the tied readings, one alone accounts for every word', { intent: 'figure', lang, op: 'value', measures: [whole[0]!] });
    return decide(s, 'clarify: the question fits several figures equally', { intent: 'clarify', lang, choices: table.choices });
  }
  return decide(s, 'table: the catalogue terms and their vocabulary account for every word', tableQuery(table, lang));
}

/** No figure reading accounts for the question: a procedure, help, a paragraph, or what the report does not say. */
function lastRules(s: Sentence, table: TableReading | undefined): Query {
  const { lang, report, flags } = s;
  const cue = (c: string) => s.hits.some((h) => h.target.dim === 'cue' && h.target.cue === c);
  // 一共 / 总计 alone do not say which figure: they are not content.
  const content = s.mentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue' && !isDefaultColumn(t)));
  if (cue('how_to')) return decide(s, 'how-to: a procedure, not a figure', { intent: 'none', lang, why: 'how_to' });
  // 「可以问你哪些问题」: help, though 问题 names a section too.
  if (cue('help') && !s.mentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue' && t.target.dim !== 'section' && !isDefaultColumn(t)))) return decide(s, 'help', { intent: 'help', lang });
  // 「政策解读都采用了哪些形式」: no figure is asked for, and a paragraph of the report says it.
  if ((!flags.quantity || s.asksWhich) && report) {
    const found = searchPassages(report, lang === 'en' ? narrativeInChinese(s.text) : s.text);
    if (found) {
      const q: Query = { intent: 'passage', lang, passage: { section: found.section, ...(found.subsection ? { subsection: found.subsection } : {}), line: found.line } };
      s.candidates.push({ reader: 'search', query: q, score: found.score, left: [] });
      return decide(s, 'search: a paragraph of the report shares the question\'s rare words', q);
    }
  }
  // 「有多少件？」: a number is asked for, and nothing says which.
  if (flags.quantity && !content && onlyRoles(s)) return decide(s, 'clarify: a number is asked for and nothing says which', { intent: 'clarify', lang, choices: [] });
  // A figure whose words do not account for the question: the report does not say what is asked.
  const nearest = s.candidates.filter((c) => c.query.intent === 'figure' && c.left.length).sort((a, b) => b.score - a.score)[0];
  if (!nearest) return decide(s, 'no reading', { intent: 'none', lang, why: table ? 'weak' : 'no_match' });
  const m = nearest.query.measures?.length === 1 ? nearest.query.measures[0] : undefined;
  // The words that narrow the figure or measure it otherwise are the reason; without them, every word left.
  // Numbers are never repeated back, in any script or spelling: a reply's numbers come from the report alone.
  const sayable = nearest.left.filter((l) => !writesNumber(l.text));
  const reasons = sayable.filter((l) => l.why === 'narrowing' || l.why === 'unit');
  // 「罚款金额」 of a count of decisions: the reply says what the report counts.
  const note = m && moneyOfCount(nearest.left, figureUnit(m, report, s.format) === 'count');
  return decide(s, 'not stated: words of the question that no figure accounts for', {
    intent: 'none', lang, why: sayable.length ? 'unexplained' : 'weak', unexplained: mapped(reasons.length ? reasons : sayable, (l) => l.text), ...(m ? { suggestion: m } : {}), ...(note ? { note } : {}),
  });
}

const LABEL_NEGATION = /(?:尚未|未经|不予|无法|没有|未|不|没)$/;

/** Whether a figure's label says "not" right before the word (尚未审结, 不予公开, 未经复议). */
function labelNegates(t: Target, word: string): boolean {
  if (!isNegative(t)) return false;
  return labelsOf(t).some((label) => {
    for (let at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) if (LABEL_NEGATION.test(label.slice(0, at))) return true;
    return false;
  });
}

/** Hits for the question's words that the vocabulary of only a few rows or columns holds. */
function vocabularyHits(words: readonly Word[], left: readonly LeftOver[], family?: Family): Hit[] {
  const out: Hit[] = [];
  const terms = new Set(mapped(left.filter((l) => l.why === 'term'), (l) => l.text));
  // A filler the reading could not let pass (直接 of 未经复议直接起诉, in a question about 行政诉讼)
  // names a row too, among those of the table the question is about.
  const unexplained = new Set(mapped(left.filter((l) => l.why === 'word'), (l) => l.text));
  // 「已经审结的」 names what 尚未审结 is not: the word a figure's label negates (审结 of 尚未审结)
  // names it only with a "not" in the question.
  const negated = words.some((w) => w.role === 'negation');
  for (const w of words) {
    const filler = w.role === 'filler' && unexplained.has(w.text);
    if (w.role !== 'content' && !terms.has(w.text) && !filler) continue;
    const named = [w.text, ...(EQUIVALENT[w.text] ?? [])].flatMap(targetsNaming)
      .filter((t) => negated || !labelNegates(t, w.text))
      .filter((t) => !filler || (family !== undefined && familyOf(t.dim) === family));
    const distinct = [...new Map(mapped(named, (t) => [targetKey(t), t])).values()];
    if (!distinct.length || distinct.length > MAX_NAMED) continue;
    for (const target of distinct) {
      const score = (VOCABULARY_WEIGHT * w.text.length) / distinct.length;
      // 「结转到…继续办的」: each word that names a row adds to it (结转 names two rows, 继续 one of them).
      const same = out.find((h) => targetKey(h.target) === targetKey(target));
      if (same) same.score += score;
      else out.push({ target, score, start: w.start, end: w.end });
    }
  }
  return out;
}

function tableQuery(t: TableReading, lang: 'zh' | 'en'): Query {
  return t.choices?.length ? { intent: 'clarify', lang, choices: t.choices } : { intent: 'figure', lang, op: t.op, measures: t.measures, ...(t.wholeFrom ? { wholeFrom: t.wholeFrom } : {}) };
}
