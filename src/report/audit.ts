// Checking a report against the relations it must satisfy (勾稽关系, FORMAT.md 1–6), as
// catalogue/relations.ts declares them. A relation whose cells are missing is not checked, and the
// audit says so rather than treating the gap as 0; a soft relation (a warning) is said only when
// its figures are there.
import {
  NARRATIVE_CHECKS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, activeTable, requestRowsFor, section,
  type Measure, type RequestColumnId, type ReviewColumnId,
} from '../catalogue/format.ts';
import { relationsOver, termRows, type Relation, type RelationOver, type RowTerm } from '../catalogue/relations.ts';
import { cellAt, numberOf, printsRow } from './cells.ts';
import type { ProseFigure, Report } from './schema.ts';

export interface Term {
  label: string;
  value: number | null;
  line?: number;
}
export interface Finding {
  relation: Relation['number'];
  severity: Relation['severity'] | 'unchecked';
  /** e.g. 一 + 二 = 三(七) + 四 */
  rule: string;
  /** where: a column, a row or a group */
  where: string;
  left: Term[];
  right: Term[];
  message: string;
}

const rowLabel = (id: string) => {
  const r = REQUEST_ROWS.find((x) => x.id === id)!;
  return `${r.number} ${r.labels[0]!.replace(/（.*$/, '')}`;
};

function term(report: Report, ref: Measure, label: string): Term {
  const cell = cellAt(report, ref);
  return { label, value: numberOf(cell) ?? null, ...(cell.state !== 'missing' ? { line: cell.line } : {}) };
}

/** A relation between sums of cells, as opposed to one between prose and a cell. */
type SumRelation = Exclude<Relation, { each: 'narrative figure' }>;

function compare(relation: SumRelation, where: string, left: Term[], right: Term[]): Finding | undefined {
  const { number, severity, rule } = relation;
  const missing = [...left, ...right].filter((t) => t.value === null);
  if (missing.length === left.length + right.length) return undefined; // nothing of it in the text
  if (missing.length) {
    if (severity === 'warning') return undefined;
    return { relation: number, severity: 'unchecked', rule, where, left, right,
      message: `${where}: not checked, missing ${missing.map((t) => t.label).join(', ')}` };
  }
  const sum = (ts: Term[]) => ts.reduce((a, t) => a + t.value!, 0);
  const l = sum(left), r = sum(right);
  if (relation.holds === '≥') {
    if (l >= r) return undefined;
    const plain = (ts: Term[]) => ts.map((t) => `${t.label} ${t.value}`).join(' + ');
    return { relation: number, severity, rule, where, left, right, message: `${where}: ${plain(left)} is less than ${plain(right)}` };
  }
  if (Math.abs(l - r) < 1e-9) return undefined;
  // A sum of twenty cells reads better with its zeros counted than listed.
  const show = (ts: Term[]) => {
    const shown = ts.length > 4 ? ts.filter((t) => t.value !== 0) : ts;
    const zeros = ts.length - shown.length;
    return [...shown.map((t) => `${t.label} ${t.value}${t.line ? ` (line ${t.line})` : ''}`), ...(zeros ? [`${zeros} cells of 0`] : [])].join(' + ');
  };
  return { relation: number, severity, rule, where, left, right, message: `${where}: ${show(left)} = ${l}, but ${show(right)} = ${r}` };
}

export function audit(report: Report): Finding[] {
  return relations(report).findings;
}

/** Relations of a report by outcome: how many were checked and held, broke, or could not be checked. */
export function relationCounts(report: Report): { held: number; broken: number; warnings: number; unchecked: number } {
  const { findings, checked } = relations(report);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const broken = count('error');
  const unchecked = count('unchecked');
  return { held: checked - broken - unchecked, broken, warnings: count('warning'), unchecked };
}

/** A relation checked at one place: the finding, or none when it held or could not be said. */
interface Outcome {
  relation: Relation;
  finding: Finding | undefined;
}

/** Section 三, column by column; a column's relations are checked together, so its findings stay together. */
function requestColumns(report: Report, relations: RelationOver<'request column'>[]): Outcome[] {
  if (!report.sections.requests.present) return [];
  const printed = (row: string) => printsRow(report.requests, row);
  return REQUEST_COLUMNS.flatMap((col) => relations.map((relation) => {
    const side = (terms: RowTerm[]) => terms.flatMap((t) => termRows(t, report.meta.format, printed))
      .map((row) => term(report, { table: 'requests', row, column: col.id }, rowLabel(row)));
    return { relation, finding: compare(relation, `${section('requests').numeral} column ${col.labels[0]}`, side(relation.left), side(relation.right)) };
  }));
}

