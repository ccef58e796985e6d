// import, check, show, list: the knowledge-base side of the command line.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_KB, listReportFiles, readReportFile, reportPath } from '../kb/store.ts';
import { audit, type Finding } from '../report/audit.ts';
import { importFiles, readReport } from '../report/import.ts';
import { renderReport } from '../report/show.ts';
import type { Report } from '../report/schema.ts';
import { GongkaiError } from '../errors.ts';

const kbDir = (o: { kb?: string }) => o.kb ?? process.env.GONGKAI_KB ?? DEFAULT_KB;

/** A report named by its id in the knowledge base, or a report file to parse on the spot. */
function loadReport(target: string, dir: string): Report {
  const stored = reportPath(dir, target);
  if (existsSync(stored)) return readReportFile(stored);
  if (existsSync(target)) return target.endsWith('.json') ? readReportFile(target) : readReport(target);
  throw new GongkaiError('not_found', `${target}: no such report in ${dir} and no such file`);
}

export function registerReportCommands(program: Command): void {
  program
    .command('import')
    .description('parse report files and write one knowledge file per report')
    .argument('<files...>', 'report files (.txt in UTF-8, GBK or GB18030)')
    .option('--kb <dir>', 'knowledge base folder', undefined)
    .option('--id <id>', 'report id (default: the file name)')
    .option('--agency <name>', 'agency, when the title does not name it')
    .option('--year <yyyy>', 'year reported on, when the title does not give it', (v) => Number(v))
    .action((files: string[], o: { kb?: string; id?: string; agency?: string; year?: number }) => {
      const dir = kbDir(o);
      const results = importFiles(files, dir, { ...(o.id ? { id: o.id } : {}), ...(o.agency ? { agency: o.agency } : {}), ...(o.year ? { year: o.year } : {}) });
      for (const r of results) {
        if (r.error) {
          console.error(`✗ ${r.error.message}`);
          continue;
        }
        const rep = r.report!;
        console.log(`✓ ${r.file} → ${r.path} (${rep.meta.agency} ${rep.meta.year}, format ${rep.meta.format}, ${rep.warnings.length} warning${rep.warnings.length === 1 ? '' : 's'})`);
        for (const w of rep.warnings) console.log(`    ${w.message}`);
      }
      const failed = results.filter((r) => r.error).length;
      if (files.length > 1) console.log(`${results.length - failed} imported, ${failed} failed`);
      if (failed) process.exitCode = 1;
    });

  program
    .command('check')
    .description('check the relations a report must satisfy (勾稽关系); exit 1 when one that must hold fails')
    .argument('<report>', 'a report id in the knowledge base, or a report file')
    .option('--kb <dir>', 'knowledge base folder')
    .option('--json', 'print the findings as JSON')
    .action((target: string, o: { kb?: string; json?: boolean }) => {
      const report = loadReport(target, kbDir(o));
      const findings = audit(report);
      const errors = findings.filter((f) => f.severity === 'error');
      if (o.json) console.log(JSON.stringify({ report: report.id, ok: errors.length === 0, findings }, null, 2));
      else printFindings(report, findings);
      process.exitCode = errors.length ? 1 : 0;
    });

  program
    .command('show')
    .description('print a stored report as tables')
    .argument('<id>', 'report id')
    .option('--kb <dir>', 'knowledge base folder')
    .option('--json', 'print the stored report')
    .action((target: string, o: { kb?: string; json?: boolean }) => {
      const report = loadReport(target, kbDir(o));
      console.log(o.json ? JSON.stringify(report, null, 2) : renderReport(report));
    });

  program
    .command('list')
    .description('the reports in a knowledge base')
    .option('--kb <dir>', 'knowledge base folder')
    .action((o: { kb?: string }) => {
      const files = listReportFiles(kbDir(o));
      if (!files.length) console.log(`no reports in ${kbDir(o)}`);
      for (const f of files) {
        const r = readReportFile(f);
        console.log([r.id, r.meta.agency, r.meta.year, `format ${r.meta.format}`, `${r.warnings.length} warnings`].join('\t'));
      }
    });
}

function printFindings(report: Report, findings: Finding[]): void {
  const names: Record<number, string> = {
    1: '一 + 二 = 三(七) + 四', 2: '三(七) = sum of the results', 3: '总计 = sum of the applicants', 4: '四 总计 = sum of the outcomes',
    5: '现行有效 ≥ 本年制发', 6: 'figures in 一 equal the tables',
  };
  console.log(`${report.id} (${report.meta.agency} ${report.meta.year})`);
  for (let rel = 1; rel <= 6; rel++) {
    const fs = findings.filter((f) => f.relation === rel);
    const bad = fs.filter((f) => f.severity !== 'unchecked');
    const mark = bad.some((f) => f.severity === 'error') ? '✗' : bad.length ? '!' : fs.length ? '?' : '✓';
    console.log(`${mark} ${rel}. ${names[rel]}`);
    for (const f of fs) console.log(`    ${f.severity === 'unchecked' ? 'not checked' : f.severity}: ${f.message}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  console.log(errors ? `${errors} relation${errors === 1 ? '' : 's'} broken` : `all relations hold${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`);
}
