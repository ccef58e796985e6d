// Real reports as agencies published them (../shared/reports/real, third-party documents read in
// place): each imports with no flag, names its agency and year, and places the cells read by hand
// from the original file (test/fixtures/real). A cell the file does not place is null there and
// must stay missing: a torn row is set aside, never guessed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../src/catalogue/format.ts';
import { relationCounts } from '../src/report/audit.ts';
import { cellAt, numberOf } from '../src/report/cells.ts';
import { coverage } from '../src/report/coverage.ts';
import { readDocument } from '../src/report/read.ts';
import type { Report } from '../src/report/schema.ts';
import { ROOT, SHARED } from './helpers.ts';

const REAL = join(SHARED, 'reports', 'real');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'real');

interface Fixture {
  file: string;
  agency: string;
  year: number;
  /** a row's 总计, or the whole row (null: a cell the file leaves empty); null: the row is not placed */
  requests: Record<string, number | (number | null)[] | null>;
  review: Record<string, number>;
  /** `row.column` of table 二 */
  active?: Record<string, number | null>;
  broken: number;
  contradictions: number;
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture);
const available = existsSync(REAL);
if (!available) console.warn(`real reports skipped: ${REAL} is absent`);

const request = (r: Report, row: string, column: string) => numberOf(cellAt(r, { table: 'requests', row, column: column as never }));

describe.skipIf(!available)('real reports import with no flags', () => {
  it('a fixture for every real report', () => {
    const files = readdirSync(REAL).filter((f) => /\.(pdf|md|html|txt)$/.test(f)).sort();
    expect(fixtures.map((f) => f.file).sort()).toEqual(files);
  });

  for (const fx of fixtures) {
    describe(fx.file, () => {
      // Read once for the three checks below.
      let read: Promise<Report> | undefined;
      const report = () => (read ??= readDocument(join(REAL, fx.file)));

      it(`names ${fx.agency} ${fx.year}`, async () => {
        const r = await report();
        expect(r.meta).toMatchObject({ agency: fx.agency, year: fx.year });
        expect(r.warnings.map((w) => w.code)).not.toContain('no_agency');
      });

      it('places the cells read by hand, and leaves unplaced what the file does not place', async () => {
        const r = await report();
        const got: Record<string, unknown> = {};
        const want: Record<string, unknown> = {};
        for (const [row, v] of Object.entries(fx.requests)) {
          if (Array.isArray(v)) {
            REQUEST_COLUMNS.forEach((c, i) => {
              got[`三 ${row} ${c.id}`] = request(r, row, c.id) ?? null;
              want[`三 ${row} ${c.id}`] = v[i];
            });
          } else if (v === null) {
            got[`三 ${row}`] = REQUEST_COLUMNS.map((c) => request(r, row, c.id) ?? null);
            want[`三 ${row}`] = REQUEST_COLUMNS.map(() => null);
          } else {
            got[`三 ${row} total`] = request(r, row, 'total') ?? null;
            want[`三 ${row} total`] = v;
          }
        }
        for (const [group, v] of Object.entries(fx.review)) {
          got[`四 ${group} total`] = numberOf(cellAt(r, { table: 'review', group: group as never, column: 'total' })) ?? null;
          want[`四 ${group} total`] = v;
        }
        for (const [key, v] of Object.entries(fx.active ?? {})) {
          const [row, column] = key.split('.') as [string, string];
          got[`二 ${key}`] = numberOf(cellAt(r, { table: 'active', row, column })) ?? null;
          want[`二 ${key}`] = v;
        }
        expect(got).toEqual(want);
      });

      it('checks its relations: held, broken and contradicted as the file prints them', async () => {
        const r = await report();
        const counts = relationCounts(r);
        expect(counts.broken).toBe(fx.broken);
        expect(counts.warnings).toBe(fx.contradictions);
        expect(counts.held).toBeGreaterThan(20);
        const cov = coverage(r);
        const hasNulls = Object.values(fx.requests).some((v) => v === null || (Array.isArray(v) && v.includes(null)));
        if (!hasNulls) expect(cov.placed).toBe(cov.expected);
      });
    });
  }
});
