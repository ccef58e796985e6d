// A question, understood: what it asks for (a figure, a passage, help) in terms of the catalogue,
// before any value is looked up. The best-supported reading wins; readings that tie and would give
// different figures become a question back to the user.
import { BREAKDOWNS, NARRATIVE_GLOSSARY, type FormatVersion, type SectionId } from '../catalogue/format.ts';
import type { Report } from '../report/schema.ts';
import { DOMAIN_WORDS, FILLER_WORDS, FLAGS, NEGATION } from './cues.ts';
import { strength, wordsOutside, type Mention } from './match.ts';
import { breakdownMeasures, breakdownOf, complementOf, type Measure } from './measure.ts';
import type { Comparison } from './compare.ts';
import { bigrams, matchFigures, proseIndex, statedRates } from './prose.ts';
import { familyOf, hitsOf, isColDim, isDefaultColumn, isRowDim, tableReading, type Hit, type Op, type TableReading } from './readings.ts';

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
  passage?: { section: SectionId; subsection?: string };
  /** clarify: the figures the question could mean (empty: it named none) */
  choices?: Measure[];
  /** clarify: the question negates or excludes the figure it names (「没有予以公开的」) */
  negated?: true;
  /** none: why nothing was answered */
  why?: 'how_to' | 'no_match' | 'weak';
}

export type Flag = keyof typeof FLAGS;
export type Flags = Record<Flag, boolean>;

// Chinese flag words occur anywhere; English ones as whole words ('ratio' is not in 'reconsiderations').
const FLAG_TESTS = (Object.entries(FLAGS) as [Flag, readonly string[]][]).map(([flag, words]) => {
  const latin = words.filter((w) => /^[a-z]/.test(w));
  const escaped = latin.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
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
}

/** An English question's narrative words, as the Chinese the report prints (see NARRATIVE_GLOSSARY). */
function narrativeInChinese(text: string): string {
  return NARRATIVE_WORDS.filter(({ re }) => re.test(text)).map(({ zh }) => zh).join(' ');
}
const NARRATIVE_WORDS = NARRATIVE_GLOSSARY.map(({ en, zh }) => ({
  zh,
  re: new RegExp(`(?:^|[^a-z0-9])(?:${en.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![a-z0-9])`),
}));

function withoutDomainWords(text: string): string {
  let out = text;
  for (const w of DOMAIN_WORDS) if (out.includes(w)) out = out.replaceAll(w, ' ');
  return out;
}

/** Strength of what the question says that no catalogue word, cue or filler explains. */
function unexplained(text: string, mentions: Mention[]): number {
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    rest += text.slice(at, m.start) + ' ';
    at = m.end;
  }
  rest = withoutDomainWords(rest + text.slice(at));
  rest = rest.replace(FILLER_WORDS, ' ').replace(/[^\p{Script=Han}a-z]/gu, '');
  return strength(rest);
}

const FOLLOW_UP_WORDS = [...FLAGS.follow_up];

/**
 * Only a part of a figure was said (「那部分公开呢？」「其中自然人呢？」): take the rest from before.
 * A question that names no part of a figure repeats the previous one only when it names another
 * report (「那2023年呢」「郑州住建局呢」) and says nothing else: 「那你们局长是谁？」 and 「还有呢」 are
 * not asking for the same figure again.
 */
