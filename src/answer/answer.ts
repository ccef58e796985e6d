// The product core: a question in, a cited answer out. Every channel calls `answer()`; the work is
// in the synchronous `respond()` (normalise → find words → choose the report → understand →
// look up → render → guard), and `answer()` only loads and saves the conversation's state.
import type Keyv from 'keyv';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Report } from '../report/schema.ts';
import type { CueKind } from '../understand/cues.ts';
import { findMentions } from '../understand/match.ts';
import { languageOf, normalise } from '../understand/normalise.ts';
import { passagesFor } from '../understand/prose.ts';
import { understand, type Query } from '../understand/query.ts';
import { agencyIndex, findScope } from '../understand/scope.ts';
import { chooseReport, yearAsked } from './choose.ts';
import { checkNumbers } from './guard.ts';
import {
  renderClarify, renderClarifyReports, renderFigure, renderHelp, renderNoPassage, renderNoReport, renderNotFound,
  renderOutOfScope, renderPassages, renderRefused,
} from './render.ts';
import { resolve, valueIn } from './resolve.ts';
import { loadState, saveState, type SessionState } from './session.ts';
import { cacheFor } from './cache.ts';
import type { ToolReading } from '../llm/tools.ts';
import type { Scope } from '../understand/scope.ts';
import type { SectionId } from '../report/schema.ts';
import type { Answer } from './types.ts';

export type { SessionState } from './session.ts';
export type { Query } from '../understand/query.ts';

export interface AnswerContext {
  kb: KnowledgeBase;
  /** session id; follow-ups read/write state under it */
  session?: string;
  /** session state store (from openStore); absent → no follow-ups */
  sessions?: Keyv;
  /** a report id to answer from (narrows the choice) */
  report?: string;
  /** hotline operator style: one line, figure + citation */
  brief?: boolean;
  /** for 今年/去年 (default new Date()) */
  now?: Date;
  /** the optional model for questions the catalogue cannot read; default from GONGKAI_LLM, null for none */
  llm?: LlmReaderLike | null;
}

/** What answer() needs of the optional model: a reading of the question, or nothing. */
export interface LlmReaderLike {
  read(question: string, kb: KnowledgeBase): Promise<ToolReading | undefined>;
}

export interface RespondOptions {
  report?: string;
  brief?: boolean;
  now?: Date;
}

export interface Response {
  answer: Answer;
  /** what the conversation remembers after this question */
  state?: SessionState;
}

