// Only annual disclosure reports import: a document with some of a report's headings but none of
// its tables is refused, even given a year, and the error says what it looks like instead.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.ts';

const dir = tempDir('gongkai-not-a-report-');

describe('a document that is not an annual disclosure report', () => {
  it('a 法治政府建设 report is refused even with --year, and named as what it is', () => {
    const file = join(dir, 'fazhi.txt');
    writeFileSync(file, [
      '淮安市洪泽区2024年法治政府建设年度报告', '',
      '2024年，洪泽区坚持以习近平法治思想为指导，深入推进法治政府建设。', '',
      '一、总体情况', '全年制定规范性文件12件，办理行政复议案件35件。', '',
      '二、存在的主要问题', '一是依法行政能力有待提升。', '',
      '三、下一步工作打算', '继续推进法治政府建设。', '',
    ].join('\n'));
    const res = cli(['import', file, '--year', '2024', '--kb', join(dir, 'kb')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('not an annual report on government information disclosure');
    expect(res.stderr).toContain('法治政府建设情况报告');
    expect(res.stderr).toContain('a report on building law-based government');
  });
});
