// `npm run bench`: one table of figures, measured in one run on this machine, so that ratios
// between them mean something. Never a timed test: tests assert behaviour, this measures speed.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseBytes } from '../src/report/parse.ts';
import { importDocuments, importFiles } from '../src/kb/import.ts';
import { writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readReportFile } from '../src/kb/store.ts';
import { documentBytes, generateReports, reportBlocks } from '../src/report/generate.ts';
import { docxFromBlocks, hasChromium, withPdfPrinter } from '../test/documents.ts';

const ROOT = join(import.meta.dirname, '..');
const seed = readFileSync(join(ROOT, 'knowledge', 'sources', 'zhoukou-zhujianju-2024.txt'));
const rows: [string, string][] = [];

// The dev questions, when the shared question set is beside the clone; a few of their kind otherwise.
const devFile = join(ROOT, '..', 'shared', 'eval', 'dev.jsonl');
const questions: string[] = existsSync(devFile)
  ? readFileSync(devFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).question)
  : ['有多少申请予以公开？', '部分公开的申请有多少件？', '行政复议有多少件？', '存在哪些主要问题？'];

function rate(n: number, ms: number): string {
  return `${Math.round((n / ms) * 1000).toLocaleString('en')} /s`;
}

// Start-up: each command from launch to exit, beside `node -e 0`, before anything else loads the machine.
{
  const { benchStart } = await import('./start.ts');
  await benchStart(ROOT, rows);
}

// Import: parse only, then parse + atomic write, over 1,000 reports.
{
  const n = 1000;
  for (let i = 0; i < 300; i++) parseBytes(seed, { file: `warmup.txt` });
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

// Import by input kind, over generated reports (read + convert + parse + write): text in its four
// layouts, HTML pages, Word files made from them, and PDFs that Chromium prints from them.
{
  const seedReport = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));
  const src = mkdtempSync(join(tmpdir(), 'gongkai-bench-kinds-'));
  const save = (name: string, bytes: Uint8Array) => {
    const f = join(src, name);
    writeFileSync(f, bytes);
    return f;
  };
  const measure = async (label: string, files: string[]) => {
    const kb = mkdtempSync(join(tmpdir(), 'gongkai-bench-kb-'));
    await importDocuments(files.slice(0, 3), kb); // warm-up: loads the converters
    const t = performance.now();
    const results = await importDocuments(files, kb);
    const failed = results.filter((r) => r.error).length;
    rows.push([`import ${label}, reports per second (${files.length.toLocaleString('en')})`, `${rate(files.length, performance.now() - t)}${failed ? ` (${failed} failed)` : ''}`]);
  };
  const text = generateReports(seedReport, { count: 1000, seed: 11 }).filter((d) => d.layout !== 'html');
  await measure('text (tab, pipe, lines, PDF-like)', text.map((d) => save(d.file, documentBytes(d))));
  const html = generateReports(seedReport, { count: 500, seed: 12, layout: 'html' });
  await measure('HTML', html.map((d) => save(d.file, documentBytes(d))));
  const docxFiles: string[] = [];
  for (const d of html.slice(0, 200)) docxFiles.push(save(d.file.replace(/\.html$/, '.docx'), await docxFromBlocks(reportBlocks(d.model))));
  await measure('Word .docx', docxFiles);
  if (hasChromium()) {
    const pdfFiles = await withPdfPrinter(async (print) => {
      const out: string[] = [];
      // A PDF cannot show an empty cell: these pages print every zero.
      for (const d of generateReports(seedReport, { count: 40, seed: 13, layout: 'html', blankRate: 0 })) out.push(save(d.file.replace(/\.html$/, '.pdf'), await print(d.content)));
      return out;
    });
    await measure('PDF (printed by Chromium)', pdfFiles);
  } else rows.push(['import PDF, reports per second', 'skipped: no /usr/bin/chromium to make PDFs']);
}

// Answer latency in-process, over the dev questions, as the knowledge base grows.
{
  const { readReportFile } = await import('../src/kb/store.ts');
  const { KnowledgeBase } = await import('../src/kb/index.ts');
  const { answer, respond } = await import('../src/answer/answer.ts');
  const { syntheticKb } = await import('./synthetic-kb.ts');
  const seedReport = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));
  for (const n of [1, 1000, 10000]) {
    const before = process.memoryUsage().rss;
    const kb = n === 1 ? new KnowledgeBase([seedReport]) : syntheticKb(seedReport, n);
    const rssPerReport = (process.memoryUsage().rss - before) / n;
    const ctx = { kb, report: n === 1 ? undefined : seedReport.id, now: new Date('2025-03-01') };
    // respond() is the whole understanding and lookup, without the response cache that answer() adds.
    for (let i = 0; i < 5000; i++) respond(questions[i % questions.length]!, kb, ctx);
    const times: number[] = [];
    for (let round = 0; round < 50; round++) {
      for (const q of questions) {
        const t0 = performance.now();
        respond(q, kb, ctx);
        times.push(performance.now() - t0);
      }
    }
    const cached: number[] = [];
    for (const q of questions) await answer(q, ctx);
    for (let round = 0; round < 20; round++) {
      for (const q of questions) {
        const t0 = performance.now();
        await answer(q, ctx);
        cached.push(performance.now() - t0);
      }
    }
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(3);
    const label = `${n.toLocaleString('en')} report${n === 1 ? '' : 's'} loaded`;
    rows.push([`answer latency, ${label}: p50 / p99 (ms, ${times.length} answers)`, `${pct(times, 0.5)} / ${pct(times, 0.99)}`]);
    rows.push([`  same, repeated questions from the response cache: p50 / p99 (ms)`, `${pct(cached, 0.5)} / ${pct(cached, 0.99)}`]);
    if (n === 10000) rows.push(['resident memory per report, 10,000 loaded', `${(rssPerReport / 1024).toFixed(1)} KiB`]);
  }
}

// HTTP: a real `gongkai serve` process, driven by autocannon from this one, as users arrive.
{
  const { benchServe } = await import('./serve.ts');
  await benchServe(ROOT, rows);
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`Gongkai bench · node ${process.version} · ${process.platform} ${process.arch}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
