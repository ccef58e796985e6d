// Which report answers: the one asked for, the one the question names (agency, year, 去年 as
// understand/clock.ts reads it against the day asked), the one the conversation was about or the
// configured default, or the only one there is. Several that
// fit and nothing to tell them apart → the user is asked; none that fits → the reply says what was
// asked for and which reports exist. Every step is a map read (by id, agency or year): the cost
// does not grow with the number of reports.
import type { KnowledgeBase } from '../kb/index.ts';
import type { Report } from '../report/schema.ts';
import type { Scope } from '../understand/scope.ts';

export type Missing = {
  none: 'year' | 'agency' | 'report';
  /** the place or agency the question named that no report covers */
  name?: string;
  /** the year asked for */
  year?: number;
  /** the agency whose reports the reply lists (else every report) */
  agency?: string;
};

export type Choice = { report: Report } | { ambiguous: Report[] } | Missing;

/** The newest year of the agencies the question names, else of the conversation's (or default) agency, else of all. */
export function anchorYear(kb: KnowledgeBase, scope: Scope, prefs: Preferences): number | undefined {
  const pinned = (prefs.wanted ? kb.get(prefs.wanted) : undefined) ?? anchorOf(kb, prefs);
  const agencies = scope.agencies.length ? scope.agencies : pinned ? [pinned.meta.agency] : [];
  let year: number | undefined;
  for (const a of agencies) for (const r of kb.forAgency(a)) if (year === undefined || r.meta.year > year) year = r.meta.year;
  return year ?? kb.latestYear();
}

export interface Preferences {
  /** --report, or the channel's fixed report: answers unless the question names another year or agency */
  wanted?: string;
  /** the report the conversation was about */
  previous?: string;
  /** the configured default report (GONGKAI_DEFAULT_REPORT) */
  fallback?: string;
}

/** The report a question leans on when it does not name one: the conversation's, else the default. */
export function anchorOf(kb: KnowledgeBase, prefs: Preferences): Report | undefined {
  return (prefs.previous ? kb.get(prefs.previous) : undefined) ?? (prefs.fallback ? kb.get(prefs.fallback) : undefined);
}

/** The report of the latest year among these (the first of them when several share it). */
export function latestOf(reports: Iterable<Report>): Report | undefined {
  let found: Report | undefined;
  for (const r of reports) if (!found || r.meta.year > found.meta.year) found = r;
  return found;
}

/** Whether a report is of the year and agency the question names (when it names them). */
function fits(kb: KnowledgeBase, report: Report, scope: Scope, year: number | undefined): boolean {
  return !scope.unknownPlace && !scope.unknownAgency && (!year || report.meta.year === year)
    && (!scope.agencies.length || scope.agencies.includes(kb.agencyOf(report)));
}

export function chooseReport(kb: KnowledgeBase, scope: Scope, year: number | undefined, prefs: Preferences = {}): Choice {
  // The report asked for answers what the question does not say otherwise: 「2023年…」 with the 2024
  // report pinned is about 2023, and is answered from the 2023 report or not at all.
  const wanted = prefs.wanted ? kb.get(prefs.wanted) : undefined;
  if (prefs.wanted && !wanted) return { none: 'report' };
  if (wanted && fits(kb, wanted, scope, year)) return { report: wanted };
  const unknown = scope.unknownPlace ?? scope.unknownAgency;
  if (unknown) return { none: 'agency', name: unknown };
  const anchor = wanted ?? anchorOf(kb, prefs);

  if (!scope.agencies.length) {
    if (year) {
      // 「那2023年呢」: the same agency, another year.
      if (anchor) {
        const r = kb.find(anchor.meta.agency, year);
        return r ? { report: r } : { none: 'year', year, agency: anchor.meta.agency };
      }
      const list = kb.forYear(year);
      if (list.length === 1) return { report: list[0]! };
      return list.length ? { ambiguous: [...list] } : { none: 'year', year };
    }
    if (anchor) return { report: anchor };
    const only = kb.only();
    if (only) return { report: only };
    return kb.size ? { ambiguous: [...kb.all()] } : { none: 'report' };
  }

  const candidates = year
    ? scope.agencies.flatMap((a) => kb.find(a, year) ?? [])
    : scope.agencies.flatMap((a) => kb.forAgency(a));
  if (candidates.length === 1) return { report: candidates[0]! };
  if (!candidates.length) return { none: 'year', year, ...(scope.agencies.length === 1 ? { agency: scope.agencies[0]! } : {}) };
  // Several fit: the conversation (or the default) tells them apart, by report, then by year.
  if (anchor) {
    const same = candidates.find((r) => r.id === anchor.id);
    if (same) return { report: same };
    if (!year) {
      const sameYear = candidates.filter((r) => r.meta.year === anchor.meta.year);
      if (sameYear.length === 1) return { report: sameYear[0]! };
    }
  }
  return { ambiguous: candidates };
}
