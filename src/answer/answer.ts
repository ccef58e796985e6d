// The product core: a question in, a cited answer out. Every channel calls `answer()`; the work is
// in the synchronous `respond()` (normalise → find words → choose the report → understand →
// look up → render → guard), and `answer()` only loads and saves the conversation's state.
import { mapped } from '../arrays.ts';
import { MAX_QUESTION_CHARS } from '../question-limit.ts';
import type Keyv from 'keyv';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Report } from '../report/schema.ts';
import type { DatesRead } from '../understand/clock.ts';
import { wordsOutside } from '../understand/match.ts';
import { readWithSlips } from '../understand/typos.ts';
import { languageOf } from '../understand/normalise.ts';
import { blank, readQuestion, withOwnPlace, type Asked } from '../understand/question.ts';
import { passagesFor } from '../understand/prose.ts';
import { understand, type Explanation, type Query } from '../understand/query.ts';
import { flagsOf } from '../understand/sentence.ts';
import { negated } from '../understand/negation.ts';
import { impliedChange, type Comparison } from '../understand/compare.ts';
import type { Mention } from '../understand/match.ts';
import { anchorOf, chooseReport, latestOf, type Choice, type Preferences } from './choose.ts';
import { offerNewest, renderSoFar, yearsInScope } from './dates.ts';
import { compareSeries, compareYears, rankAgencies, type Compared } from './compare.ts';
import { OPS } from './ops/index.ts';
import { checkNumbers, yearsOf } from './guard.ts';
import {
  renderClarify, renderClarifyReports, renderFigure, renderHelp, renderNoChange, renderNoPassage, renderNoReport, renderNotFound,
  renderNotStated, renderOutOfScope, renderPassages, readAsSaid, renderRefused,
} from './render.ts';
import { resolve, valueIn } from './resolve.ts';
import { inConversation, recentAfter, type Reply } from './conversation.ts';
import type { ConversationState } from './state-schema.ts';
import type { Turns } from '../store/turns.ts';
import { cacheFor } from './cache.ts';
import type { LlmReaderLike, ToolReading } from '../llm/tools.ts';
import type { Scope } from '../understand/scope.ts';
import type { SectionId } from '../report/schema.ts';
import type { Answer, Response } from './types.ts';

export type { ConversationState } from './state-schema.ts';
export type { Query } from '../understand/query.ts';

export interface AnswerContext {
  kb: KnowledgeBase;
  /** session id; follow-ups read/write state under it */
  session?: string;
  /** session state store (from openStore, or shared turns); absent → no follow-ups */
  sessions?: Keyv | Turns;
  /** a report id to answer from (narrows the choice) */
  report?: string;
  /** hotline operator style: one line, figure + citation */
  brief?: boolean;
  /** for 今年/去年 (default new Date()) */
  now?: Date;
  /** the report to lean on when a question names none and several fit (GONGKAI_DEFAULT_REPORT, read by the channel) */
  defaultReport?: string;
  /** the optional model for questions the catalogue cannot read (GONGKAI_LLM, set up by the channel); none when absent */
  llm?: LlmReaderLike | null;
}

export interface RespondOptions {
  report?: string;
  brief?: boolean;
  now?: Date;
  /** the configured default report: narrows the choice like the conversation's report does */
  defaultReport?: string;
  /** filled in when given: how the question was read (`gongkai ask --explain`) */
  trace?: Explanation;
}

/** A reply that passed the guard, or the refusal; `vouched`: years the question itself implies. */
function guarded(reply: Answer, kb: KnowledgeBase, vouched: number[], lang: 'zh' | 'en'): { answer: Answer; ok: boolean } {
  const verdict = checkNumbers(reply, kb, vouched);
  return verdict.ok ? { answer: reply, ok: true } : { answer: renderRefused(lang), ok: false };
}

/** The question read for which reports it is about, with the years the conversation and defaults make askable. */
function readAsked(question: string, kb: KnowledgeBase, prefs: Preferences, today?: Date): Asked {
  return readQuestion(question, kb, (scope) => yearsInScope(kb, scope, prefs), today);
}

