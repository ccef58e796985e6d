// How much one imported file may hold. A real annual report is a few hundred lines and a few dozen
// figures; a file many times larger is a mistake or an attack (a 156 MB text, a Word file that
// unpacks to millions of paragraphs), and would make every later answer about it slow. Each limit
// is generous for real reports, named, and can be raised from the environment (and the file size
// also by `import --max-mb`).
import { GongkaiError, type ErrorCode } from '../errors.ts';

export interface ImportLimits {
  /** bytes of one input file, read or not */
  fileBytes: number;
  /** lines of text one report may have (after extraction from HTML, Word or PDF) */
  lines: number;
  /** figures stated in the prose of one report */
  figures: number;
  /** bytes the XML parts of a Word file may unpack to */
  docxXmlBytes: number;
  /** paragraphs (table cells included) in the XML parts of a Word file */
  docxParagraphs: number;
  /** positions one table row spreads over (HTML and Word tables, merged cells counted as they spread) */
  tableRowCells: number;
  /** positions one table fills once its merged cells have spread (rowspan, colspan) */
  tableCells: number;
  /** elements nested inside one another in an HTML page (or Word's HTML) */
  htmlDepth: number;
  /** pages of a PDF */
  pdfPages: number;
  /** pieces of text on one PDF page */
  pdfPageItems: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  fileBytes: 20 * MB,
  lines: 100_000,
  figures: 20_000,
  docxXmlBytes: 50 * MB,
  docxParagraphs: 50_000,
  tableRowCells: 2_000,
  tableCells: 200_000,
  htmlDepth: 500,
  pdfPages: 2_000,
  pdfPageItems: 20_000,
});

/** The environment variable that raises each limit; sizes are in MB. */
export const LIMIT_VARIABLES: Record<keyof ImportLimits, string> = {
  fileBytes: 'GONGKAI_IMPORT_MAX_MB',
  lines: 'GONGKAI_IMPORT_MAX_LINES',
  figures: 'GONGKAI_IMPORT_MAX_FIGURES',
  docxXmlBytes: 'GONGKAI_IMPORT_MAX_DOCX_MB',
  docxParagraphs: 'GONGKAI_IMPORT_MAX_DOCX_PARAGRAPHS',
  tableRowCells: 'GONGKAI_IMPORT_MAX_ROW_CELLS',
  tableCells: 'GONGKAI_IMPORT_MAX_TABLE_CELLS',
  htmlDepth: 'GONGKAI_IMPORT_MAX_HTML_DEPTH',
  pdfPages: 'GONGKAI_IMPORT_MAX_PDF_PAGES',
  pdfPageItems: 'GONGKAI_IMPORT_MAX_PDF_PAGE_ITEMS',
};

const inMB = (key: keyof ImportLimits) => key === 'fileBytes' || key === 'docxXmlBytes';

/** The limits the environment sets, then `overrides` (from the command line), over the defaults. */
export function readImportLimits(env: Record<string, string | undefined> = process.env, overrides: Partial<ImportLimits> = {}): ImportLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof ImportLimits)[]) {
    const raw = env[LIMIT_VARIABLES[key]];
    if (raw === undefined || raw === '') continue;
    limits[key] = parseLimit(raw, key, LIMIT_VARIABLES[key]);
  }
  return { ...limits, ...overrides };
}

/** A positive number (MB for sizes, a count otherwise) → the limit; `name` says where it came from. */
export function parseLimit(raw: string, key: keyof ImportLimits, name: string): number {
  const n = Number(raw);
  const ok = inMB(key) ? Number.isFinite(n) && n > 0 : Number.isInteger(n) && n > 0;
  if (!ok) throw new GongkaiError('bad_config', `${name}=${raw}: expected ${inMB(key) ? 'a size in MB' : 'a whole number'} greater than 0`);
  return inMB(key) ? Math.round(n * MB) : n;
}

/** The error for input over `key`: what was found where (「table 2, row 5: 60,000 cells」) and the limit. */
export function overLimit(code: ErrorCode, file: string, found: string, limits: ImportLimits, key: keyof ImportLimits): GongkaiError {
  return new GongkaiError(code, `${file}: ${found}, more than the limit of ${describeLimit(limits, key)}`, { file });
}

/** How a limit reads in an error: its value, and how to raise it. */
export function describeLimit(limits: ImportLimits, key: keyof ImportLimits): string {
  const value = inMB(key) ? `${formatMB(limits[key])} MB` : limits[key].toLocaleString('en');
  const flag = key === 'fileBytes' ? '--max-mb or ' : '';
  return `${value} (raise it with ${flag}${LIMIT_VARIABLES[key]})`;
}

export function formatMB(bytes: number): string {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