/** Agency and year words are about which report, not which figure: blank them for matching. */
function blank(text: string, spans: [number, number][]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

export function respond(question: string, kb: KnowledgeBase, opts: RespondOptions = {}, previous?: SessionState): Response {
  const lang = languageOf(question);
  const normal = normalise(question);
  const scope = findScope(normal, agencyIndex(kb));
  const text = blank(normal, scope.spans);
  const mentions = findMentions(text);
  const cues = mentions.flatMap((m) => m.targets.flatMap((t) => (t.target.dim === 'cue' ? [t.target.cue] : []))) as CueKind[];
  const year = yearAsked(scope, cues, opts.now ?? new Date());
  const choice = chooseReport(kb, scope, year, opts.report, previous?.report);

  if (!('report' in choice)) {
    // Help and chit-chat do not need a report; a question about a figure does.
    const q = understand({ text, mentions, lang });
    if (q.intent === 'help') return { answer: renderHelp(kb.all(), lang), state: previous };
    if (q.intent === 'none') return { answer: renderOutOfScope(q.why ?? 'no_match', lang), state: previous };
    if ('none' in choice) return { answer: renderNoReport(choice.none, kb.all(), lang), state: previous };
    return { answer: renderClarifyReports(choice.ambiguous, question.trim(), lang), state: previous };
  }

  const report = choice.report;
  const query = understand({ text, mentions, lang, report, previous: previous?.query, figureOf: (m) => valueIn(report, m) });
  const reply = render(report, query, kb, opts.brief ?? false);
  const verdict = checkNumbers(reply, kb);
  const answer = verdict.ok ? reply : renderRefused(lang);
  const remembered = verdict.ok && (query.intent === 'figure' || query.intent === 'passage');
  return { answer, state: remembered ? { query, report: report.id } : previous };
}

function render(report: Report, q: Query, kb: KnowledgeBase, brief: boolean): Answer {
  switch (q.intent) {
    case 'figure': {
      const r = resolve(report, q.op ?? 'value', q.measures ?? []);
      return r.ok ? renderFigure(report, r, q.lang, brief) : renderNotFound(report, r.measure, r.failure, q.lang);
    }
    case 'passage': {
      const { section, subsection } = q.passage!;
      const passages = passagesFor(report, section, subsection);
      // A report without the subheading still has the section's text.
      const found = passages.length ? passages : passagesFor(report, section);
      return found.length ? renderPassages(report, found, q.lang, brief) : renderNoPassage(report, section, subsection, q.lang);
    }
    case 'clarify':
      return renderClarify(report, q.choices ?? [], q.lang);
    case 'help':
      return renderHelp(kb.all(), q.lang);
    case 'none':
      return renderOutOfScope(q.why ?? 'no_match', q.lang);
  }
}

/** Answers one question; with a session, remembers it for the next. */
export async function answer(question: string, context: AnswerContext): Promise<Answer> {
  const { kb, session, sessions } = context;
  const keep = session && sessions ? { session, sessions } : undefined;
  const previous = keep ? await loadState(keep.sessions, keep.session) : undefined;
  const now = context.now ?? new Date();
  const cache = cacheFor(kb);
  const key = cache.key(question, context.report, context.brief, now.getFullYear(), previous);
  let response = cache.get(key);
  if (!response) {
    response = respond(question, kb, { report: context.report, brief: context.brief, now }, previous);
    cache.set(key, response);
  }
  // A question the catalogue could not read may go to the optional model, which can only choose
  // a lookup; the reply is then made here, by the same resolver, templates and guard.
  const llm = context.llm === undefined ? await defaultLlm() : context.llm;
  if (response.answer.kind === 'out_of_scope' && llm) {
    const reading = await llm.read(question, kb);
    const read = reading && respondToReading(reading, question, kb, { report: context.report, brief: context.brief }, previous);
    if (read && read.answer.kind !== 'out_of_scope') response = read;
  }
  const { answer: reply, state } = response;
  if (keep && state && state !== previous) await saveState(keep.sessions, keep.session, state);
  return reply;
}

/**
 * A reading chosen by the optional model (a validated tool call), answered like any other: the
 * report is the one named, asked for, talked about, or the only one; figures come from resolve(),
 * words from the templates, and the guard checks every number.
 */
const NO_SCOPE: Scope = { agencies: [], spans: [] };

export function respondToReading(reading: ToolReading, question: string, kb: KnowledgeBase, opts: RespondOptions, previous?: SessionState): Response {
  const lang = languageOf(question);
  if (reading.kind === 'list_reports') return { answer: renderHelp(kb.all(), lang), state: previous };
  const named = reading.report && kb.get(reading.report) ? reading.report : undefined;
  const choice = chooseReport(kb, NO_SCOPE, undefined, opts.report ?? named, previous?.report);
  if (!('report' in choice)) {
    if ('none' in choice) return { answer: renderNoReport(choice.none, kb.all(), lang), state: previous };
    return { answer: renderClarifyReports(choice.ambiguous, question.trim(), lang), state: previous };
  }
  const query: Query = reading.kind === 'figure'
    ? { intent: 'figure', lang, op: reading.op, measures: reading.measures }
    : { intent: 'passage', lang, passage: { section: reading.section as SectionId, ...(reading.subsection ? { subsection: reading.subsection } : {}) } };
  const reply = render(choice.report, query, kb, opts.brief ?? false);
  const verdict = checkNumbers(reply, kb);
  return verdict.ok ? { answer: reply, state: { query, report: choice.report.id } } : { answer: renderRefused(lang), state: previous };
}

let llmFromEnv: Promise<LlmReaderLike | null> | undefined;
/** The model named by GONGKAI_LLM, loaded on first use; none when unset (LangChain is then never loaded). */
function defaultLlm(): Promise<LlmReaderLike | null> {
  llmFromEnv ??= (async () => {
    const { readLlmConfig } = await import('../llm/config.ts');
    const cfg = readLlmConfig();
    if (!cfg) return null;
    const { LlmReader } = await import('../llm/reader.ts');
    const { createLogger } = await import('../channels/log.ts');
    const { pino } = await import('pino');
    // stderr: standard output belongs to the replies (gongkai ask --jsonl).
    const log = createLogger(pino.destination(2));
    return new LlmReader(cfg, (r) => log.info({ llm: cfg.provider, model: cfg.model, ...r }, 'llm'));
  })();
  return llmFromEnv;
}