/** Section 三, row by row, for the rows of the report's format. */
function requestRows(report: Report, relations: RelationOver<'request row'>[]): Outcome[] {
  if (!report.sections.requests.present) return [];
  return requestRowsFor(report.meta.format).flatMap((r) => relations.map((relation) => {
    const side = (cols: RequestColumnId[]) =>
      cols.map((column) => term(report, { table: 'requests', row: r.id, column }, REQUEST_COLUMNS.find((c) => c.id === column)!.labels[0]!));
    return { relation, finding: compare(relation, `${section('requests').numeral} row ${rowLabel(r.id)}`, side(relation.left), side(relation.right)) };
  }));
}

/** Section 四, group by group. */
function reviewGroups(report: Report, relations: RelationOver<'review group'>[]): Outcome[] {
  if (!report.review.present) return [];
  return REVIEW_GROUPS.flatMap((g) => relations.map((relation) => {
    const side = (cols: ReviewColumnId[]) =>
      cols.map((column) => term(report, { table: 'review', group: g.id, column }, REVIEW_COLUMNS.find((c) => c.id === column)!.labels[0]!));
    return { relation, finding: compare(relation, `${section('review').numeral} ${g.labels[0]}`, side(relation.left), side(relation.right)) };
  }));
}

/** Section 二, each row of the relation's table. */
function activeRows(report: Report, relations: RelationOver<'active row'>[]): Outcome[] {
  return relations.flatMap((relation) => {
    const t = activeTable(report.meta.format, relation.table);
    return (t?.rows ?? []).map((r) => {
      const side = (cols: string[]) =>
        cols.map((column) => term(report, { table: 'active', row: r.id, column }, t!.columns.find((c) => c.id === column)!.labels[0]!));
      return { relation, finding: compare(relation, `${section('active').numeral} (${t!.item}) ${r.labels[0]}`, side(relation.left), side(relation.right)) };
    });
  });
}

/**
 * The cell of a table a figure of section 一 states again (FORMAT.md relation 6): the first of the
 * format's checks whose words its clause holds.
 */
export function restatedCell(f: ProseFigure, checks: typeof NARRATIVE_CHECKS = NARRATIVE_CHECKS): (typeof NARRATIVE_CHECKS)[number] | undefined {
  return f.section === 'overview' ? checks.find((c) => c.words.every((w) => f.context.includes(w))) : undefined;
}

/** The figures section 一 states again, each against the cell it restates. */
function narrativeFigures(report: Report, relations: RelationOver<'narrative figure'>[]): Outcome[] {
  const overview = report.figures.filter((x) => x.section === 'overview');
  return overview.flatMap((f) => relations.map((relation) => {
    const check = restatedCell(f, relation.checks);
    const cell = check && term(report, check.cell, check.label);
    if (!check || !cell || cell.value === null || cell.value === f.value) return { relation, finding: undefined };
    const where = `${section('overview').numeral} line ${f.line}`;
    return { relation, finding: { relation: relation.number, severity: relation.severity, rule: relation.rule, where,
      left: [{ label: `「${f.context}」`, value: f.value, line: f.line }], right: [cell],
      message: `${where}: 「${f.sentence.slice(0, 60)}」 says ${f.value}, but ${check.label} is ${cell.value}${cell.line ? ` (line ${cell.line})` : ''}` } };
  }));
}

function relations(report: Report): { findings: Finding[]; checked: number } {
  const format = report.meta.format;
  const outcomes = [
    ...requestColumns(report, relationsOver('request column', format)),
    ...requestRows(report, relationsOver('request row', format)),
    ...reviewGroups(report, relationsOver('review group', format)),
    ...activeRows(report, relationsOver('active row', format)),
    ...narrativeFigures(report, relationsOver('narrative figure', format)),
  ];
  // Every check of an error counts, held or not; warnings are counted apart, when said.
  const checked = outcomes.filter((o) => o.relation.severity === 'error').length;
  return { findings: outcomes.flatMap((o) => (o.finding ? [o.finding] : [])), checked };
}
