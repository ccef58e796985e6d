// Files → reports → knowledge files. Every file is parsed before anything is written, and each
// knowledge file is replaced atomically, so a failed import leaves what was stored as it was.
//
// A file's extension picks its route to the parser: text (.txt, .text, Markdown .md, and anything unknown),
// HTML (.html, .htm), Word (.docx) and PDF (.pdf). Text and HTML read synchronously (readReport,
// importFiles); Word and PDF need the asynchronous readDocument and importDocuments, which take
// every kind.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { GongkaiError } from '../errors.ts';
import { withKbLock } from '../kb/lock.ts';
import { describeLoss, lossOf } from '../kb/replace.ts';
import { fileVersion, kbVersions, readReportFile, reportPath, reportText, writeReportFile } from '../kb/store.ts';
import { decode, type Decoded } from './decode.ts';
import { htmlToText } from './html.ts';
import { DEFAULT_LIMITS, describeLimit, formatMB, type ImportLimits } from './limits.ts';
import { parseReport, type ParseOptions } from './parse.ts';
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

export interface ReadOptions extends ParseOptions {
  /** how much one file may hold; DEFAULT_LIMITS when absent */
  limits?: ImportLimits;
}

type Options = Omit<ReadOptions, 'file'> & {
  /** replace stored reports even when the new one would lose cells or sections */
  replace?: boolean;
  /** hears that another import is writing the knowledge base, and that this one waits */
  onWait?: (message: string) => void;
};

/** A file's bytes, refused unread when it is larger than the limit. */
function readBytes(file: string, limits: ImportLimits): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new GongkaiError('not_a_file', `${file}: is a folder`, { file });
    if (stat.size > limits.fileBytes) throw tooLarge(file, stat.size, limits);
    return stat.isFile() ? readFileSync(fd) : readStream(fd, file, limits);
  } catch (err) {
    if (err instanceof GongkaiError) throw err;
    throw new GongkaiError('unreadable', `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `size` undefined: a stream, read only as far as the limit. */
function tooLarge(file: string, size: number | undefined, limits: ImportLimits): GongkaiError {
  const what = size === undefined ? 'longer than' : `${formatMB(size)} MB, more than`;
  return new GongkaiError('too_large', `${file}: ${what} the limit of ${describeLimit(limits, 'fileBytes')}`, { file });
}

/** A pipe or a device has no size up front: read it, but never past the limit. */
function readStream(fd: number, file: string, limits: ImportLimits): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    const n = readSync(fd, chunk);
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > limits.fileBytes) throw tooLarge(file, undefined, limits);
    chunks.push(chunk.subarray(0, n));
  }
}

const LINE_END = /\r\n?|\n/g;

/** A text with more lines than a report may have is refused before the parser reads it. */
function checkLines(text: string, file: string, limits: ImportLimits): void {
  let lines = 1;
  for (LINE_END.lastIndex = 0; LINE_END.test(text);) lines++;
  if (lines > limits.lines) {
    throw new GongkaiError('too_many_lines', `${file}: ${lines.toLocaleString('en')} lines, more than the limit of ${describeLimit(limits, 'lines')}`, { file });
  }
}

/** A report parsed from text that was extracted from `bytes`: its source is the file, not the text. */
function parseExtracted(text: string, bytes: Uint8Array, encoding: string, opts: ReadOptions): Report {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  checkLines(text, opts.file, limits);
  const report = parseReport(text, opts);
  if (report.figures.length > limits.figures) {
    throw new GongkaiError('too_many_figures', `${opts.file}: ${report.figures.length.toLocaleString('en')} figures in its prose, more than the limit of ${describeLimit(limits, 'figures')}`, { file: opts.file });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ...report, meta: { ...report.meta, source: { ...report.meta.source, sha256, encoding } } };
}

/** Text and HTML: the routes that need no waiting. */
function parseSync(bytes: Uint8Array, kind: 'text' | 'html', opts: ReadOptions): Report {
  const decoded = decode(bytes, opts.file);
  const report = kind === 'text'
    ? parseExtracted(decoded.text, bytes, decoded.encoding, opts)
    : parseExtracted(htmlToText(decoded.text), bytes, `html/${decoded.encoding}`, opts);
  if (decoded.truncated) report.warnings.push(truncatedWarning(decoded));
  return report;
}

function truncatedWarning(decoded: Decoded): Report['warnings'][number] {
  return { code: 'truncated', message: `the file ends in the middle of a character (${decoded.encoding}): it was cut short, and that character is left out` };
}

/** Bytes of any kind → Report. */
export async function parseDocument(bytes: Uint8Array, kind: InputKind, opts: ReadOptions): Promise<Report> {
  if (kind === 'text' || kind === 'html') return parseSync(bytes, kind, opts);
  if (bytes.length === 0) throw new GongkaiError('empty', `${opts.file}: the file is empty`, { file: opts.file });
  const text = kind === 'pdf'
    ? await (await import('./pdf.ts')).pdfToText(bytes, opts.file)
    : await (await import('./docx.ts')).docxToText(bytes, opts.file, opts.limits);
  return parseExtracted(text, bytes, kind, opts);
}

/** A text or HTML report file → Report. A .docx or .pdf needs readDocument. */
export function readReport(file: string, opts: Options = {}): Report {
  const kind = inputKind(file);
  if (kind === 'docx' || kind === 'pdf') {
    throw new GongkaiError('needs_async', `${file}: a .${kind} file is read asynchronously: use readDocument`, { file });
  }
  return parseSync(readBytes(file, opts.limits ?? DEFAULT_LIMITS), kind, { ...opts, file });
}

/** A report file of any kind (text, HTML, .docx, .pdf) → Report. */
export async function readDocument(file: string, opts: Options = {}): Promise<Report> {
  return parseDocument(readBytes(file, opts.limits ?? DEFAULT_LIMITS), inputKind(file), { ...opts, file });
}

function asError(file: string, err: unknown): GongkaiError {
  return err instanceof GongkaiError ? err : new GongkaiError('parse_failed', `${file}: ${(err as Error).message}`, { file });
}

function checkOptions(files: string[], opts: Options): void {
  if (opts.id && files.length > 1) throw new GongkaiError('usage', '--id names one report: give one file with it');
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
function store(results: ImportResult[], kbDir: string, opts: Options, began: Map<string, string>): ImportResult[] {
  distinctIds(results);
  const parsed = results.filter((r) => r.report);
  if (!parsed.length) return results;
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
function replacing(r: ImportResult, kbDir: string, opts: Options, began: Map<string, string>): GongkaiError | undefined {
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

/** Text and HTML files → knowledge files. */
export function importFiles(files: string[], kbDir: string, opts: Options = {}): ImportResult[] {
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
  opts: Options = {},
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