export function respond(question: string, kb: KnowledgeBase, opts: RespondOptions = {}, previous?: ConversationState): Response {
  const prefs: Preferences = { wanted: opts.report, previous: previous?.report, fallback: opts.defaultReport };
  const asked = readAsked(question, kb, prefs, opts.now);
  const { lang, cmp, scope, text, mentions, year, scoped, names, dates } = asked;
  const vouched = [...(year ? [year] : []), ...dates.words.flatMap((w) => (w.year ? [w.year] : []))];
  const brief = opts.brief ?? false;
  // Asks the same question of one report: a ready question offered back must be answered by it.
  const askOf = (q: string, report: Report) => respond(q, kb, { ...opts, report: report.id, trace: undefined }, previous).answer;
  const dated = { lang, normal: asked.normal, dates, agency: scope.agencies.length === 1 ? scope.agencies[0] : anchorOf(kb, prefs)?.meta.agency, previous: previous?.report };
  if (dates.soFar && !scope.unknownAgency && !scope.unknownPlace) return { answer: guarded(renderSoFar(dated, kb, askOf), kb, vouched, lang).answer, state: previous };

  // 「予以公开减少了多少」: a change of one figure, with no base named, is against the year before.
  const implied = cmp.compare ? undefined : impliedChange(text, mentions);
  const compare = cmp.compare ?? implied?.compare;
  const choice = chooseReport(kb, scope, year, prefs);
  if (compare && !(implied?.compare && flagsOf(text).share)) {
    const compareText = implied?.compare ? blank(text, implied.spans) : text;
    const compared = respondCompare(compare, { kb, scope, year, prefs, choice, text: compareText, mentions, lang, brief, previous });
    if (compared) return compared;
  }

  if (!('report' in choice)) {
    // Help and chit-chat do not need a report; a question about a figure does.
    // 「那2023年呢」 after a figure: the follow-up is understood, and the missing report said so.
    const { query: q, mending } = readWithSlips(text, mentions, lang, undefined, (t, m, trace) => understand({ text: t, mentions: m, lang, previous: previous?.query, scoped, trace }), opts.trace);
    if (q.intent === 'help') return { answer: guarded(readAsSaid(renderHelp(kb, lang), mending), kb, vouched, lang).answer, state: previous };
    if (q.intent === 'none') return { answer: readAsSaid(renderOutOfScope(q.why ?? 'no_match', lang), mending), state: previous };
    const missing = renderNoChoice(choice, question, kb, lang);
    const reply = 'none' in choice ? offerNewest(missing, choice, dated, kb, askOf) : missing;
    return { answer: guarded(readAsSaid(reply, mending), kb, vouched, lang).answer, state: previous };
  }

  const report = choice.report;
  const own = withOwnPlace(names, report.meta.agency);
  const inReport = previous?.report === report.id;
  const { query, mending } = readWithSlips(text, mentions, lang, report, (t, m, trace) => understand({
    text: t, mentions: m, lang, report, previous: previous?.query, recent: inReport ? previous.recent : undefined, declined: inReport ? previous.declined : undefined,
    scoped, names: own, figureOf: (x) => valueIn(report, x), trace,
  }), opts.trace);
  // A change asked of a figure the comparison could not take (a narrative figure, a sum, a share):
  // the figure itself is not the answer.
  if (implied?.compare && query.intent === 'figure' && query.op !== 'difference') {
    return { answer: renderNoChange(report, query.measures![0]!, lang), state: previous };
  }
  const { answer, ok } = guarded(readAsSaid(render(report, query, kb, brief), mending), kb, vouched, lang);
  // A question asked back is remembered too: the next message may be its answer (「行政复议那块的」).
  const remembered = ok && (query.intent === 'figure' || query.intent === 'passage' || (query.intent === 'clarify' && !!query.choices?.length));
  // Nothing read, or a number asked with no word for which: the model may try. A figure the
  // question narrows (unexplained words) is never handed over: the report does not say it.
  const unread = (query.intent === 'none' && query.why !== 'unexplained' && query.why !== 'how_to') || (query.intent === 'clarify' && !query.choices?.length && !query.negated);
  const recent = remembered ? recentAfter(previous, query, report.id) : undefined;
  // A question declined with a figure offered: a follow-up to it (「直诉呢」) may mean that figure's kind.
  const declined = !remembered && query.intent === 'none' && query.suggestion ? { ...(previous ?? { query }), report: report.id, declined: query.suggestion } : previous;
  return { answer, state: remembered ? { query, report: report.id, ...(recent ? { recent } : {}) } : declined, ...(unread ? { unread: true as const } : {}) };
}