function followUp(previous: Query | undefined, hits: Hit[], flags: Flags, again: () => boolean): Query | undefined {
  const prev = previous?.intent === 'figure' && previous.op === 'value' && previous.measures?.length === 1 ? previous.measures[0]! : undefined;
  if (!prev || prev.table === 'prose') return undefined;
  const content = hits.filter((h) => isRowDim(h.target.dim) || isColDim(h.target.dim));
  const rows = content.filter((h) => isRowDim(h.target.dim) && familyOf(h.target.dim) === prev.table);
  const cols = content.filter((h) => isColDim(h.target.dim) && familyOf(h.target.dim) === prev.table);
  if (content.length !== rows.length + cols.length) return undefined; // it moved to another table
  const best = (list: Hit[]) => [...list].sort((a, b) => b.score - a.score)[0];
  const row = best(rows);
  const col = best(cols);
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

/** The question with the words that only say it follows on (那, 呢, what about) blanked. */
function withoutFollowUpWords(text: string): string {
  let out = text;
  for (const w of FOLLOW_UP_WORDS) if (out.includes(w)) out = out.replaceAll(w, ' '.repeat(w.length));
  return out;
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
export function understand(input: UnderstandInput): Query {
  const q = read(input);
  if (q.intent !== 'figure' || !negated(input.text, input.mentions)) return q;
  const named = q.op === 'value' || q.op === 'sum' ? q.measures ?? [] : [];
  return { intent: 'clarify', lang: q.lang, choices: complementOf(named, input.report?.meta.format ?? '2021'), negated: true };
}

function read({ text, mentions, lang, report, previous, scoped, figureOf }: UnderstandInput): Query {
  const flags = flagsOf(text);
  const hits = hitsOf(mentions);
  const cue = (c: string) => hits.some((h) => h.target.dim === 'cue' && h.target.cue === c);
  // 一共 / 总计 alone do not say which figure: they are not content.
  const content = mentions.filter((m) => m.targets.some((t) => t.target.dim !== 'cue' && !isDefaultColumn({ ...t, start: m.start, end: m.end })));
  const rest = unexplained(text, mentions);
  const format: FormatVersion = report?.meta.format ?? '2021';

  const merged = followUp(previous, hits, flags, () => !!scoped && unexplained(withoutFollowUpWords(text), mentions) === 0);
  if (merged) return { ...merged, lang };

  const table = tableReading({ text, hits, format, share: flags.share, difference: flags.difference, shareAt: text.indexOf('占') });
  // Words that name the whole subject (政府信息公开) are in every clause: they cannot tell figures apart.
  const proseWords = lang === 'en' ? narrativeInChinese(text) : withoutDomainWords(text);
  const prose = flags.quantity && report && proseWords ? matchFigures(proseIndex(report), text, bigrams(proseWords)) : [];
  const passage = hits
    .filter((h) => h.target.dim === 'section')
    .sort((a, b) => b.score - a.score)[0];

  // A figure from the narrative, when its words say more than any table row's. When the table
  // gives the same number (the narrative restating it), the table is the better citation.
  // A rate the report states (回复率 100%) is the answer to a question about that rate: a share is
  // computed only from a part and a whole the tables have.
  const statedRate = flags.share && report ? statedRates(proseIndex(report), lang === 'en' ? proseWords : text)[0] ?? prose.find((p) => p.entry.figure.unit === '%') : undefined;
  const bestProse = statedRate ?? prose[0];
  const tableValue = table?.op === 'value' && table.measures.length === 1 ? figureOf?.(table.measures[0]!) : undefined;
  // A question the table reading explains word for word (「行政复议结果维持有多少件」) asks for the
  // table's cell, whatever a sentence that merely names the row (「行政复议 9 项」) says.
  const tableExplainsAll = !!table && table.measures.length > 0 && rest <= 0.5;
  // An English question whose table reading leaves its own words unexplained (「hotline tickets
  // received」) is about what the narrative words name.
  const weakTable = !!table && lang === 'en' && rest > table.matched + 1;
  if (bestProse && (statedRate || !table || weakTable || (bestProse.score > table.score && !tableExplainsAll)) && tableValue !== bestProse.entry.figure.value) {
    const rivals = prose.filter((p) => p.score >= bestProse.score * 0.95 && p.entry.figure.value !== bestProse.entry.figure.value);
    const choices: Measure[] = [bestProse, ...rivals].map((p) => ({ table: 'prose', figure: p.entry.index }));
    if (rivals.length) return { intent: 'clarify', lang, choices };
    return { intent: 'figure', lang, op: 'value', measures: choices };
  }

  // A passage answers what is described (存在哪些问题, 要收费吗); a number asked for comes from a table
  // when one fits, unless the passage's words say more than the table's (「信息处理费收了多少」 is
  // about the fee, which the tables do not hold, not about requests received).
  if (passage?.target.dim === 'section' && (!flags.quantity || !table || passage.score > table.score)) {
    const t = passage.target;
    return { intent: 'passage', lang, passage: { section: t.id, ...(t.subsection ? { subsection: t.subsection } : {}) } };
  }
  // A figure is only given when the catalogue words explain most of the question: 「有多少员工因为处罚被开除」
  // mentions 处罚, but is not asking for the number of penalties.
  // English words weigh a third of a character each, so an English question's unexplained words
  // (「hotline tickets」) are held to a stricter bound than a Chinese question's.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const confident = (t: TableReading) =>
    flags.quantity ? rest <= (ascii ? t.matched + 1 : 1.5 * t.matched + 2) : !cue('how_to') && t.matched >= rest;
  // 「申请人构成」: a breakdown the catalogue declares, named outright.
  const declared = hits.filter((h) => h.target.dim === 'breakdown').sort((a, b) => b.score - a.score)[0];
  if (declared?.target.dim === 'breakdown' && (!table || declared.score >= table.score || flags.breakdown)) {
    const b = BREAKDOWNS.find((x) => x.id === (declared.target as { id: string }).id)!;
    return { intent: 'figure', lang, op: 'breakdown', measures: breakdownMeasures(b, format) };
  }
  if (table && confident(table)) {
    // 「不予公开的构成」「行政复议结果分布」: the figure's parts, as the format arranges them.
    if (flags.breakdown && table.op === 'value' && table.measures.length === 1) {
      const parts = breakdownOf(table.measures[0]!, format);
      if (parts) return { intent: 'figure', lang, op: 'breakdown', measures: parts };
    }
    if (table.op === 'difference') return { intent: 'figure', lang, op: 'difference', measures: table.measures };
    if (table.choices?.length) {
      // Readings that tie but give the same figure are one answer.
      const values = new Set(table.choices.map((m) => figureOf?.(m)));
      if (values.size === 1 && !values.has(undefined)) return { intent: 'figure', lang, op: 'value', measures: [table.choices[0]!] };
      return { intent: 'clarify', lang, choices: table.choices };
    }
    return { intent: 'figure', lang, op: table.op, measures: table.measures };
  }
  if (cue('how_to')) return { intent: 'none', lang, why: 'how_to' };
  if (cue('help') && !content.length) return { intent: 'help', lang };
  // 「有多少件？」: a number is asked for, and nothing says which.
  if (flags.quantity && !content.length && rest === 0) return { intent: 'clarify', lang, choices: [] };
  return { intent: 'none', lang, why: table ? 'weak' : 'no_match' };
}
