// The follow-up reader: 「其中被纠正的呢」 names part of a figure, the rest comes from the question before.
import { mapped } from '../../arrays.ts';
import type { Coverage } from '../account.ts';
import { figureUnit, unexplained, type Candidate } from '../candidates.ts';
import { followUp } from '../follow-up.ts';
import { onlyRoles, type Sentence } from '../sentence.ts';

export interface FollowUpReading {
  candidates: Candidate[];
  /** the figure before, with the part the question names; `left`: its words the figure does not account for */
  merged?: Candidate;
}

export function followUpReader(s: Sentence): FollowUpReading {
  const merged = followUp(s.input.previous, s.hits, s.flags, () => !!s.input.scoped && onlyRoles(s));
  if (!merged) return { candidates: [] };
  const m = merged.measures![0]!;
  const cov: Coverage = { targets: mapped(s.hits.filter((h) => h.target.dim !== 'cue'), (h) => h.target), family: m.table === 'prose' ? undefined : m.table, unit: figureUnit(m, s.report, s.format), op: 'value' };
  const left = unexplained(s.words, s.mentions, cov);
  const candidate: Candidate = { reader: 'follow-up', query: { ...merged, lang: s.lang }, score: 0, left };
  return { candidates: [candidate], merged: candidate };
}
