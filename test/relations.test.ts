// The relations of FORMAT.md (勾稽关系): on reports broken on purpose, the audit gives the findings
// kept in test/fixtures/relations, word for word, and `gongkai check` prints them as it always has.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, relationCounts } from '../src/report/audit.ts';
import { BROKEN_FINDINGS, brokenReports } from './broken-reports.ts';
import { cli, ROOT, tempDir } from './helpers.ts';

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
