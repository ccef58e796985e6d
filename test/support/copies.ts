// Copies that lost their structure (../shared/reports/copies), compared cell by cell with what
// the report prints: the published page beside a copy (imported as HTML) or a transcription of
// its tables 三 and 四 (*.gold.json). A cell of the reference is placed (the copy gives the same
// value), aside (the copy gives none) or wrong (the copy gives another value); a value the copy
// gives where the reference has none is wrong too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUEST_COLUMNS, REVIEW_ORDER, requestRowsFor } from '../../src/catalogue/format.ts';
import { readReport } from '../../src/report/read.ts';
import type { Cell, Report } from '../../src/report/schema.ts';

export const COPIES = join(import.meta.dirname, '..', '..', '..', 'shared', 'reports', 'copies');

export interface CopyScore {
  file: string;
  placed: number;
  aside: number;
  wrong: string[];
  /** the cells set aside, by table */
  asideIn: Record<string, number>;
}

type Cells = Map<string, number | undefined>;

const valueOf = (c: Cell | undefined): number | undefined => (c && c.state !== 'missing' ? c.value : undefined);

/** The cells of 二, 三 and 四 a report holds, by a key naming table, row and column. */
function cellsOf(r: Report, tables: ('active' | 'requests' | 'review')[]): Cells {
  const out: Cells = new Map();
  if (tables.includes('active')) {
    for (const [t, table] of Object.entries(r.active)) for (const [row, v] of Object.entries(table.rows)) {
      for (const [col, c] of Object.entries(v.cells)) out.set(`二 ${t}.${row}.${col}`, valueOf(c));
    }
  }
  if (tables.includes('requests')) {
    for (const [row, v] of Object.entries(r.requests.rows)) for (const [col, c] of Object.entries(v.cells)) out.set(`三 ${row}.${col}`, valueOf(c));
  }
  if (tables.includes('review')) for (const [k, c] of Object.entries(r.review.cells)) out.set(`四 ${k}`, valueOf(c));
  return out;
}

function goldCells(file: string, format: Report['meta']['format']): Cells {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { t3: (number | null)[][]; t4: (number | null)[] };
  const out: Cells = new Map();
  const rows = requestRowsFor(format).filter((r) => format === '2019' ? r.group !== 'other_handled' : r.id !== 'other_handled_2019');
  rows.forEach((r, i) => REQUEST_COLUMNS.forEach((c, j) => out.set(`三 ${r.id}.${c.id}`, gold.t3[i]?.[j] ?? undefined)));
  REVIEW_ORDER.forEach((k, i) => out.set(`四 ${k.group}.${k.column}`, gold.t4[i] ?? undefined));
  return out;
}

function score(file: string, copy: Cells, ref: Cells): CopyScore {
  const s: CopyScore = { file, placed: 0, aside: 0, wrong: [], asideIn: {} };
  for (const [k, want] of ref) {
    const got = copy.get(k);
    if (want === undefined) {
      if (got !== undefined) s.wrong.push(`${k}: ${got} where the report prints nothing`);
      continue;
    }
    if (got === undefined) {
      s.aside++;
      const t = k.split(' ')[0]!;
      s.asideIn[t] = (s.asideIn[t] ?? 0) + 1;
    }
    else if (got === want) s.placed++;
    else s.wrong.push(`${k}: ${got}, printed ${want}`);
  }
  return s;
}

/** Every copy in the folder, scored against its page or its transcription. */
export function scoreCopies(dir = COPIES): CopyScore[] {
  if (!existsSync(dir)) return [];
  const out: CopyScore[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const base = f.replace(/\.txt$/, '');
    const copy = readReport(join(dir, f));
    const page = join(dir, `${base}.page.html`);
    const gold = join(dir, `${base}.gold.json`);
    if (existsSync(page)) {
      const tables = ['active', 'requests', 'review'] as const;
      out.push(score(f, cellsOf(copy, [...tables]), cellsOf(readReport(page), [...tables])));
    } else if (existsSync(gold)) {
      out.push(score(f, cellsOf(copy, ['requests', 'review']), goldCells(gold, copy.meta.format)));
    }
  }
  return out;
}
