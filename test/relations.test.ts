// The relations of FORMAT.md (勾稽关系) as catalogue/relations.ts declares them: each holds in the
// numbers of generated reports, and on reports broken on purpose the audit gives the findings kept
// in test/fixtures/relations, word for word, which `gongkai check` prints as it always has.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_TABLES, REQUEST_COLUMNS, REQUEST_ROW_GROUPS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, requestRowsFor,
} from '../src/catalogue/format.ts';
import { RELATIONS, relationsOver, termRows, type Relation } from '../src/catalogue/relations.ts';
import { readReportFile } from '../src/kb/store.ts';
import { audit, relationCounts } from '../src/report/audit.ts';
import { makeModel, render, type Model } from '../src/report/generate.ts';
import { parseReport } from '../src/report/parse.ts';
import { BROKEN_FINDINGS, brokenReports } from './broken-reports.ts';
import { cli, ROOT, tempDir } from './helpers.ts';

const seed = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));

/** Each place a relation is checked in a generated report's numbers: the values of its two sides. */
function sides(m: Model, relation: Relation): { left: number[]; right: number[] }[] {
  const f = m.figures;
  switch (relation.each) {
    case 'request column': {
      const rows = (terms: typeof relation.left) => terms.flatMap((t) => termRows(t, m.format, () => false));
      return REQUEST_COLUMNS.map((c) => ({ left: rows(relation.left).map((r) => f.requests[r]![c.id]), right: rows(relation.right).map((r) => f.requests[r]![c.id]) }));
    }
    case 'request row':
      return requestRowsFor(m.format).map((r) => ({ left: relation.left.map((c) => f.requests[r.id]![c]), right: relation.right.map((c) => f.requests[r.id]![c]) }));
    case 'review group':
      return REVIEW_GROUPS.map((g) => ({ left: relation.left.map((c) => f.review[`${g.id}.${c}`]!), right: relation.right.map((c) => f.review[`${g.id}.${c}`]!) }));
    case 'active row': {
      const table = f.active[relation.table]!;
      return Object.values(table).map((row) => ({ left: relation.left.map((c) => row[c]!), right: relation.right.map((c) => row[c]!) }));
    }
    case 'narrative figure':
      return [];
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the declared relations', () => {
  const models = [2019, 2020, 2021, 2023, 2024].flatMap((year) => [1, 2, 3].map((i) => makeModel(seed, 100 * i + year, year, 0)));

  it('hold in the numbers of generated reports, in both formats', () => {
    expect(new Set(models.map((m) => m.format))).toEqual(new Set(['2019', '2021']));
    for (const m of models) {
      for (const relation of RELATIONS.filter((r) => r.each !== 'narrative figure' && (!r.formats || r.formats.includes(m.format)))) {
        const places = sides(m, relation);
        expect(places.length, `${relation.number} in ${m.format}`).toBeGreaterThan(0);
        for (const { left, right } of places) {
          expect([...left, ...right].every((v) => typeof v === 'number'), `${relation.number}: every term a cell of the format`).toBe(true);
          if ('holds' in relation && relation.holds === '≥') expect(sum(left)).toBeGreaterThanOrEqual(sum(right));
          else expect(sum(left), `${relation.rule} in ${m.agency} ${m.year}`).toBe(sum(right));
        }
      }
    }
  });

  it('are each checked, and held, by the audit of a generated report', () => {
    for (const m of models) {
      const r = parseReport(render(m, 'tab'), { file: `gen-${m.year}.txt`, agency: m.agency, year: m.year });
      expect(audit(r)).toEqual([]);
      const errors = RELATIONS.filter((x) => x.severity === 'error' && (!x.formats || x.formats.includes(m.format)));
      expect(relationCounts(r)).toEqual({ held: sum(errors.map((x) => sides(m, x).length)), broken: 0, warnings: 0, unchecked: 0 });
    }
  });

  it('take in every row and column of 三 and 四, and hold in the real report the generator starts from', () => {
    for (const format of ['2019', '2021'] as const) {
      const rows = relationsOver('request column', format).flatMap((r) => [...r.left, ...r.right]).flatMap((t) => termRows(t, format, () => false));
      expect(new Set(rows), format).toEqual(new Set(requestRowsFor(format).map((r) => r.id)));
      expect(new Set(relationsOver('request row', format).flatMap((r) => [...r.left, ...r.right]))).toEqual(new Set(REQUEST_COLUMNS.map((c) => c.id)));
      expect(new Set(relationsOver('review group', format).flatMap((r) => [...r.left, ...r.right]))).toEqual(new Set(REVIEW_COLUMNS.map((c) => c.id)));
    }
    expect(audit(seed)).toEqual([]);
    expect(relationCounts(seed)).toMatchObject({ held: 42, broken: 0 });
  });

  it('name in their rule every term they declare', () => {
    const rowNumber = (id: string) => (REQUEST_ROWS.find((r) => r.id === id) ?? REQUEST_ROW_GROUPS.find((g) => g.id === id))!.number.replace(/^三(?=\()/, '');
    const label = (each: Relation['each'], id: string) => each === 'review group' ? REVIEW_COLUMNS.find((c) => c.id === id)!.labels[0]!
      : each === 'request row' ? REQUEST_COLUMNS.find((c) => c.id === id)!.labels[0]!
      : ACTIVE_TABLES['2021'].flatMap((t) => t.columns).find((c) => c.id === id)!.labels[0]!;
    for (const relation of RELATIONS) {
      if (relation.each === 'narrative figure') continue;
      const words = relation.each === 'request column'
        ? [...relation.left, ...relation.right].map((t) => rowNumber('row' in t ? t.row : t.group))
        : [...relation.left, ...relation.right].map((id) => label(relation.each, id));
      for (const w of words) expect(relation.rule, `relation ${relation.number}`).toContain(w);
    }
    expect(RELATIONS.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(relationsOver('active row', '2019')).toEqual([]);
  });
});

const broken = brokenReports();

describe('the audit of broken reports', () => {
  it('finds what it found before: relation, severity, rule, where and message', () => {
    const got = broken.map(({ name, report }) => ({ name, counts: relationCounts(report), findings: audit(report) }));
    expect(got).toEqual(JSON.parse(readFileSync(BROKEN_FINDINGS, 'utf8')));
  });

  it('gongkai check prints each relation and its findings', () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, JSON.stringify(broken[0]!.report));
    const res = cli(['check', file]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(readFileSync(join(ROOT, 'test', 'fixtures', 'relations', 'broken-check.txt'), 'utf8'));
  });
});
