// The relations a report must satisfy (勾稽关系, FORMAT.md 1–6). Relations 1–4 are arithmetic the
// format requires: a failure is an error. 5 and 6 are soft: a warning. A relation whose cells are
// missing is not checked, and the audit says so rather than treating the gap as 0.
import {
  NARRATIVE_CHECKS, REQUEST_COLUMNS, REQUEST_ROW_GROUPS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS,
  type CellRef,
} from '../catalogue/format.ts';
import { cellAt, numberOf } from './cells.ts';
import type { Report } from './schema.ts';

export interface Term {
  label: string;
  value: number | null;
  line?: number;
}
export interface Finding {
  relation: 1 | 2 | 3 | 4 | 5 | 6;
  severity: 'error' | 'warning' | 'unchecked';
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

function term(report: Report, ref: CellRef, label: string): Term {
  const cell = cellAt(report, ref);
  return { label, value: numberOf(cell) ?? null, ...(cell.state !== 'missing' ? { line: cell.line } : {}) };
}

function compare(relation: Finding['relation'], rule: string, where: string, left: Term[], right: Term[], severity: 'error' | 'warning' = 'error'): Finding | undefined {
  const missing = [...left, ...right].filter((t) => t.value === null);
  if (missing.length === left.length + right.length) return undefined; // nothing of it in the text
  if (missing.length) {
    return { relation, severity: 'unchecked', rule, where, left, right,
      message: `${where}: not checked, missing ${missing.map((t) => t.label).join(', ')}` };
  }
  const sum = (ts: Term[]) => ts.reduce((a, t) => a + t.value!, 0);
  const l = sum(left), r = sum(right);
  if (Math.abs(l - r) < 1e-9) return undefined;
  // A sum of twenty cells reads better with its zeros counted than listed.
  const show = (ts: Term[]) => {
    const shown = ts.length > 4 ? ts.filter((t) => t.value !== 0) : ts;
    const zeros = ts.length - shown.length;
    return [...shown.map((t) => `${t.label} ${t.value}${t.line ? ` (line ${t.line})` : ''}`), ...(zeros ? [`${zeros} cells of 0`] : [])].join(' + ');
  };
  return { relation, severity, rule, where, left, right, message: `${where}: ${show(left)} = ${l}, but ${show(right)} = ${r}` };
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

function relations(report: Report): { findings: Finding[]; checked: number } {
  const out: (Finding | undefined)[] = [];
  const rows = REQUEST_ROWS.filter((r) => !r.format || r.format === report.meta.format);
  const req = (row: string, column: (typeof REQUEST_COLUMNS)[number]) =>
    term(report, { table: 'requests', row, column: column.id }, `${rowLabel(row)}`);

  if (report.sections.requests.present) {
    for (const col of REQUEST_COLUMNS) {
      out.push(compare(1, '一 + 二 = 三(七) + 四', `三 column ${col.labels[0]}`,
        [req('received', col), req('carried_over', col)], [req('total_handled', col), req('carried_forward', col)]));
      const parts = ['granted', 'partly_granted', ...REQUEST_ROW_GROUPS.flatMap((g) => g.items), 'other_handled_2019']
        .filter((id) => rows.some((r) => r.id === id));
      // A 2021 report that prints (六) as one row: that row stands for its items.
      if (report.meta.format === '2021' && Object.values(report.requests.rows.other_handled_2019?.cells ?? {}).some((c) => c.state !== 'missing')) {
        parts.splice(parts.indexOf('other_overdue_correction'), 3, 'other_handled_2019');
      }
      out.push(compare(2, '三(七) = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六)', `三 column ${col.labels[0]}`,
        [req('total_handled', col)], parts.map((id) => req(id, col))));
    }
    for (const row of rows) {
      const cols = REQUEST_COLUMNS.filter((c) => c.id !== 'total');
      const total = REQUEST_COLUMNS.find((c) => c.id === 'total')!;
      out.push(compare(3, '总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他', `三 row ${rowLabel(row.id)}`,
        [{ ...req(row.id, total), label: '总计' }], cols.map((c) => ({ ...req(row.id, c), label: c.labels[0]! }))));
    }
  }

  if (report.review.present) {
    for (const g of REVIEW_GROUPS) {
      const t = (c: (typeof REVIEW_COLUMNS)[number]) => term(report, { table: 'review', group: g.id, column: c.id }, c.labels[0]!);
      const [upheld, corrected, other, pending, total] = REVIEW_COLUMNS.map(t);
      out.push(compare(4, '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', `四 ${g.labels[0]}`,
        [total!], [upheld!, corrected!, other!, pending!]));
    }
  }

  if (report.meta.format === '2021') {
    for (const row of ['rules', 'normative_docs']) {
      const issued = term(report, { table: 'active', row, column: 'issued' }, '本年制发件数');
      const inForce = term(report, { table: 'active', row, column: 'in_force' }, '现行有效件数');
      if (issued.value !== null && inForce.value !== null && inForce.value < issued.value) {
        const label = row === 'rules' ? '规章' : '行政规范性文件';
        out.push({ relation: 5, severity: 'warning', rule: '现行有效件数 ≥ 本年制发件数', where: `二 (一) ${label}`,
          left: [inForce], right: [issued],
          message: `二 (一) ${label}: 现行有效件数 ${inForce.value} is less than 本年制发件数 ${issued.value}` });
      }
    }
  }

  for (const f of report.figures.filter((x) => x.section === 'overview')) {
    const check = NARRATIVE_CHECKS.find((c) => c.words.every((w) => f.context.includes(w)));
    if (!check) continue;
    const cell = term(report, check.cell, check.label);
    if (cell.value === null || cell.value === f.value) continue;
    out.push({ relation: 6, severity: 'warning', rule: 'figures in 一 equal the tables', where: `一 line ${f.line}`,
      left: [{ label: `「${f.context}」`, value: f.value, line: f.line }], right: [cell],
      message: `一 line ${f.line}: 「${f.sentence.slice(0, 60)}」 says ${f.value}, but ${check.label} is ${cell.value}${cell.line ? ` (line ${cell.line})` : ''}` });
  }
  // Every compare() above left an entry, held (undefined) or not.
  const checked = out.filter((f) => !f || (f.relation !== 5 && f.relation !== 6)).length;
  return { findings: out.filter((f): f is Finding => !!f), checked };
}
