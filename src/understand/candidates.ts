// What readers propose: a candidate reading of the question with what it leaves unexplained, and
// the measures, units and catalogue targets a reading is weighed by.
import { mapped } from '../arrays.ts';
import {
  REQUEST_COLUMN_GROUPS, REQUEST_ROW_GROUPS, REVIEW_GROUP_SUMS, type FormatVersion, type RequestColumnId, type ReviewGroupId,
} from '../catalogue/format.ts';
import { DECLARED_NAMES } from '../catalogue/operations.ts';
import type { Report } from '../report/schema.ts';
import { leftOver, type Coverage, type LeftOver } from './account.ts';
import type { Mention, Target } from './match.ts';
import { activeTableOf, type Measure } from './measure.ts';
import type { TableReading } from './readings.ts';
import { unitKindOf, type UnitKind } from './roles.ts';
import type { Query } from './understood.ts';
import type { Word } from './words.ts';

/** One reader's reading of the question, and the words of it that reading does not account for. */
export interface Candidate {
  reader: 'follow-up' | 'table' | 'derived' | 'prose' | 'passage' | 'breakdown' | 'search';
  query: Query;
  score: number;
  left: LeftOver[];
}

export const figureUnit = (m: Measure, report: Report | undefined, format: FormatVersion): UnitKind => {
  if (m.table === 'prose') return report?.figures[m.figure] ? unitKindOf(report.figures[m.figure]!.unit) : 'count';
  if (m.table === 'active') {
    const col = activeTableOf(format, m.row)?.columns.find((c) => c.id === m.column);
    return col ? unitKindOf(col.unit) : 'count';
  }
  return 'count';
};

/** The catalogue targets a measure is made of: its row (or group) and its column. */
export function targetsOf(m: Measure): Target[] {
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

export function tableCoverage(t: TableReading, format: FormatVersion): Coverage {
  const first = t.measures[0] ?? t.choices?.[0];
  const family = first && first.table !== 'prose' ? first.table : undefined;
  const op = t.choices?.length ? 'clarify' : t.op;
  // A figure's vocabulary is its row's and its column's, whether the question named the column or not.
  const targets = [...mapped(t.used, (h) => h.target), ...(t.choices?.length ? [] : t.measures.flatMap(targetsOf))];
  return { targets, family, unit: first ? figureUnit(first, undefined, format) : 'count', op, ...(t.op === 'sum' ? { parts: t.measures.length } : {}) };
}

export function tableQuery(t: TableReading, lang: 'zh' | 'en'): Query {
  return t.choices?.length ? { intent: 'clarify', lang, choices: t.choices } : { intent: 'figure', lang, op: t.op, measures: t.measures, ...(t.wholeFrom ? { wholeFrom: t.wholeFrom } : {}) };
}

/** What keeps a reading from being chosen: a negation is not (the arbiter turns it into a question back). */
const blocking = (left: LeftOver[]) => left.filter((l) => l.why !== 'negation');

/** The question's words a reading of this coverage leaves unexplained, that keep it from being chosen. */
export const unexplained = (words: readonly Word[], mentions: readonly Mention[], c: Coverage): LeftOver[] => blocking(leftOver(words, mentions, c));

/** A candidate's query, when the candidate accounts for every word of the question. */
export const wholly = (c: Candidate | undefined): Query | undefined => (c && !c.left.length ? c.query : undefined);

/** Words that join figures: operators, then the words of a comparison, a change, a share and a declared operation. */
export const OPERATOR_ROLES = new Set(['and', 'sum', 'minus', 'compare']);
export const JOINING_ROLES: ReadonlySet<string> = new Set([...OPERATOR_ROLES, 'more', 'change', 'share', ...DECLARED_NAMES]);

/** A reading in one line, for `--explain`. */
export function describe(q: Query): string {
  if (q.intent !== 'figure') return q.intent + (q.choices ? ` ${mapped(q.choices, (m) => JSON.stringify(m)).join(' | ')}` : '') + (q.passage ? ` ${q.passage.section}${q.passage.subsection ? `.${q.passage.subsection}` : ''}` : '');
  return `${q.op} ${mapped(q.measures ?? [], (m) => JSON.stringify(m)).join(' , ')}`;
}
