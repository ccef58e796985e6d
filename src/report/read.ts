// Files → reports. A file's extension picks its route to the parser: text (.txt, .text, Markdown
// .md, and anything unknown), HTML (.html, .htm), Word (.docx) and PDF (.pdf). Text and HTML read
// synchronously (readReport); Word and PDF need the asynchronous readDocument, which takes every
// kind. Nothing here writes: the knowledge base imports the reports these read.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { extname, join } from 'node:path';
import { GongkaiError } from '../errors.ts';
import { decode, type Decoded } from './decode.ts';
import { htmlToText } from './html.ts';
import { pageUrlOf } from './page-url.ts';
import { DEFAULT_LIMITS, describeLimit, formatMB, overLimit, type ImportLimits } from './limits.ts';
import { parseReport, type ParseOptions } from './parse.ts';
import { MISSING, type Report } from './schema.ts';

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
  /** where the agency publishes the report; an HTML page's own canonical address otherwise */
  sourceUrl?: string;
}

/** Options for reading one file: its id, agency and year when the text lacks them, and the limits. */
export type ReadFileOptions = Omit<ReadOptions, 'file'>;

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
    throw overLimit('too_many_lines', file, `${lines.toLocaleString('en')} lines`, limits, 'lines');
  }
}

/** A report parsed from text that was extracted from `bytes`: its source is the file, not the text. */
function parseExtracted(text: string, bytes: Uint8Array, encoding: string, opts: ReadOptions & { pageUrl?: string }): Report {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  checkLines(text, opts.file, limits);
  const report = parseReport(text, opts);
  if (report.figures.length > limits.figures) {
    throw overLimit('too_many_figures', opts.file, `${report.figures.length.toLocaleString('en')} figures in its prose`, limits, 'figures');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const url = opts.sourceUrl ?? opts.pageUrl;
  return { ...report, meta: { ...report.meta, source: { ...report.meta.source, sha256, encoding, ...(url ? { url } : {}) } } };
}

/** Text and HTML: the routes that need no waiting. */
function parseSync(bytes: Uint8Array, kind: 'text' | 'html', opts: ReadOptions): Report {
  const decoded = decode(bytes, opts.file);
  const report = kind === 'text'
    ? parseExtracted(decoded.text, bytes, decoded.encoding, opts)
    : parseExtracted(htmlToText(decoded.text, opts.file, opts.limits), bytes, `html/${decoded.encoding}`, { ...opts, pageUrl: pageUrlOf(decoded.text) });
  if (decoded.truncated) report.warnings.push(truncatedWarning(decoded));
  return report;
}

function truncatedWarning(decoded: Decoded): Report['warnings'][number] {
  return { code: 'truncated', message: `the file ends in the middle of a character (${decoded.encoding}): it was cut short, and that character is left out` };
}

/**
 * In a report read by OCR an empty place in a table is no printed blank: OCR may have missed or
 * set aside the number there. Such a cell is missing (never 0), like a cell the text does not hold.
 */
function blanksUnknown(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (value && typeof value === 'object' && (value as { state?: unknown }).state === 'blank') (node as Record<string, unknown>)[key] = MISSING;
    else blanksUnknown(value);
  }
}

/** Bytes of any kind → Report. */
export async function parseDocument(bytes: Uint8Array, kind: InputKind, opts: ReadOptions): Promise<Report> {
  if (kind === 'text' || kind === 'html') return parseSync(bytes, kind, opts);
  if (bytes.length === 0) throw new GongkaiError('empty', `${opts.file}: the file is empty`, { file: opts.file });
  const { text, ocr } = kind === 'pdf'
    ? await (await import('./pdf.ts')).pdfToText(bytes, opts.file, opts.limits)
    : { text: await (await import('./docx.ts')).docxToText(bytes, opts.file, opts.limits), ocr: [] };
  const report = parseExtracted(text, bytes, kind, opts);
  if (ocr.length) {
    report.warnings.push({ code: 'ocr', message: `page${ocr.length > 1 ? 's' : ''} ${ocr.join(', ')} read by OCR (no text layer): numbers read with doubt are left aside; check the figures against the PDF` });
    blanksUnknown(report);
  }
  return report;
}

/** A text or HTML report file → Report. A .docx or .pdf needs readDocument. */
export function readReport(file: string, opts: ReadFileOptions = {}): Report {
  const kind = inputKind(file);
  if (kind === 'docx' || kind === 'pdf') {
    throw new GongkaiError('needs_async', `${file}: a .${kind} file is read asynchronously: use readDocument`, { file });
  }
  return parseSync(readBytes(file, opts.limits ?? DEFAULT_LIMITS), kind, { ...opts, file });
}

/** A report file of any kind (text, HTML, .docx, .pdf) → Report. */
export async function readDocument(file: string, opts: ReadFileOptions = {}): Promise<Report> {
  return parseDocument(readBytes(file, opts.limits ?? DEFAULT_LIMITS), inputKind(file), { ...opts, file });
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
