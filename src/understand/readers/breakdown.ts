// The breakdown reader: 「申请人构成」 — a breakdown the catalogue declares, named outright, as its
// whole and its parts.
import { mapped } from '../../arrays.ts';
import { BREAKDOWNS } from '../../catalogue/format.ts';
import type { Coverage } from '../account.ts';
import { unexplained, type Candidate } from '../candidates.ts';
import { breakdownMeasures, sameMeasure } from '../measure.ts';
import type { Sentence } from '../sentence.ts';
import type { Query } from '../understood.ts';
import type { TableResult } from './table.ts';

export interface BreakdownReading {
  candidates: Candidate[];
  breakdown?: Candidate;
}

/** Read after the table: a breakdown named beside a stronger table reading, or with one of its parts, is no reading. */
export function breakdownReader(s: Sentence, { table, ok }: TableResult): BreakdownReading {
  const declared = s.hits.filter((h) => h.target.dim === 'breakdown').sort((a, b) => b.score - a.score)[0];
  if (declared?.target.dim !== 'breakdown' || !(!table || declared.score >= table.score || s.flags.breakdown)) return { candidates: [] };
  const id = declared.target.id;
  const b = BREAKDOWNS.find((x) => x.id === id)!;
  const measures = breakdownMeasures(b, s.format);
  // 「不公开的理由是内部事务信息的有几件」: the breakdown named with one of its parts asks for that part.
  const part = ok && table!.op === 'value' && table!.measures.length === 1 ? table!.measures[0]! : undefined;
  if (part && measures.slice(1).some((m) => sameMeasure(m, part))) return { candidates: [] };
  const query: Query = { intent: 'figure', lang: s.lang, op: 'breakdown', measures };
  const cov: Coverage = { targets: [declared.target, ...mapped(table?.used ?? [], (h) => h.target)], family: b.whole.table === 'prose' ? undefined : b.whole.table, op: 'breakdown', unit: 'count' };
  const breakdown: Candidate = { reader: 'breakdown', query, score: declared.score, left: unexplained(s.words, s.mentions, cov) };
  return { candidates: [breakdown], breakdown };
}
