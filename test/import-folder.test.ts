// A folder of hundreds of reports: progress while it reads, then a line per report with its cells
// placed and aside and its warnings, a summary, and an exit status that says whether a file failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../src/kb/store.ts';
import { documentBytes, generateReports } from '../src/report/generate.ts';
import { cli, ROOT, tempDir } from './helpers.ts';

describe('gongkai import FOLDER at scale', () => {
  it('shows progress, a line per report with its counts and warnings, a summary; exit 1 when a file failed', () => {
    const folder = tempDir('gongkai-folder-');
    const seed = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));
    for (const d of generateReports(seed, { count: 60, seed: 5, layout: 'tab' })) writeFileSync(join(folder, d.file), documentBytes(d));
    mkdirSync(join(folder, 'other'));
    writeFileSync(join(folder, 'other', 'fazhi.txt'), '2024年法治政府建设年度报告\n\n一、总体情况\n全年办理行政复议案件35件。\n');
    const kb = tempDir('gongkai-folder-kb-');
    const res = cli(['import', folder, '--kb', kb]);
    expect(res.code).toBe(1);
    // Progress on stderr, a line at each tenth, then the failure.
    expect(res.stderr).toMatch(/… \d+\/61 files read/);
    expect(res.stderr).toContain('fazhi.txt: not an annual report');
    const lines = res.stdout.trim().split('\n');
    const reports = lines.filter((l) => l.startsWith('✓ '));
    expect(reports).toHaveLength(60);
    for (const l of reports) expect(l).toMatch(/: cells \d+\/\d+ placed, .*\d+ rows? aside, \d+ warnings?$/);
    expect(lines.at(-1)).toMatch(/^60 reports imported into .*, 1 failed; cells \d+\/\d+ placed, \d+ rows? aside$/);
  });
});
