// What a crawler's copy does to a table, applied to generated reports: one cell a line with
// repeated lines dropped, numbers broken over two lines, the whole page run onto one line. Each copy
// imports with every cell it places equal to the report's, and the rest kept aside with a warning.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REQUEST_COLUMNS, REVIEW_ORDER, requestRowsFor } from '../src/catalogue/format.ts';
import { readReportFile } from '../src/kb/store.ts';
import { generateReports, render, type GeneratedReport } from '../src/report/generate.ts';
import { parseReport } from '../src/report/parse.ts';
import type { Report } from '../src/report/schema.ts';
import { ROOT } from './helpers.ts';

const seed = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));
const docs = generateReports(seed, { count: 16, seed: 11, layout: 'lines' });

/** One cell a line, as a crawler writes a page's table: no empty lines. */
const cellLines = (d: GeneratedReport) => render(d.model, 'lines').split('\n').filter((l) => l.trim());

const LOSSES: Record<string, (d: GeneratedReport) => string> = {
  'repeated lines dropped': (d) => cellLines(d).filter((l, i, all) => i === 0 || l !== all[i - 1]).join('\n'),
  'numbers broken over two lines': (d) => cellLines(d).flatMap((l, i) => /^\d{2,}$/.test(l) && i % 3 === 0 ? [l.slice(0, 1), l.slice(1)] : [l]).join('\n'),
  'the page on one line': (d) => cellLines(d).join(''),
};

/**
 * The column 总计 of 三 printed empty in all rows but every fourth: the line of each row's seventh
 * number left out. Gives the copy and the rows whose 总计 it leaves empty.
 */
function totalsEmpty(d: GeneratedReport): { text: string; empty: Set<string> } {
  const lines = cellLines(d);
  const clean = parseReport(lines.join('\n'), { file: d.file });
  const empty = new Set<string>();
  const dropped = new Set<number>();
  requestRowsFor(d.model.format).forEach((row, i) => {
    const total = clean.requests.rows[row.id]?.cells.total;
    if (i % 4 === 0 || !total || total.state === 'missing') return;
    empty.add(row.id);
    dropped.add(total.line);
  });
  return { text: lines.filter((_, i) => !dropped.has(i + 1)).join('\n'), empty };
}

function score(d: GeneratedReport, r: Report, emptyTotals = new Set<string>()): { placed: number; aside: number; wrong: string[] } {
  const out = { placed: 0, aside: 0, wrong: [] as string[] };
  const want = d.model.figures;
  const see = (k: string, got: number | undefined, printed: number | undefined) => {
    if (got === undefined) out.aside++;
    else if (got === printed) out.placed++;
    else out.wrong.push(`${d.file} ${k}: ${got}, printed ${printed}`);
  };
  for (const row of requestRowsFor(d.model.format)) for (const c of REQUEST_COLUMNS) {
    const cell = r.requests.rows[row.id]?.cells[c.id];
    const got = cell && cell.state !== 'missing' ? cell.value : undefined;
    if (c.id === 'total' && emptyTotals.has(row.id)) {
      // Printed empty: any value there is one the report does not print.
      if (got !== undefined) out.wrong.push(`${d.file} 三 ${row.id}.total: ${got} where the report prints nothing`);
      continue;
    }
    see(`三 ${row.id}.${c.id}`, got, want.requests[row.id]?.[c.id]);
  }
  for (const k of REVIEW_ORDER) {
    const cell = r.review.cells[`${k.group}.${k.column}`];
    see(`四 ${k.group}.${k.column}`, cell && cell.state !== 'missing' ? cell.value : undefined, want.review[`${k.group}.${k.column}`]);
  }
  return out;
}

describe('copies that lost their structure, made from generated reports', () => {
  for (const [loss, copy] of Object.entries(LOSSES)) {
    it(`${loss}: every cell placed is the report's, most are placed, the rest are said`, () => {
      let placed = 0;
      let aside = 0;
      const wrong: string[] = [];
      for (const d of docs) {
        const r = parseReport(copy(d), { file: d.file });
        const s = score(d, r);
        placed += s.placed;
        aside += s.aside;
        wrong.push(...s.wrong);
        // A row kept aside is said, with what to import instead.
        for (const [id, row] of Object.entries(r.requests.rows)) {
          if (row.unreliable) expect(r.warnings.some((w) => w.code === 'unreliable_row' && w.message.includes('import the published page')), `${d.file} ${id}`).toBe(true);
        }
      }
      console.log(`${loss}: placed ${placed}, aside ${aside}, wrong ${wrong.length}`);
      expect(wrong).toEqual([]);
      expect(placed / (placed + aside)).toBeGreaterThan(0.8);
    });
  }

  it('the column 总计 printed empty but in a few rows: no 总计 is made up, and the rest is placed or said', () => {
    let placed = 0;
    let aside = 0;
    const wrong: string[] = [];
    for (const d of docs) {
      const { text, empty } = totalsEmpty(d);
      const s = score(d, parseReport(text, { file: d.file }), empty);
      placed += s.placed;
      aside += s.aside;
      wrong.push(...s.wrong);
    }
    console.log(`总计 printed empty: placed ${placed}, aside ${aside}, wrong ${wrong.length}`);
    expect(wrong).toEqual([]);
  });
});
