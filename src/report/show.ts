// A stored report printed back as tables, so a person can hold it against the original.
import Table from 'cli-table3';
import { ACTIVE_TABLES, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, SECTIONS } from '../catalogue/format.ts';
import type { Cell, Report } from './schema.ts';

const show = (c: Cell | undefined): string => (!c || c.state === 'missing' ? '—' : c.state === 'blank' ? `(空)${c.raw && c.raw !== '' ? c.raw : ''}` : c.raw);

export function renderReport(r: Report): string {
  const out: string[] = [];
  out.push(`${r.meta.title}`, `id ${r.id} · ${r.meta.agency} · ${r.meta.year} · format ${r.meta.format} · ${r.meta.source.file} (${r.meta.source.encoding})`);
  out.push('— = not in the text · (空) = blank cell in a filled table, counts as 0', '');
  const sec = (id: string) => SECTIONS.find((s) => s.id === id)!;
  out.push(`${sec('active').numeral}、${sec('active').labels[0]}`);
  for (const t of ACTIVE_TABLES[r.meta.format]) {
    const table = r.active[t.id];
    if (!table?.present) continue;
    const grid = new Table({ head: [t.labels[0]!, ...t.columns.map((c) => c.labels[0]!)], style: { head: [], border: [] } });
    for (const row of t.rows) {
      const stored = table.rows[row.id];
      grid.push([row.labels[0]!, ...t.columns.map((c) => show(stored?.cells[c.id]))]);
    }
    out.push(grid.toString());
  }
  if (r.sections.requests.present) {
    out.push('', `${sec('requests').numeral}、${sec('requests').labels[0]}`);
    const grid = new Table({ head: ['', ...REQUEST_COLUMNS.map((c) => c.labels[0]!)], style: { head: [], border: [] } });
    for (const row of REQUEST_ROWS) {
      const stored = r.requests.rows[row.id];
      if (!stored) continue;
      const label = `${row.number} ${row.labels[0]!.replace(/（.*$/, '')}`;
      if (stored.unreliable) grid.push([label, { colSpan: 7, content: `unreliable: ${stored.unreliable.values.join(' ')} (${stored.unreliable.reason})` }]);
      else grid.push([label, ...REQUEST_COLUMNS.map((c) => show(stored.cells[c.id]))]);
    }
    out.push(grid.toString());
  }
  if (r.review.present) {
    out.push('', `${sec('review').numeral}、${sec('review').labels[0]}`);
    const grid = new Table({ head: ['', ...REVIEW_COLUMNS.map((c) => c.labels[0]!)], style: { head: [], border: [] } });
    for (const g of REVIEW_GROUPS) grid.push([g.labels[0]!, ...REVIEW_COLUMNS.map((c) => show(r.review.cells[`${g.id}.${c.id}`]))]);
    out.push(grid.toString());
    if (r.review.unreliable) out.push(`unreliable: ${r.review.unreliable.values.join(' ')} (${r.review.unreliable.reason})`);
  }
  if (r.figures.length) {
    out.push('', 'Figures in the prose');
    for (const f of r.figures) out.push(`  ${`${f.raw} ${f.unit}`.padEnd(10)} ${f.context}  (line ${f.line})`);
  }
  if (r.warnings.length) {
    out.push('', `Warnings (${r.warnings.length})`);
    for (const w of r.warnings) out.push(`  ${w.message}`);
  }
  return out.join('\n');
}
