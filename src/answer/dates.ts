// Replies about years the knowledge base has no report for, read from the date words of a question:
// 「今年到现在」 (an annual report never says part of a year) and 去年/2023年 when that year's report
// is not loaded. Both offer the newest report's figure as a ready question, never its number.
import { mapped } from '../arrays.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Report } from '../report/schema.ts';
import type { DatesRead, YearsInScope } from '../understand/clock.ts';
import type { Scope } from '../understand/scope.ts';
import { anchorOf, anchorYear, latestOf, type Missing, type Preferences } from './choose.ts';
import { reportTitle, type Lang } from './labels.ts';
import { answer, phrase } from './render.ts';
import type { Answer } from './types.ts';

/** The years the question's scope (its agencies, else the conversation's, else all) has reports for. */
export function yearsInScope(kb: KnowledgeBase, scope: Scope, prefs: Preferences): YearsInScope {
  const previous = prefs.previous ? kb.get(prefs.previous) : undefined;
  const pinned = (prefs.wanted ? kb.get(prefs.wanted) : undefined) ?? anchorOf(kb, prefs);
  const agencies = scope.agencies.length ? scope.agencies : pinned ? [pinned.meta.agency] : [];
  return {
    conversationYear: previous?.meta.year,
    covered: (year) => (agencies.length ? agencies.some((a) => !!kb.find(a, year)) : kb.forYear(year).length > 0),
    newest: () => anchorYear(kb, scope, prefs),
  };
}

/** The newest report of the agency asked about: the one named, else the conversation's, else the only agency loaded. */
function newestOf(kb: KnowledgeBase, agency: string | undefined): Report | undefined {
  const agencies = agency ? [agency] : [...kb.agencies()];
  return agencies.length === 1 ? latestOf(kb.forAgency(agencies[0]!)) : undefined;
}

/** The question with the date words replaced by the newest report's year. */
function readyQuestion(normal: string, spans: [number, number][], year: number, lang: Lang): string {
  const sorted = [...spans].sort((a, b) => b[0] - a[0]);
  let out = normal;
  sorted.forEach(([a, b], k) => {
    const first = k === sorted.length - 1;
    out = out.slice(0, a) + (first ? phrase(lang, 'in_year', { year: String(year) }) : '') + out.slice(b);
  });
  return out.replace(/\s{2,}/g, ' ').trim();
}

/** Whether the newest report answers the ready question with a figure: only then is it offered. */
function answers(report: Report | undefined, question: string | undefined, ask: Ask): report is Report {
  return !!report && !!question && ask(question, report).kind === 'figure';
}

/** Asks a question of one report (the ordinary path, with the report pinned). */
export type Ask = (question: string, report: Report) => Answer;

export interface DateAsked {
  lang: Lang;
  normal: string;
  dates: DatesRead;
  /** the agency asked about, when one */
  agency?: string;
  /** the report the conversation's last figure came from: offering it again says nothing new */
  previous?: string;
}

/** 「今年到现在收了多少申请」: no annual report says it; the newest report's figure is offered. */
export function renderSoFar(asked: DateAsked, kb: KnowledgeBase, ask: Ask): Answer {
  const { lang, dates } = asked;
  const so = dates.soFar!;
  const year = so.year!;
  const newest = newestOf(kb, asked.agency);
  const missing = newest && newest.meta.year < year ? phrase(lang, 'year_not_reported', { year: String(year) }) : '';
  const question = newest ? readyQuestion(asked.normal, [so.span], newest.meta.year, lang) : undefined;
  const offered = answers(newest, question, ask);
  const text = phrase(lang, 'so_far', { asked: so.word, year: String(year) }) + missing
    + (offered ? phrase(lang, 'offer_newest', { report: reportTitle(newest, lang), question: question! }) : '');
  return answer('not_found', lang, text, offered ? { options: [{ label: reportTitle(newest, lang), question: question! }] } : {});
}

/** 「去年收了多少」 with no report of that year: the reply says so and offers the newest report's figure. */
export function offerNewest(reply: Answer, missing: Missing, asked: DateAsked, kb: KnowledgeBase, ask: Ask): Answer {
  if (missing.none !== 'year' || missing.year === undefined) return reply;
  const newest = newestOf(kb, missing.agency ?? asked.agency);
  if (!newest || newest.meta.year === missing.year || newest.id === asked.previous) return reply;
  const word = asked.dates.words.find((w) => w.year === missing.year);
  const spans: [number, number][] = word ? [word.span] : mapped([...asked.normal.matchAll(new RegExp(`${missing.year}\\s*(?:年度|年)?`, 'g'))].slice(0, 1), (m) => [m.index!, m.index! + m[0].length] as [number, number]);
  if (!spans.length) return reply;
  const question = readyQuestion(asked.normal, spans, newest.meta.year, asked.lang);
  if (!answers(newest, question, ask)) return reply;
  const line = phrase(asked.lang, 'offer_newest', { report: reportTitle(newest, asked.lang), question });
  return { ...reply, text: `${reply.text}${line}`, body: `${reply.body}${line}`, options: [{ label: reportTitle(newest, asked.lang), question }] };
}
