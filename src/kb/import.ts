// Report files → knowledge files. Every file is read (report/read.ts) before anything is written,
// and each knowledge file is replaced atomically, so a failed import leaves what was stored as it was.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { GongkaiError } from '../errors.ts';
import { readDocument, readReport, type ReadFileOptions } from '../report/read.ts';
import type { Report } from '../report/schema.ts';
import { noteSameAgencies } from './identity.ts';
import { withKbLock } from './lock.ts';
import { describeLoss, lossOf } from './replace.ts';
import { badId, fileVersion, kbVersions, readReportFile, reportPath, reportText, writeReportFile } from './store.ts';

export interface ImportResult {
  file: string;
  report?: Report;
  path?: string;
  error?: GongkaiError;
}

export type ImportOptions = ReadFileOptions & {
  /** replace stored reports even when the new one would lose cells or sections */
  replace?: boolean;
  /** hears that another import is writing the knowledge base, and that this one waits */
  onWait?: (message: string) => void;
};

function asError(file: string, err: unknown): GongkaiError {
  return err instanceof GongkaiError ? err : new GongkaiError('parse_failed', `${file}: ${(err as Error).message}`, { file });
}

function checkOptions(files: string[], opts: ImportOptions): void {
  if (opts.id && files.length > 1) throw new GongkaiError('usage', '--id names one report: give one file with it');
  const bad = opts.id !== undefined ? badId(opts.id) : undefined;
  if (bad) throw new GongkaiError('usage', `--id: ${bad}`);
  if (opts.sourceUrl && files.length > 1) throw new GongkaiError('usage', '--source-url is the address of one report: give one file with it');
}

/**
 * Reports of one batch that would share an id (every agency's 「年度报告.pdf」 in its own folder)
 * take their folder's name in front, so that none overwrites another.
 */
function distinctIds(results: ImportResult[]): void {
  const byId = new Map<string, ImportResult[]>();
  for (const r of results) if (r.report) byId.set(r.report.id, [...(byId.get(r.report.id) ?? []), r]);
  const taken = new Set(byId.keys());
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    taken.delete(id);
    for (const r of group) {
      const base = `${basename(dirname(resolve(r.file))).replace(/[^\p{L}\p{N}._-]+/gu, '-')}-${id}`;
      let next = base;
      for (let n = 2; taken.has(next); n++) next = `${base}-${n}`;
      taken.add(next);
      r.report!.warnings.push({ code: 'renamed_id', message: `id ${next}: another file of the same import is also named ${id}` });
      r.report!.id = next;
    }
  }
}

/**
 * Writes each parsed report, holding the knowledge base's lock; a report that cannot be written,
 * or should not be, becomes an error and leaves the stored file as it was. Without --replace, a
 * stored report is kept when the new one would lose cells or sections, and when another import
 * wrote it after this one began (`began`: the versions of the files then).
 */
function store(results: ImportResult[], kbDir: string, opts: ImportOptions, began: Map<string, string>): ImportResult[] {
  distinctIds(results);
  const parsed = results.filter((r) => r.report);
  if (!parsed.length) return results;
  noteSameAgencies(parsed.map((r) => r.report!), kbDir);
  const refuse = (r: ImportResult, err: unknown) => {
    r.error = err instanceof GongkaiError ? err : new GongkaiError('write_failed', `${r.file}: cannot write to ${kbDir} (${(err as Error).message})`, { file: r.file });
    delete r.report;
  };
  try {
    withKbLock(kbDir, () => {
      for (const r of parsed) {
        try {
          const refusal = replacing(r, kbDir, opts, began);
          if (refusal) refuse(r, refusal);
          else r.path = writeReportFile(kbDir, r.report!);
        } catch (err) {
          refuse(r, err);
        }
      }
    }, { ...(opts.onWait ? { onWait: opts.onWait } : {}) });
  } catch (err) {
    // The lock could not be taken: busy (said by withKbLock), or the folder cannot be written.
    for (const r of parsed) if (r.report) refuse(r, err);
  }
  return results;
}

/** Why the report must not replace what is stored under its id, if it must not. */
function replacing(r: ImportResult, kbDir: string, opts: ImportOptions, began: Map<string, string>): GongkaiError | undefined {
  const report = r.report!;
  const target = reportPath(kbDir, report.id);
  const now = fileVersion(target);
  if (opts.replace || now === undefined) return undefined;
  const file = r.file;
  if (now !== began.get(target)) {
    // The same report written twice at once is no conflict.
    if (readFileSync(target, 'utf8') === reportText(report)) return undefined;
    return new GongkaiError('conflict', `${file}: another import wrote ${report.id} in ${kbDir} while this one ran; kept what it wrote (import again to compare with it, or pass --replace)`, { file });
  }
  let stored: Report;
  try {
    stored = readReportFile(target);
  } catch (err) {
    return new GongkaiError('would_lose', `${file}: the stored ${report.id} cannot be read to compare with (${(err as Error).message}); pass --replace to replace it`, { file });
  }
  const loss = lossOf(stored, report);
  if (!loss) return undefined;
  return new GongkaiError('would_lose', `${file}: not stored, to keep ${report.id} in ${kbDir}: this report ${describeLoss(loss)}; pass --replace to replace it anyway`, { file });
}

/** Text and HTML files → knowledge files (a .docx or .pdf needs importDocuments). */
export function importFiles(files: string[], kbDir: string, opts: ImportOptions = {}): ImportResult[] {
  checkOptions(files, opts);
  const began = kbVersions(kbDir);
  return store(files.map((file) => {
    try {
      return { file, report: readReport(file, opts) };
    } catch (err) {
      return { file, error: asError(file, err) };
    }
  }), kbDir, opts, began);
}

export interface ImportProgress {
  /** files parsed so far, of `total` */
  done: number;
  total: number;
  file: string;
}

/** Files of any kind → knowledge files; `onProgress` hears of each file parsed. */
export async function importDocuments(
  files: string[],
  kbDir: string,
  opts: ImportOptions = {},
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult[]> {
  checkOptions(files, opts);
  const began = kbVersions(kbDir);
  const results: ImportResult[] = [];
  for (const [i, file] of files.entries()) {
    try {
      results.push({ file, report: await readDocument(file, opts) });
    } catch (err) {
      results.push({ file, error: asError(file, err) });
    }
    onProgress?.({ done: i + 1, total: files.length, file });
  }
  return store(results, kbDir, opts, began);
}
