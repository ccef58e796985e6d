// import, check, show, list: the knowledge-base side of the command line.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ImportProgress, ImportResult } from '../kb/import.ts';
import type { Finding } from '../report/audit.ts';
import { DEFAULT_KB } from '../kb/paths.ts';
import { ALL_LAYOUTS, type Layout } from '../report/layouts.ts';
import { parseLimit } from '../report/limits.ts';
import type { Report } from '../report/schema.ts';
import { GongkaiError } from '../errors.ts';

// The readers, the audit and the store load when a command runs, not for `gongkai --help`.
const core = async () => {
  const [relations, imports, store, audit, coverage, generate, read, limits, show] = await Promise.all([
    import('../catalogue/relations.ts'), import('../kb/import.ts'), import('../kb/store.ts'), import('../report/audit.ts'),
    import('../report/coverage.ts'), import('../report/generate.ts'), import('../report/read.ts'), import('../report/limits.ts'), import('../report/show.ts'),
  ]);
  return { ...relations, ...imports, ...store, ...audit, ...coverage, ...generate, ...read, ...limits, ...show };
};
let loaded: Awaited<ReturnType<typeof core>> | undefined;
const load = async () => (loaded ??= await core());

/** The layouts `generate` writes (report/layouts.ts, which loads no reader for --help). */
export const LAYOUT_NAMES = ALL_LAYOUTS;

const kbDir = (o: { kb?: string }) => o.kb ?? process.env.GONGKAI_KB ?? DEFAULT_KB;

