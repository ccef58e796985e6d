// Paraphrases are keyed by the catalogue's ids, and the compiler checks each key against the id
// types of format.ts. This checks the other side: every key names a figure the catalogue declares,
// so a paraphrase is never written for a row, column or breakdown that no longer exists.
import { expect, it } from 'vitest';
import {
  ACTIVE_TABLES, BREAKDOWNS, REQUEST_COLUMN_GROUPS, REQUEST_COLUMNS, REQUEST_ROW_GROUPS, REQUEST_ROWS, REVIEW_COLUMNS,
  REVIEW_GROUP_SUMS, REVIEW_GROUPS,
} from '../src/catalogue/format.ts';
import { PARAPHRASES } from '../src/catalogue/paraphrases.ts';

it('every paraphrase is keyed by a figure the catalogue declares', () => {
  const tables = Object.values(ACTIVE_TABLES).flat();
  const declared = new Set([
    ...REQUEST_ROWS.map((r) => `req_row:${r.id}`), ...REQUEST_ROW_GROUPS.map((g) => `req_group:${g.id}`),
    ...REQUEST_COLUMNS.map((c) => `req_col:${c.id}`), ...REQUEST_COLUMN_GROUPS.map((g) => `req_colgroup:${g.id}`),
    ...REVIEW_GROUPS.map((g) => `rev_group:${g.id}`), ...REVIEW_GROUP_SUMS.map((g) => `rev_sum:${g.id}`),
    ...REVIEW_COLUMNS.map((c) => `rev_col:${c.id}`),
    ...tables.flatMap((t) => t.rows.map((r) => `act_row:${r.id}`)), ...tables.flatMap((t) => t.columns.map((c) => `act_col:${c.id}`)),
    ...BREAKDOWNS.map((b) => `breakdown:${b.id}`),
  ]);
  expect(Object.keys(PARAPHRASES).filter((key) => !declared.has(key))).toEqual([]);
  expect(Object.keys(PARAPHRASES).length).toBeGreaterThan(50);
});
