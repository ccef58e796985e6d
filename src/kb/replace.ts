// What replacing a stored report with a newly parsed one would lose: the cells the stored one
// places (a number or a blank) that the new one does not, and the sections it has that the new one
// lacks. A shorter copy of a report (cut off mid-table, a page missing) must not quietly take the
// complete one's place; the import names the loss and asks for --replace.
import { activeTable, requestRow, REVIEW_GROUPS, SECTIONS } from '../catalogue/format.ts';
import type { Cell, Report } from '../report/schema.ts';

export interface Loss {
  cells: number;
  /** the rows that lose cells, as printed in the report, with how many each */
  rows: { row: string; cells: number }[];
  /** the sections, as printed, that the new report lacks */
  sections: string[];
}

const placed = (c: Cell | undefined) => c !== undefined && c.state !== 'missing';

export function lossOf(stored: Report, next: Report): Loss | undefined {
  const rows: Loss['rows'] = [];
  const lose = (row: string, before: Record<string, Cell>, after: Record<string, Cell> | undefined) => {
    let n = 0;
    for (const [column, cell] of Object.entries(before)) if (placed(cell) && !placed(after?.[column])) n++;
    if (n) rows.push({ row, cells: n });
  };
  for (const [tableId, table] of Object.entries(stored.active)) {
    const entry = activeTable(stored.meta.format, tableId);
    for (const [rowId, row] of Object.entries(table.rows)) {
      const label = entry?.rows.find((r) => r.id === rowId)?.labels[0] ?? rowId;
      lose(`二 ${entry?.labels[0] ?? tableId} ${label}`, row.cells, next.active[tableId]?.rows[rowId]?.cells);
    }
  }
  for (const [rowId, row] of Object.entries(stored.requests.rows)) {
    const entry = requestRow(rowId);
    lose(entry ? `${entry.number} ${entry.labels[0]!.replace(/（.*$/, '')}` : `三 ${rowId}`, row.cells, next.requests.rows[rowId]?.cells);
  }
  for (const g of REVIEW_GROUPS) {
    const of = (cells: Record<string, Cell>) => Object.fromEntries(Object.entries(cells).filter(([k]) => k.startsWith(`${g.id}.`)));
    lose(`四 ${g.labels[0]}`, of(stored.review.cells), next.review.cells);
  }
  const sections = SECTIONS.filter((s) => stored.sections[s.id]?.present && !next.sections[s.id]?.present).map((s) => `${s.numeral}、${s.labels[0]}`);
  const cells = rows.reduce((a, r) => a + r.cells, 0);
  return cells || sections.length ? { cells, rows, sections } : undefined;
}

/** The loss as the rest of a sentence about the new report: counts, the first rows by name, the sections. */
export function describeLoss(loss: Loss, shown = 5): string {
  const parts: string[] = [];
  if (loss.cells) {
    const rows = loss.rows.slice(0, shown).map((r) => `${r.row}: ${r.cells}`);
    if (loss.rows.length > shown) rows.push(`and ${loss.rows.length - shown} more rows`);
    parts.push(`would leave ${loss.cells} of its cell${loss.cells === 1 ? '' : 's'} missing (${rows.join('; ')})`);
  }
  if (loss.sections.length) parts.push(`lacks section${loss.sections.length === 1 ? '' : 's'} ${loss.sections.join(', ')}`);
  return parts.join(' and ');
}