/** A report named by its id in the knowledge base, or a report file (text, HTML, .docx, .pdf) to parse on the spot. */
async function loadReport(target: string, dir: string): Promise<Report> {
  const { reportPath, readReportFile, readDocument } = await load();
  const stored = reportPath(dir, target);
  if (existsSync(stored)) return readReportFile(stored);
  if (existsSync(target)) return target.endsWith('.json') ? readReportFile(target) : readDocument(target);
  throw new GongkaiError('not_found', `${target}: no such report in ${dir} and no such file`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A one-line progress bar on stderr, redrawn in place; nothing when stderr is not a terminal. */
function progressBar(): { update: (p: ImportProgress) => void; clear: () => void } | undefined {
  if (!process.stderr.isTTY) return progressLines();
  const width = 30;
  let last = 0;
  return {
    update: ({ done, total, file }) => {
      const now = Date.now();
      if (done < total && now - last < 50) return;
      last = now;
      const filled = Math.round((done / total) * width);
      const name = file.length > 40 ? `…${file.slice(-39)}` : file;
      process.stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`);
    },
    clear: () => process.stderr.write('\r\x1b[K'),
  };
}

/** Without a terminal (a log, a CI job): a line at each tenth of a long import, so a run of hundreds shows it moves. */
function progressLines(): { update: (p: ImportProgress) => void; clear: () => void } {
  let said = 0;
  return {
    update: ({ done, total }) => {
      if (total < 50) return;
      const tenth = Math.floor((done * 10) / total);
      if (tenth <= said || done === total) return;
      said = tenth;
      process.stderr.write(`… ${done}/${total} files read\n`);
    },
    clear: () => {},
  };
}

/** A folder's report in one line: what it is, the cells placed and aside, then its warnings. */
function printFolderResult(r: ImportResult, cov: { placed: number; expected: number; aside: number }): void {
  const rep = r.report!;
  const placedByRelations = rep.warnings.filter((w) => w.code === 'placed_by_relations').length;
  const warnings = rep.warnings.filter((w) => w.code !== 'placed_by_relations');
  const notes = [
    `cells ${cov.placed}/${cov.expected} placed`,
    ...(placedByRelations ? [`${plural(placedByRelations, 'row')} placed by the relations`] : []),
    `${plural(cov.aside, 'row')} aside`,
    plural(warnings.length, 'warning'),
  ];
  console.log(`✓ ${r.file} → ${rep.id} (${rep.meta.agency} ${rep.meta.year}): ${notes.join(', ')}`);
  for (const w of warnings) console.log(`    ${w.message}`);
}

function printResult(r: ImportResult): void {
  if (r.error) {
    console.error(`✗ ${r.error.message}`);
    return;
  }
  const rep = r.report!;
  console.log(`✓ ${r.file} → ${r.path} (${rep.meta.agency} ${rep.meta.year}, format ${rep.meta.format}, ${plural(rep.warnings.length, 'warning')})`);
  for (const w of rep.warnings) console.log(`    ${w.message}`);
}

export function registerReportCommands(program: Command): void {
  program
    .command('import')
    .description('parse report files and write one knowledge file per report; a folder imports every report file inside it')
    .argument('<paths...>', 'report files (.txt or .md in UTF-8, GBK or GB18030; .html/.htm; .docx; .pdf) or folders of them')
    .option('--kb <dir>', 'knowledge base folder', undefined)
    .option('--id <id>', 'report id (default: the file name)')
    .option('--agency <name>', 'agency, when the title does not name it')
    .option('--year <yyyy>', 'year reported on, when the title does not give it', (v) => Number(v))
    .option('--max-mb <mb>', 'largest file to read, in MB (default 20, or GONGKAI_IMPORT_MAX_MB)', (v) => parseLimit(v, 'fileBytes', '--max-mb'))
    .option('--replace', 'replace stored reports even when the new one places fewer cells or lacks sections')
    .option('--source-url <url>', "where the agency publishes the report (answers link to it; an HTML page's canonical address otherwise)")
    .action(async (paths: string[], o: { kb?: string; id?: string; agency?: string; year?: number; maxMb?: number; replace?: boolean; sourceUrl?: string }) => {
      if (o.sourceUrl !== undefined && !/^https?:\/\/\S+$/.test(o.sourceUrl)) throw new GongkaiError('usage', `--source-url ${o.sourceUrl}: expected an http:// or https:// address`);
      const { findReportFiles, readImportLimits, importDocuments, coverage } = await load();
      const dir = kbDir(o);
      const folders = paths.filter((p) => existsSync(p) && statSync(p).isDirectory());
      const files = paths.flatMap((p) => (folders.includes(p) ? findReportFiles(p) : [p]));
      if (folders.length && !files.length) throw new GongkaiError('usage', `${folders.join(', ')}: no report files (.txt, .text, .md, .html, .htm, .docx, .pdf) inside`);
      const bar = folders.length ? progressBar() : undefined;
      const limits = readImportLimits(process.env, o.maxMb ? { fileBytes: o.maxMb } : {});
      const opts = { ...(o.id ? { id: o.id } : {}), ...(o.sourceUrl ? { sourceUrl: o.sourceUrl } : {}), ...(o.agency ? { agency: o.agency } : {}), ...(o.year ? { year: o.year } : {}), limits, ...(o.replace ? { replace: true } : {}), onWait: (m: string) => (bar?.clear(), console.error(m)) };
      const results = await importDocuments(files, dir, opts, bar?.update);
      bar?.clear();
      const failed = results.filter((r) => r.error);
      if (folders.length) {
        // A folder can hold thousands of reports: a line for each, its warnings, a summary, and a line for each that failed.
        const done = results.filter((r) => r.report);
        const cov = done.map((r) => coverage(r.report!));
        done.forEach((r, i) => printFolderResult(r, cov[i]!));
        const warned = done.filter((r) => r.report!.warnings.length);
        const warnings = warned.reduce((a, r) => a + r.report!.warnings.length, 0);
        const sum = (k: 'placed' | 'expected' | 'aside') => cov.reduce((a, c) => a + c[k], 0);
        console.log(`${plural(done.length, 'report')} imported into ${dir}${warned.length ? ` (${warned.length} with warnings, ${plural(warnings, 'warning')} in all)` : ''}, ${failed.length} failed; cells ${sum('placed')}/${sum('expected')} placed, ${plural(sum('aside'), 'row')} aside`);
        for (const r of failed) console.error(`✗ ${r.error!.message}`);
      } else {
        for (const r of results) printResult(r);
        if (files.length > 1) console.log(`${results.length - failed.length} imported, ${failed.length} failed`);
      }
      if (failed.length) process.exitCode = 1;
    });

  program
    .command('generate')
    .description('write synthetic reports, with new numbers that keep every relation, in the layouts real reports arrive in')
    .requiredOption('--out <dir>', 'folder to write to')
    .requiredOption('--count <n>', 'how many reports', (v) => Number(v))
    .option('--seed <n>', 'random seed: the same seed gives the same reports', (v) => Number(v), 1)
    .option('--layout <layout>', `one layout (${LAYOUT_NAMES.join('|')}); default: each but joined in turn`)
    .option('--from <report>', 'the real report to take prose and proportions from (a knowledge file)', join(DEFAULT_KB, 'zhoukou-zhujianju-2024.json'))
    .action(async (o: { out: string; count: number; seed: number; layout?: string; from: string }) => {
      const { readReportFile, generateReports, documentBytes } = await load();
      if (!Number.isInteger(o.count) || o.count < 1) throw new GongkaiError('usage', '--count takes a whole number of reports, 1 or more');
      if (!Number.isFinite(o.seed)) throw new GongkaiError('usage', '--seed takes a number');
      if (o.layout && !ALL_LAYOUTS.includes(o.layout as Layout)) throw new GongkaiError('usage', `--layout takes one of ${ALL_LAYOUTS.join(', ')}`);
      const seed = readReportFile(o.from);
      const docs = generateReports(seed, { count: o.count, seed: o.seed, ...(o.layout ? { layout: o.layout as Layout } : {}) });
      mkdirSync(o.out, { recursive: true });
      for (const d of docs) writeFileSync(join(o.out, d.file), documentBytes(d));
      const byLayout = ALL_LAYOUTS.map((l) => [l, docs.filter((d) => d.layout === l).length] as const).filter(([, n]) => n);
      console.log(`${plural(docs.length, 'report')} written to ${o.out} (${byLayout.map(([l, n]) => `${n} ${l}`).join(', ')}), seed ${o.seed}`);
    });

  program
    .command('check')
    .description('check the relations a report must satisfy (勾稽关系); a folder or --all: one line per report and a summary; exit 1 when one that must hold fails')
    .argument('[reports...]', 'report ids in the knowledge base, report files, or folders of report files')
    .option('--kb <dir>', 'knowledge base folder')
    .option('--all', 'every report in the knowledge base')
    .option('--json', 'print the findings as JSON')
    .action(async (targets: string[], o: { kb?: string; json?: boolean; all?: boolean }) => {
      const { audit, listReportFiles, findReportFiles } = await load();
      const dir = kbDir(o);
      const folder = targets.some((t) => existsSync(t) && statSync(t).isDirectory());
      if (!o.all && targets.length === 1 && !folder) {
        const report = await loadReport(targets[0]!, dir);
        const findings = audit(report);
        const errors = findings.filter((f) => f.severity === 'error');
        if (o.json) console.log(JSON.stringify({ report: report.id, ok: errors.length === 0, findings }, null, 2));
        else printFindings(report, findings);
        process.exitCode = errors.length ? 1 : 0;
        return;
      }
      if (!o.all && !targets.length) throw new GongkaiError('usage', 'check takes a report, a file, a folder, or --all');
      const items = [
        ...(o.all ? listReportFiles(dir) : []),
        ...targets.flatMap((t) => (existsSync(t) && statSync(t).isDirectory() ? findReportFiles(t) : [t])),
      ];
      process.exitCode = (await checkCorpus(items, dir, !!o.json)) ? 1 : 0;
    });

  program
    .command('show')
    .description('print a stored report as tables')
    .argument('<id>', 'report id')
    .option('--kb <dir>', 'knowledge base folder')
    .option('--json', 'print the stored report')
    .action(async (target: string, o: { kb?: string; json?: boolean }) => {
      const { renderReport } = await load();
      const report = await loadReport(target, kbDir(o));
      console.log(o.json ? JSON.stringify(report, null, 2) : renderReport(report));
    });

  program
    .command('list')
    .description('the reports in a knowledge base')
    .option('--kb <dir>', 'knowledge base folder')
    .action(async (o: { kb?: string }) => {
      const { listReportFiles, readReportFile } = await load();
      const files = listReportFiles(kbDir(o));
      if (!files.length) console.log(`no reports in ${kbDir(o)}`);
      for (const f of files) {
        const r = readReportFile(f);
        console.log([r.id, r.meta.agency, r.meta.year, `format ${r.meta.format}`, `${r.warnings.length} warnings`].join('\t'));
      }
    });
}

/** One line per report: cells placed of those expected and how, relations held and broken; then a summary. True when one broke. */
async function checkCorpus(items: string[], dir: string, json: boolean): Promise<boolean> {
  const { coverage, relationCounts, audit } = await load();
  const totals = { reports: 0, failed: 0, placed: 0, expected: 0, held: 0, broken: 0, contradictions: 0 };
  for (const item of items) {
    let report: Report;
    try {
      report = await loadReport(item, dir);
    } catch (err) {
      totals.failed++;
      if (json) console.log(JSON.stringify({ file: item, error: (err as Error).message }));
      else console.log(`✗ ${item}: ${(err as Error).message}`);
      continue;
    }
    const cov = coverage(report);
    const rel = relationCounts(report);
    const named = audit(report).filter((f) => f.severity !== 'unchecked');
    totals.reports++;
    totals.placed += cov.placed;
    totals.expected += cov.expected;
    totals.held += rel.held;
    totals.broken += rel.broken;
    totals.contradictions += rel.warnings;
    if (json) {
      console.log(JSON.stringify({ report: report.id, agency: report.meta.agency, year: report.meta.year, cells: cov, relations: rel, findings: named.map((f) => f.message) }));
      continue;
    }
    const mark = rel.broken ? '✗' : rel.warnings || cov.placed < cov.expected ? '!' : '✓';
    console.log(`${mark} ${report.id}\t${report.meta.agency} ${report.meta.year}\tcells ${cov.placed}/${cov.expected} placed (structure ${cov.by.structure}, position ${cov.by.position}, relations ${cov.by.relations}${cov.aside ? `; ${plural(cov.aside, 'row')} aside` : ''})\trelations ${rel.held} held, ${rel.broken} broken${rel.unchecked ? `, ${rel.unchecked} not checked` : ''}`);
    for (const f of named) console.log(`    ${f.severity}: ${f.message}`);
  }
  const share = totals.expected ? ` (${((100 * totals.placed) / totals.expected).toFixed(1)} %)` : '';
  const summary = `${plural(totals.reports, 'report')} checked${totals.failed ? `, ${totals.failed} unreadable` : ''}: cells ${totals.placed}/${totals.expected} placed${share}; relations ${totals.held} held, ${totals.broken} broken; ${plural(totals.contradictions, 'figure')} where the prose contradicts the table`;
  if (json) console.log(JSON.stringify({ summary: totals }));
  else console.log(summary);
  return totals.broken > 0 || totals.failed > 0;
}

function printFindings(report: Report, findings: Finding[]): void {
  const { RELATIONS } = loaded!;
  console.log(`${report.id} (${report.meta.agency} ${report.meta.year})`);
  for (const rel of RELATIONS) {
    const fs = findings.filter((f) => f.relation === rel.number);
    const bad = fs.filter((f) => f.severity !== 'unchecked');
    const mark = bad.some((f) => f.severity === 'error') ? '✗' : bad.length ? '!' : fs.length ? '?' : '✓';
    console.log(`${mark} ${rel.number}. ${rel.summary}`);
    for (const f of fs) console.log(`    ${f.severity === 'unchecked' ? 'not checked' : f.severity}: ${f.message}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const unchecked = findings.filter((f) => f.severity === 'unchecked').length;
  const notes = [
    ...(warnings ? [`${warnings} warning${warnings === 1 ? '' : 's'}`] : []),
    ...(unchecked ? [`${unchecked} not checked: cells missing from the text`] : []),
  ];
  const verdict = errors ? `${errors} relation${errors === 1 ? '' : 's'} broken` : unchecked ? 'every relation that could be checked holds' : 'all relations hold';
  console.log(`${verdict}${notes.length ? ` (${notes.join('; ')})` : ''}`);
}
