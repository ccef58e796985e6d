// Files → reports → knowledge files. Every file is parsed before anything is written, and each
// knowledge file is replaced atomically, so a failed import leaves what was stored as it was.
import { readFileSync, statSync } from 'node:fs';
import { GongkaiError } from '../errors.ts';
import { writeReportFile } from '../kb/store.ts';
import { parseBytes, type ParseOptions } from './parse.ts';
import type { Report } from './schema.ts';

export interface ImportResult {
  file: string;
  report?: Report;
  path?: string;
  error?: GongkaiError;
}

export function readReport(file: string, opts: Omit<ParseOptions, 'file'> = {}): Report {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new GongkaiError('not_a_file', `${file}: is a folder`, { file });
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof GongkaiError) throw err;
    throw new GongkaiError('unreadable', `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file });
  }
  return parseBytes(bytes, { ...opts, file });
}

export function importFiles(files: string[], kbDir: string, opts: Omit<ParseOptions, 'file'> = {}): ImportResult[] {
  if (opts.id && files.length > 1) throw new GongkaiError('usage', '--id names one report: give one file with it');
  const results: ImportResult[] = files.map((file) => {
    try {
      return { file, report: readReport(file, opts) };
    } catch (err) {
      if (err instanceof GongkaiError) return { file, error: err };
      return { file, error: new GongkaiError('parse_failed', `${file}: ${(err as Error).message}`, { file }) };
    }
  });
  for (const r of results) {
    if (!r.report) continue;
    try {
      r.path = writeReportFile(kbDir, r.report);
    } catch (err) {
      r.error = new GongkaiError('write_failed', `${r.file}: cannot write to ${kbDir} (${(err as Error).message})`, { file: r.file });
      delete r.report;
    }
  }
  return results;
}
