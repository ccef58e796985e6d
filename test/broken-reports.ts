// Reports with their relations broken on purpose, each break named: the seed report (2021 format),
// the seed printing 三(六) as one row, and a generated report in the 2019 format. The audit's
// findings on them are kept in test/fixtures/relations/broken.json, word for word.
import { join } from 'node:path';
import type { Measure, RequestColumnId } from '../src/catalogue/format.ts';
import { readReportFile } from '../src/kb/store.ts';
import { cellAt, numberOf } from '../src/report/cells.ts';
import { makeModel, render } from '../src/report/generate.ts';
import { parseReport } from '../src/report/parse.ts';
import type { Cell, Report } from '../src/report/schema.ts';
import { ROOT } from './helpers.ts';

export const BROKEN_FINDINGS = join(ROOT, 'test', 'fixtures', 'relations', 'broken.json');

const seed = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));

function put(r: Report, ref: Measure, value: number | undefined): void {
  const before = cellAt(r, ref);
  const cell: Cell = value === undefined ? { state: 'missing' }
    : { state: 'value', value, unit: '件', line: before.state === 'missing' ? 1 : before.line, raw: String(value) };
  if (ref.table === 'requests') (r.requests.rows[ref.row] ??= { cells: {} }).cells[ref.column] = cell;
  else if (ref.table === 'review') r.review.cells[`${ref.group}.${ref.column}`] = cell;
  else if (ref.table === 'active' && ref.column) r.active.art20_1!.rows[ref.row]!.cells[ref.column] = cell;
}

const add = (r: Report, ref: Measure, by: number) => put(r, ref, (numberOf(cellAt(r, ref)) ?? 0) + by);
const req = (row: string, column: RequestColumnId): Measure => ({ table: 'requests', row, column });

function everyRelation(): Report {
  const r = structuredClone(seed);
  add(r, req('received', 'natural_person'), 5);
  add(r, req('refused_state_secret', 'commercial'), 3);
  add(r, { table: 'review', group: 'reconsideration', column: 'upheld' }, 1);
  put(r, { table: 'active', row: 'rules', column: 'issued' }, 5);
  put(r, { table: 'active', row: 'rules', column: 'in_force' }, 2);
  put(r, { table: 'active', row: 'normative_docs', column: 'in_force' }, 1);
  add(r, req('received', 'total'), 7);
  put(r, req('carried_forward', 'research'), undefined);
  return r;
}

/** 三(六) printed as one row in a 2021 report, one more than its three items in 自然人. */
function otherHandledAsOneRow(): Report {
  const r = structuredClone(seed);
  const items = ['other_overdue_correction', 'other_overdue_fee', 'other_other'];
  for (const column of Object.keys(r.requests.rows.received!.cells) as RequestColumnId[]) {
    const sum = items.reduce((a, row) => a + (numberOf(cellAt(r, req(row, column))) ?? 0), 0);
    put(r, req('other_handled_2019', column), sum + (column === 'natural_person' || column === 'total' ? 1 : 0));
    for (const row of items) put(r, req(row, column), undefined);
  }
  return r;
}

function format2019(): Report {
  const m = makeModel(seed, 11, 2020, 0);
  const r = parseReport(render(m, 'tab'), { file: 'gen-2020.txt', agency: m.agency, year: m.year });
  add(r, req('other_handled_2019', 'total'), 2);
  add(r, { table: 'review', group: 'litigation_after', column: 'total' }, 1);
  add(r, req('carried_over', 'legal_service'), 1);
  put(r, req('granted', 'social_org'), undefined);
  return r;
}

/** With sections 三 and 四 not found, only the relations of 二 and of the narrative are checked. */
function withoutTables(): Report {
  const r = everyRelation();
  r.sections.requests = { present: false };
  r.review.present = false;
  return r;
}

export function brokenReports(): { name: string; report: Report }[] {
  return [
    { name: 'every relation broken', report: everyRelation() },
    { name: '三(六) printed as one row', report: otherHandledAsOneRow() },
    { name: 'the 2019 format', report: format2019() },
    { name: 'sections 三 and 四 not found', report: withoutTables() },
  ];
}