/** How a question is read, for `gongkai ask --explain`: the report chosen, each word's role, each reader's candidates, the deciding rule. */
export function explain(question: string, kb: KnowledgeBase, opts: RespondOptions = {}): { report?: string; explanation?: Explanation; dates: DatesRead; scope: Scope; answer: Answer } {
  const prefs: Preferences = { wanted: opts.report, fallback: opts.defaultReport };
  const { scope, year, dates } = readAsked(question, kb, prefs, opts.now);
  const choice = chooseReport(kb, scope, year, prefs);
  const report = 'report' in choice ? choice.report : undefined;
  const trace = {} as Explanation;
  const { answer } = respond(question, kb, { ...opts, trace });
  return { ...(report ? { report: report.id } : {}), explanation: trace.rule ? trace : undefined, dates, scope, answer };
}

function renderNoChoice(choice: Exclude<Choice, { report: Report }>, question: string, kb: KnowledgeBase, lang: 'zh' | 'en'): Answer {
  return 'none' in choice ? renderNoReport(choice, kb, lang) : renderClarifyReports(choice.ambiguous, question.trim(), lang);
}

interface CompareInput {
  kb: KnowledgeBase;
  scope: Scope;
  year: number | undefined;
  prefs: Preferences;
  /** the report the question itself is about, as the ordinary path chooses it */
  choice: Choice;
  text: string;
  mentions: Mention[];
  lang: 'zh' | 'en';
  brief: boolean;
  previous?: ConversationState;
}

/**
 * A comparison across reports, when the question names one figure of the tables; undefined lets the
 * ordinary path answer (or say why it cannot).
 */
