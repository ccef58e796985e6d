// How much of a report's tables the import placed: the cells the format expects, the cells that
// hold a number or a blank, and how they got their columns (the file's structure, their order in
// a line, the format's relations). What a report prints aside (rows kept unplaced) is counted too.
import { ACTIVE_TABLES, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_ORDER } from '../catalogue/format.ts';
import { printsRow } from './cells.ts';
import type { Cell, Report, Row } from './schema.ts';

export interface Coverage {
  expected: number;
  placed: number;
  by: { structure: number; position: number; relations: number };
  /** rows kept aside: values printed that could not be placed without a guess */
  aside: number;
}

export function coverage(report: Report): Coverage {
  const out: Coverage = { expected: 0, placed: 0, by: { structure: 0, position: 0, relations: 0 }, aside: 0 };
  const count = (cells: Cell[], placed: Row['placed'], n: number) => {
    out.expected += n;
    const filled = cells.filter((c) => c.state !== 'missing').length;
    out.placed += filled;
    out.by[placed ?? 'position'] += filled;
  };
  for (const t of ACTIVE_TABLES[report.meta.format]) {
    for (const r of t.rows) {
      const row = report.active[t.id]?.rows[r.id];
      count(Object.values(row?.cells ?? {}), row?.placed, t.columns.length);
      if (row?.unreliable) out.aside++;
    }
  }
  const rows = report.requests.rows;
  // A 2021 report that prints (六) as one row is expected to hold that row, not its three items.
  const oneRow = printsRow(report.requests, 'other_handled_2019');
  for (const r of REQUEST_ROWS) {
    const expected = r.id === 'other_handled_2019' ? oneRow || report.meta.format === '2019'
      : !(r.format && r.format !== report.meta.format) && !(oneRow && r.group === 'other_handled');
    if (!expected) continue;
    const row = rows[r.id];
    count(Object.values(row?.cells ?? {}), row?.placed, REQUEST_COLUMNS.length);
    if (row?.unreliable) out.aside++;
  }
  count(Object.values(report.review.cells), report.review.placed, REVIEW_ORDER.length);
  if (report.review.unreliable) out.aside++;
  return out;
}
