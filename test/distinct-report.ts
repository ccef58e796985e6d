// The seed report with a different number in every cell: a reading that picks the wrong cell shows
// up as a wrong number (the report's relations no longer hold; only reading is tested with it).
import { join } from 'node:path';
import { readReportFile } from '../src/kb/store.ts';
import type { Report } from '../src/report/schema.ts';
import { ROOT } from './helpers.ts';

export const seedReport = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));

export function distinctReport(): Report {
  const r: Report = structuredClone(seedReport);
  let n = 1000;
  const renumber = (cells: Record<string, Report['review']['cells'][string]>) => {
    for (const [key, cell] of Object.entries(cells)) if (cell.state !== 'missing') cells[key] = { ...cell, state: 'value', value: n++, raw: String(n - 1) };
  };
  for (const row of Object.values(r.requests.rows)) renumber(row.cells);
  renumber(r.review.cells);
  for (const table of Object.values(r.active)) for (const row of Object.values(table.rows)) renumber(row.cells);
  return r;
}