function respondCompare(compare: Comparison, { kb, scope, year, prefs, choice, text, mentions, lang, brief, previous }: CompareInput): Response | undefined {
  if (scope.unknownAgency || scope.unknownPlace) return undefined;
  // 「同比增长百分之多少」: the change asked in percent. Its words say how, not which figure; the
  // longer word wins (增减率 is not the column 增减).
  const rateWords = OPS.change_rate.words;
  const inside = (m: Mention) => rateWords.some((w) => {
    const at = text.indexOf(w, Math.max(0, m.end - w.length));
    return at >= 0 && at <= m.start && at + w.length >= m.end && w.length > m.end - m.start;
  });
  const inPercent = compare.kind === 'versus' ? wordsOutside(text, mentions.filter((m) => !inside(m)), rateWords) : [];
  const figureText = blank(text, inPercent);
  const figureMentions = mentions.filter((m) => !inPercent.some(([a, b]) => m.start >= a && m.end <= b));
  const measureOf = (report: Report) => {
    const q = understand({ text: figureText, mentions: figureMentions, lang, report, figureOf: (m) => valueIn(report, m), comparing: true });
    const m = q.intent === 'figure' && q.op === 'value' && q.measures?.length === 1 ? q.measures[0]! : undefined;
    return m && m.table !== 'prose' ? { q, m } : undefined;
  };
  let compared: Compared | undefined;
  let report: Report | undefined;
  let query: Query | undefined;
  if (compare.kind === 'rank') {
    // The year named, else the conversation's (or default) report's, else the latest there is.
    const rankYear = year ?? anchorOf(kb, prefs)?.meta.year ?? Math.max(...yearsOf(kb));
    const reports = scope.agencies.length >= 2 ? scope.agencies.flatMap((a) => kb.find(a, rankYear) ?? []) : kb.forYear(rankYear);
    if (!reports.length) return undefined;
    const read = measureOf(reports[0]!);
    if (!read) return undefined;
    compared = rankAgencies(reports, read.m, compare, rankYear, lang, brief);
    query = read.q;
  } else {
    // One agency named without a year: compare from its latest report.
    const from = 'ambiguous' in choice && new Set(mapped(choice.ambiguous, (r) => kb.agencyOf(r))).size === 1
      ? { report: latestOf(choice.ambiguous)! }
      : choice;
    if (!('report' in from)) return undefined;
    report = from.report;
    const read = measureOf(report);
    // 「比上一年增加了多少」 alone: which figure?
    if (!read && !mentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue'))) return { answer: renderClarify(report, [], lang), state: previous };
    if (!read) return undefined;
    compared = compare.kind === 'versus' ? compareYears(kb, report, read.m, compare, lang, brief, inPercent.length > 0) : compareSeries(kb, report, read.m, compare, lang, brief);
    query = read.q;
  }
  const { answer, ok } = guarded(compared.answer, kb, [...(year ? [year] : []), ...compared.years], lang);
  const state = ok && query ? { query: { ...query, compare }, report: report?.id ?? previous?.report } : previous;
  return { answer, state };
}

function render(report: Report, q: Query, kb: KnowledgeBase, brief: boolean): Answer {
  switch (q.intent) {
    case 'figure': {
      const r = resolve(report, q.op ?? 'value', q.measures ?? [], q.round, q.wholeFrom);
      return r.ok ? renderFigure(report, r, q.lang, brief, q.note) : renderNotFound(report, r.measure, r.failure, q.lang, q.op);
    }
    case 'passage': {
      const { section, subsection, line } = q.passage!;
      const paragraph = line === undefined ? [] : report.prose.filter((p) => p.line === line && p.section === section);
      const passages = paragraph.length ? paragraph : passagesFor(report, section, subsection);
      // A report without the subheading still has the section's text.
      const found = passages.length ? passages : passagesFor(report, section);
      return found.length ? renderPassages(report, found, q.lang, brief) : renderNoPassage(report, section, subsection, q.lang);
    }
    case 'clarify':
      return renderClarify(report, q.choices ?? [], q.lang, q.negated);
    case 'help':
      return renderHelp(kb, q.lang);
    case 'none':
      return q.why === 'unexplained' && q.unexplained?.length ? renderNotStated(report, q.unexplained, q.suggestion, q.lang, q.note) : renderOutOfScope(q.why ?? 'no_match', q.lang);
  }
}

/** Answers one question; with a session, remembers it for the next. */
export async function answer(asked: string, context: AnswerContext): Promise<Answer> {
  const question = asked.length > MAX_QUESTION_CHARS ? asked.slice(0, MAX_QUESTION_CHARS) : asked; // a longer message cannot fill the caches
  const { kb, session, sessions } = context;
  const now = context.now ?? new Date();
  const cache = cacheFor(kb);
  const defaultReport = context.defaultReport;
  const options = { report: context.report, brief: context.brief, now, defaultReport };
  // The model's reading depends on the question alone: asked once, however often the turn is answered.
  let reading: Promise<ToolReading | undefined> | undefined;
  const reply: Reply<Answer> = async (previous) => {
    const key = cache.key(question, `${context.report ?? ''}\u0002${defaultReport ?? ''}`, context.brief, now.getUTCFullYear(), previous);
    let response = await cache.get(key);
    if (!response) {
      response = respond(question, kb, options, previous);
      await cache.set(key, response);
    }
    // A question the catalogue could not read may go to the optional model, which can only choose
    // a lookup; the reply is then made here, by the same resolver, templates and guard.
    const llm = context.llm ?? null;
    if ((response.answer.kind === 'out_of_scope' || response.unread) && llm) {
      const read = await (reading ??= llm.read(question, kb));
      const answered = read && respondToReading(read, question, kb, options, previous);
      if (answered && answered.answer.kind !== 'out_of_scope') response = answered;
    }
    return { result: response.answer, state: response.state };
  };
  if (!session || !sessions) return (await reply(undefined)).result;
  return inConversation(sessions, session, reply);
}

/**
 * A reading chosen by the optional model (a validated tool call), answered like any other: the
 * report is the one the question names, asked for, talked about, or the only one; figures come from
 * resolve(), words from the templates, and the guard checks every number.
 */
export function respondToReading(reading: ToolReading, question: string, kb: KnowledgeBase, opts: RespondOptions, previous?: ConversationState): Response {
  const lang = languageOf(question);
  if (reading.kind === 'list_reports') return { answer: guarded(renderHelp(kb, lang), kb, [], lang).answer, state: previous };
  const named = reading.report && kb.get(reading.report) ? reading.report : undefined;
  // The agency and year the question names decide over the report the model or the channel picked.
  const prefs: Preferences = { wanted: opts.report ?? named, previous: previous?.report, fallback: opts.defaultReport };
  const { scope, year, cmp, text, mentions } = readAsked(question, kb, prefs, opts.now);
  // A question that negates a figure or asks how one changed is not answered by the figure itself.
  if (reading.kind === 'figure' && (cmp.compare || impliedChange(text, mentions).compare || negated(text, mentions))) {
    return { answer: renderOutOfScope('weak', lang), state: previous };
  }
  const choice = chooseReport(kb, scope, year, prefs);
  if (!('report' in choice)) return { answer: guarded(renderNoChoice(choice, question, kb, lang), kb, [], lang).answer, state: previous };
  const query: Query = reading.kind === 'figure'
    ? { intent: 'figure', lang, op: reading.op, measures: reading.measures }
    : { intent: 'passage', lang, passage: { section: reading.section as SectionId, ...(reading.subsection ? { subsection: reading.subsection } : {}) } };
  const { answer, ok } = guarded(render(choice.report, query, kb, opts.brief ?? false), kb, [], lang);
  return { answer, state: ok ? { query, report: choice.report.id } : previous };
}
