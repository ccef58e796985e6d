// Reading a cell of a stored report by its catalogue identifiers.
import { ACTIVE_TABLES, type Measure } from '../catalogue/format.ts';
import { MISSING, type Cell, type Report, type Table } from './schema.ts';

/** The cell a measure points at; a sum the format declares, or a prose figure, is no cell: missing. */
export function cellAt(report: Report, ref: Measure): Cell {
  switch (ref.table) {
    case 'requests':
      return report.requests.rows[ref.row]?.cells[ref.column] ?? MISSING;
    case 'review':
      return report.review.cells[`${ref.group}.${ref.column}`] ?? MISSING;
    case 'active': {
      const table = ACTIVE_TABLES[report.meta.format].find((t) => t.rows.some((r) => r.id === ref.row));
      return (table && ref.column !== undefined && report.active[table.id]?.rows[ref.row]?.cells[ref.column]) || MISSING;
    }
    case 'prose':
      return MISSING;
  }
}

/** The number a cell stands for: its value, 0 for a blank, undefined when missing. */
export function numberOf(cell: Cell): number | undefined {
  return cell.state === 'missing' ? undefined : cell.value;
}

/** Whether a table prints a row: a cell of it holds a number or a blank. */
export function printsRow(table: Table, row: string): boolean {
  return Object.values(table.rows[row]?.cells ?? {}).some((c) => c.state !== 'missing');
}
