// A question read for which reports it is about, before any report is chosen: its language, its
// comparison words, the agency and year it names (blanked, for they say which report, not which
// figure), its date words, and the names an English question capitalises.
import { NARRATIVE_GLOSSARY } from '../catalogue/format.ts';
import { governmentOf } from '../catalogue/places.ts';
import { AGENCY_RUN, CAPITALISED_NAME, OFFICE_OWN_PLACE_WORDS, OWN_PLACE_WORDS } from '../catalogue/reading-words.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { readDates, withMovedInto, type DatesRead, type YearsInScope } from './clock.ts';
import { findComparison, type ComparisonCue } from './compare.ts';
import { findMentions, type Mention } from './match.ts';
import { languageOf, normalise } from './normalise.ts';
import { titledPositions } from './positions.ts';
import { agencyIndex, findScope, type Scope } from './scope.ts';

/** A question read for which reports it is about, before any report is chosen. */
export interface Asked {
  lang: 'zh' | 'en';
  /** comparison words (比上一年, 近三年, 哪个单位…最多) */
  cmp: ComparisonCue;
  scope: Scope;
  /** the question with comparison, agency and year words blanked: what is left is about the figure */
  text: string;
  mentions: Mention[];
  year: number | undefined;
  /** it names a year or an agency (2023年, 去年, 郑州住建局) */
  scoped: boolean;
  /** words an English question capitalises: names of agencies and places */
  names: ReadonlySet<string>;
  /** the date words, read against the day asked */
  dates: DatesRead;
  /** the normalised question: ready questions offered back are made from it */
  normal: string;
}

/** Agency and year words are about which report, not which figure: blank them for matching. */
export function blank(text: string, spans: [number, number][]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

// WeChat is a thing the report counts, not a name of the agency.
const GLOSSED = new Set(NARRATIVE_GLOSSARY.flatMap((g) => g.en.flatMap((e) => e.split(' '))));
const NO_NAMES: ReadonlySet<string> = new Set();

/** The capitalised words of an English question past its first word (Hongze, Huai'an, DRC): names. */
function namesOf(question: string, lang: 'zh' | 'en'): ReadonlySet<string> {
  if (lang !== 'en') return NO_NAMES;
  const out = new Set<string>();
  for (const m of question.matchAll(CAPITALISED_NAME)) {
    const word = normalise((m[1] ?? m[2])!.replace(/'/g, ''));
    if (!GLOSSED.has(word)) out.add(word);
  }
  return out;
}

/** 「the Shanghai Municipal People's Government」: where an English agency name stands in the normalised question. */
function agencyRuns(question: string, normal: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of question.matchAll(AGENCY_RUN)) {
    const name = normalise(m[0]);
    const at = normal.indexOf(name);
    if (at >= 0) out.push([at, at + name.length]);
  }
  return out;
}

/**
 * 区里, 全区, 本区 in a question to 洪泽区人民政府 are the agency itself: a government's report
 * covers its whole place. (A department's does not: 全市 to 周口市住建局 asks beyond the report.)
 */
const OWN_PLACE = new Map<string, ReadonlySet<string>>();
export function withOwnPlace(names: ReadonlySet<string>, agency: string): ReadonlySet<string> {
  let own = OWN_PLACE.get(agency);
  if (!own) {
    const government = governmentOf(agency);
    const level = government?.level ?? '';
    const words = !government ? [] : government.office ? OFFICE_OWN_PLACE_WORDS(level) : OWN_PLACE_WORDS(level);
    OWN_PLACE.set(agency, (own = new Set(words)));
  }
  if (!own.size) return names;
  return names.size ? new Set([...names, ...own]) : own;
}

/**
 * A question read for which reports it is about. `years` says, for the scope found, which years
 * have reports (for 今年, 去年, 近三年): the caller knows the conversation and the default report.
 */
export function readQuestion(question: string, kb: KnowledgeBase, years: (scope: Scope) => YearsInScope, today: Date = new Date()): Asked {
  const lang = languageOf(question);
  const normal = normalise(question);
  // Comparison words, then agency and year words, say which reports, not which figure.
  const cmp = findComparison(normal);
  // 「一(五)监督保障」 is a part of the report by its number and title, no agency.
  const titled = titledPositions(normal);
  const scope = findScope(cmp.spans.length || titled.length ? blank(normal, [...cmp.spans, ...titled]) : normal, agencyIndex(kb));
  const named = blank(normal, [...cmp.spans, ...scope.spans, ...(lang === 'en' ? agencyRuns(question, normal) : [])]);
  const found = findMentions(named);
  const dates = readDates(named, found, today, years(scope));
  const changed = dates.spans.length || dates.movedInto.length;
  const text = changed ? withMovedInto(blank(named, dates.spans), dates) : named;
  const mentions = changed ? findMentions(text) : found;
  const scoped = scope.spans.length > 0 || dates.words.length > 0;
  return { lang, cmp, scope, text, mentions, year: scope.year ?? dates.year, scoped, names: namesOf(question, lang), dates, normal };
}
