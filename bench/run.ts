// `npm run bench`: one table of figures, measured in one run on this machine, so that ratios
// between them mean something. Never a timed test: tests assert behaviour, this measures speed.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseBytes } from '../src/report/parse.ts';
import { importFiles } from '../src/report/import.ts';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = join(import.meta.dirname, '..');
const seed = readFileSync(join(ROOT, 'knowledge', 'sources', 'zhoukou-zhujianju-2024.txt'));
const rows: [string, string][] = [];

function rate(n: number, ms: number): string {
  return `${Math.round((n / ms) * 1000).toLocaleString('en')} /s`;
}

// Import: parse only, then parse + atomic write, over 1,000 reports.
{
  const n = 1000;
  for (let i = 0; i < 50; i++) parseBytes(seed, { file: 'warmup.txt' });
  let t = performance.now();
  for (let i = 0; i < n; i++) parseBytes(seed, { file: `r${i}.txt` });
  rows.push(['import: parse, reports per second (1,000)', rate(n, performance.now() - t)]);

  const src = mkdtempSync(join(tmpdir(), 'gongkai-bench-src-'));
  const kb = mkdtempSync(join(tmpdir(), 'gongkai-bench-kb-'));
  const files = Array.from({ length: n }, (_, i) => {
    const f = join(src, `r${i}.txt`);
    writeFileSync(f, seed);
    return f;
  });
  t = performance.now();
  importFiles(files, kb);
  rows.push(['import: read + parse + write, reports per second (1,000)', rate(n, performance.now() - t)]);
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`Gongkai bench · node ${process.version} · ${process.platform} ${process.arch}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
