// Files → reports → knowledge files. Every file is parsed before anything is written, and each
// knowledge file is replaced atomically, so a failed import leaves what was stored as it was.
//
// A file's extension picks its route to the parser: text (.txt, .text, Markdown .md, and anything unknown),
// HTML (.html, .htm), Word (.docx) and PDF (.pdf). Text and HTML read synchronously (readReport,
// importFiles); Word and PDF need the asynchronous readDocument and importDocuments, which take
// every kind.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { GongkaiError } from '../errors.ts';
import { writeReportFile } from '../kb/store.ts';
import { decode } from './decode.ts';
import { htmlToText } from './html.ts';
import { parseBytes, parseReport, type ParseOptions } from './parse.ts';
import type { Report } from './schema.ts';

export interface ImportResult {
  file: string;
  report?: Report;
  path?: string;
  error?: GongkaiError;
}

export type InputKind = 'text' | 'html' | 'docx' | 'pdf';

export const INPUT_KINDS: Record<string, InputKind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.pdf': 'pdf',
};

/** The route a file takes, by its extension; an unknown extension is read as text. */
export function inputKind(file: string): InputKind {
  return INPUT_KINDS[extname(file).toLowerCase()] ?? 'text';
}

type Options = Omit<ParseOptions, 'file'>;

function readBytes(file: string): Buffer {
  try {
    if (statSync(file).isDirectory()) throw new GongkaiError('not_a_file', `${file}: is a folder`, { file });
    return readFileSync(file);
  } catch (err) {
    if (err instanceof GongkaiError) throw err;
    throw new GongkaiError('unreadable', `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file });
  }
}

/** A report parsed from text that was extracted from `bytes`: its source is the file, not the text. */
function parseExtracted(text: string, bytes: Uint8Array, encoding: string, opts: ParseOptions): Report {
  const report = parseReport(text, opts);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ...report, meta: { ...report.meta, source: { ...report.meta.source, sha256, encoding } } };
}

/** Text and HTML: the routes that need no waiting. */
function parseSync(bytes: Uint8Array, kind: 'text' | 'html', opts: ParseOptions): Report {
  if (kind === 'text') return parseBytes(bytes, opts);
  const decoded = decode(bytes, opts.file);
  return parseExtracted(htmlToText(decoded.text), bytes, `html/${decoded.encoding}`, opts);
}

/** Bytes of any kind → Report. */
export async function parseDocument(bytes: Uint8Array, kind: InputKind, opts: ParseOptions): Promise<Report> {
  if (kind === 'text' || kind === 'html') return parseSync(bytes, kind, opts);
  if (bytes.length === 0) throw new GongkaiError('empty', `${opts.file}: the file is empty`, { file: opts.file });
  const text = kind === 'pdf'
    ? await (await import('./pdf.ts')).pdfToText(bytes, opts.file)
    : await (await import('./docx.ts')).docxToText(bytes, opts.file);
  return parseExtracted(text, bytes, kind, opts);
}

/** A text or HTML report file → Report. A .docx or .pdf needs readDocument. */
export function readReport(file: string, opts: Options = {}): Report {
  const kind = inputKind(file);
  if (kind === 'docx' || kind === 'pdf') {
    throw new GongkaiError('needs_async', `${file}: a .${kind} file is read asynchronously: use readDocument`, { file });
  }
  return parseSync(readBytes(file), kind, { ...opts, file });
}

/** A report file of any kind (text, HTML, .docx, .pdf) → Report. */
export async function readDocument(file: string, opts: Options = {}): Promise<Report> {
  return parseDocument(readBytes(file), inputKind(file), { ...opts, file });
}

function asError(file: string, err: unknown): GongkaiError {
  return err instanceof GongkaiError ? err : new GongkaiError('parse_failed', `${file}: ${(err as Error).message}`, { file });
}

function checkOptions(files: string[], opts: Options): void {
  if (opts.id && files.length > 1) throw new GongkaiError('usage', '--id names one report: give one file with it');
}

/** Writes each parsed report; a report that cannot be written becomes an error. */
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

function store(results: ImportResult[], kbDir: string): ImportResult[] {
  distinctIds(results);
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

/** Text and HTML files → knowledge files. */
export function importFiles(files: string[], kbDir: string, opts: Options = {}): ImportResult[] {
  checkOptions(files, opts);
  return store(files.map((file) => {
    try {
      return { file, report: readReport(file, opts) };
    } catch (err) {
      return { file, error: asError(file, err) };
    }
  }), kbDir);
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
  opts: Options = {},
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult[]> {
  checkOptions(files, opts);
  const results: ImportResult[] = [];
  for (const [i, file] of files.entries()) {
    try {
      results.push({ file, report: await readDocument(file, opts) });
    } catch (err) {
      results.push({ file, error: asError(file, err) });
    }
    onProgress?.({ done: i + 1, total: files.length, file });
  }
  return store(results, kbDir);
}

/** The report files in a folder and its subfolders, by supported extension, in name order. */
export function findReportFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile() && INPUT_KINDS[extname(e.name).toLowerCase()]) out.push(p);
    }
  };
  visit(dir);
  return out;
}
