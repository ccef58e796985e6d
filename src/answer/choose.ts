// Which report answers: the one asked for, the one the question names (agency, year, 去年), the
// one the conversation was about, or the only one there is. Several that fit and nothing to tell
// them apart → the user is asked; none that fits → the reply says which reports exist.
import type { KnowledgeBase } from '../kb/index.ts';
import type { Report } from '../report/schema.ts';
import type { CueKind } from '../understand/cues.ts';
import type { Scope } from '../understand/scope.ts';

export type Choice =
  | { report: Report }
  | { ambiguous: Report[] }
  | { none: 'year' | 'agency' | 'report' };

const RELATIVE: Partial<Record<CueKind, number>> = { this_year: 0, last_year: 1, year_before_last: 2 };

export function yearAsked(scope: Scope, cues: CueKind[], now: Date): number | undefined {
  if (scope.year) return scope.year;
  for (const c of cues) {
    const back = RELATIVE[c];
    if (back !== undefined) return now.getFullYear() - back;
  }
  return undefined;
}

export function chooseReport(kb: KnowledgeBase, scope: Scope, year: number | undefined, wanted?: string, previous?: string): Choice {
  if (wanted) {
    const r = kb.get(wanted);
    return r ? { report: r } : { none: 'report' };
  }
  if (scope.unknownAgency) return { none: 'agency' };
  let candidates: readonly Report[] = scope.agencies.length ? scope.agencies.flatMap((a) => kb.forAgency(a)) : year ? kb.forYear(year) : [];
  if (year) candidates = candidates.filter((r) => r.meta.year === year);
  if (!scope.agencies.length && !year) {
    // Nothing named: the conversation's report, else the only one.
    const prev = previous ? kb.get(previous) : undefined;
    if (prev) return { report: prev };
    const only = kb.only();
    if (only) return { report: only };
    return kb.size ? { ambiguous: [...kb.all()] } : { none: 'report' };
  }
  if (candidates.length === 1) return { report: candidates[0]! };
  if (candidates.length === 0) return { none: year ? 'year' : 'agency' };
  const prev = candidates.find((r) => r.id === previous);
  return prev ? { report: prev } : { ambiguous: [...candidates] };
}
