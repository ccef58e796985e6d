// A report that disagrees with itself about the figure asked for. The answer is the table's cell as
// printed; one line says where the report says otherwise: its text stating the same figure
// differently (「受理政府信息公开申请 749 件」 against 713 in table 三), or its printed total whose
// parts add up to something else (洪泽区 2023: 行政复议 总计 0, its outcomes 10 + 1). The numbers
// of such a line are the report's own, looked up or summed here, and go into the answer's
// `derived` so that the guard knows where they come from. `gongkai check` lists every such finding
// of a report; this says only those about the figure given.
import { REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_GROUPS, sameMeasure, type Measure } from '../catalogue/format.ts';
import { relationsOver, termRows } from '../catalogue/relations.ts';
import { mapped } from '../arrays.ts';
import { restatedCell } from '../report/audit.ts';
import { cellAt, numberOf, printsRow } from '../report/cells.ts';
import type { Report } from '../report/schema.ts';
import { formatValue } from './numbers.ts';
import type { Part } from './resolve.ts';
import type { Derived } from './types.ts';

type Say = (key: string, values: Record<string, string>) => string;

export interface Caveats {
  /** the lines to add after the figure */
  notes: string;
  derived: Derived[];
}

/** What the report says against the one cell `part` gives, as lines rendered by `say`. */
export function caveatsFor(report: Report, part: Part, unit: string, say: Say): Caveats {
  const out: Caveats = { notes: '', derived: [] };
  const m = part.measure;
  if (part.cells.length !== 1 || part.cells[0]!.state === 'computed' || (m.table !== 'requests' && m.table !== 'review')) return out;
  const value = part.value;
  const seen = new Set<number>();
  for (const f of report.figures) {
    if ((f.unit !== '件' && f.unit !== '项') || f.value === value || seen.has(f.value)) continue;
    // The cell the audit reads the sentence as stating again (FORMAT.md relation 6).
    const check = restatedCell(f);
    if (!check || !sameMeasure(check.cell, m)) continue;
    seen.add(f.value);
    out.notes += say('caveat_prose', { value: f.raw, unit });
    out.derived.push({ label: 'prose', value: f.value, formula: `「${f.sentence.trim()}」` });
  }
  const parts = partsOf(report, m);
  if (parts) {
    const values = mapped(parts, (p) => numberOf(cellAt(report, p)));
    if (values.every((v) => v !== undefined)) {
      const sum = values.reduce<number>((a, v) => a + v!, 0);
      if (Math.abs(sum - value) > 1e-9) {
        out.notes += say('caveat_parts', { sum: formatValue(sum, part.unit), value: formatValue(value, part.unit), unit });
        out.derived.push({ label: 'parts', value: sum, formula: values.join(' + ') });
      }
    }
  }
  return out;
}

/** The cells a printed total is the sum of, by the format's relations; undefined for a cell that totals nothing. */
function partsOf(report: Report, m: Measure): Measure[] | undefined {
  const format = report.meta.format;
  if (m.table === 'review') {
    if (!REVIEW_GROUPS.some((g) => g.id === m.group)) return undefined;
    const rel = relationsOver('review group', format).find((r) => r.holds === '=' && r.left.length === 1 && r.left[0] === m.column);
    return rel && mapped(rel.right, (column) => ({ table: 'review', group: m.group, column }) as Measure);
  }
  if (m.table !== 'requests' || !REQUEST_ROWS.some((r) => r.id === m.row) || !REQUEST_COLUMNS.some((c) => c.id === m.column)) return undefined;
  const inRow = relationsOver('request row', format).find((r) => r.holds === '=' && r.left.length === 1 && r.left[0] === m.column);
  if (inRow) return mapped(inRow.right, (column) => ({ table: 'requests', row: m.row, column }) as Measure);
  const printed = (row: string) => printsRow(report.requests, row);
  const inColumn = relationsOver('request column', format).find((r) => r.holds === '=' && r.left.length === 1 && 'row' in r.left[0]! && r.left[0].row === m.row);
  if (!inColumn) return undefined;
  return mapped(inColumn.right.flatMap((t) => termRows(t, format, printed)), (row) => ({ table: 'requests', row, column: m.column }) as Measure);
}
