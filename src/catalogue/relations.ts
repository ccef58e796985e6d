// The relations a report must satisfy (勾稽关系, FORMAT.md 1–6), as data. The audit checks them,
// the reading of 三 places a row it cannot place by layout with them (report/solve.ts), and the
// report generator draws numbers that keep them. Relations 1–4 are arithmetic the format requires:
// a failure is an error. 5 and 6 are soft: a warning.
import {
  NARRATIVE_CHECKS, REQUEST_ROW_GROUPS, requestRowsFor, type FormatVersion, type RequestColumnId, type ReviewColumnId,
} from './format.ts';

/** A row of 三, or Σ a group of its rows: the sum of the group's items. */
export type RowTerm = { row: string } | { group: string };

interface Declared {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  severity: 'error' | 'warning';
  /** the relation as the audit states it */
  rule: string;
  /** the relation in a few words, as `gongkai check` lists it */
  summary: string;
  /** the formats it holds in; every format when absent */
  formats?: FormatVersion[];
}

/** Sides of a sum: the left side's total equals the right side's, or is at least it (`holds: '≥'`). */
interface Sides<T> {
  left: T[];
  right: T[];
  holds: '=' | '≥';
}

export type Relation = Declared & (
  /** section 三, in each of its columns: rows and row groups */
  | ({ each: 'request column' } & Sides<RowTerm>)
  /** section 三, in each row of the format: columns */
  | ({ each: 'request row' } & Sides<RequestColumnId>)
  /** section 四, in each group: columns */
  | ({ each: 'review group' } & Sides<ReviewColumnId>)
  /** a table of section 二, in each of its rows: columns */
  | ({ each: 'active row'; table: string } & Sides<string>)
  /** each figure section 一 states again, against the cell it restates */
  | { each: 'narrative figure'; checks: typeof NARRATIVE_CHECKS }
);

const row = (id: string): RowTerm => ({ row: id });
const group = (id: string): RowTerm => ({ group: id });

export const RELATIONS: Relation[] = [
  { number: 1, severity: 'error', rule: '一 + 二 = 三(七) + 四', summary: '一 + 二 = 三(七) + 四',
    each: 'request column', left: [row('received'), row('carried_over')], right: [row('total_handled'), row('carried_forward')], holds: '=' },
  { number: 2, severity: 'error', rule: '三(七) = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六)', summary: '三(七) = sum of the results',
    each: 'request column', left: [row('total_handled')], holds: '=',
    right: [row('granted'), row('partly_granted'), group('refused'), group('unavailable'), group('not_processed'), group('other_handled')] },
  { number: 3, severity: 'error', rule: '总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他', summary: '总计 = sum of the applicants',
    each: 'request row', left: ['total'], right: ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org'], holds: '=' },
  { number: 4, severity: 'error', rule: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', summary: '四 总计 = sum of the outcomes',
    each: 'review group', left: ['total'], right: ['upheld', 'corrected', 'other', 'pending'], holds: '=' },
  { number: 5, severity: 'warning', rule: '现行有效件数 ≥ 本年制发件数', summary: '现行有效 ≥ 本年制发', formats: ['2021'],
    each: 'active row', table: 'art20_1', left: ['in_force'], right: ['issued'], holds: '≥' },
  { number: 6, severity: 'warning', rule: 'figures in 一 equal the tables', summary: 'figures in 一 equal the tables',
    each: 'narrative figure', checks: NARRATIVE_CHECKS },
];

export type RelationOver<E extends Relation['each']> = Extract<Relation, { each: E }>;

/** The relations that run over one kind of place and hold in `format`, in their order. */
export function relationsOver<E extends Relation['each']>(each: E, format: FormatVersion): RelationOver<E>[] {
  return RELATIONS.filter((r): r is RelationOver<E> => r.each === each && (!r.formats || r.formats.includes(format)));
}

/**
 * The rows of 三 a term stands for in a report of `format`: a row of the format, or a group's
 * items. A group printed as one row (三(六) 其他处理: a row of its own in the 2019 format, which a
 * 2021 report may print too) is that row; `printed` says whether the report prints a row.
 */
export function termRows(term: RowTerm, format: FormatVersion, printed: (row: string) => boolean): string[] {
  const inFormat = (id: string) => requestRowsFor(format).some((r) => r.id === id);
  if ('row' in term) return inFormat(term.row) ? [term.row] : [];
  const g = REQUEST_ROW_GROUPS.find((x) => x.id === term.group)!;
  if (g.row && (inFormat(g.row) || printed(g.row))) return [g.row];
  return g.items.filter(inFormat);
}
