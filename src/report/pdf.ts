// PDF → text lines, from the PDF's text layer: the text items of each page grouped into lines by
// their baseline, in x order within a line, with a space where the items stand apart. A table row
// becomes 「label 178 0 0 0 0 0 178」, the layout the parser reads for PDF text. A scanned page has
// no text layer: it is read by OCR when tesseract is installed (report/ocr.ts), else the import says
// what to install.
import { createRequire } from 'node:module';
import { dirname, join as joinPath } from 'node:path';
import { REQUEST_COLUMNS } from '../catalogue/format.ts';
import { GongkaiError } from '../errors.ts';
import { DEFAULT_LIMITS, overLimit, type ImportLimits } from './limits.ts';
import { ByHeight, largest, type Item } from './pdf-reach.ts';
import { headingOf } from './sections.ts';
import { isRequestLabel } from './tables.ts';
import { EMPTY_CELL } from './tokens.ts';

const COLUMNS_OF_3 = REQUEST_COLUMNS.length;

export type { Item } from './pdf-reach.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
/** The operators by which a page paints an image: a page of no text that uses one is a scan. */
const IMAGE_OPS = [
  'paintImageXObject', 'paintInlineImageXObject', 'paintInlineImageXObjectGroup', 'paintImageXObjectRepeat',
  'paintImageMaskXObject', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat',
] as const;
const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A PDF's text, and the pages of it read by OCR (the import warns of them). */
export async function pdfToText(bytes: Uint8Array, file: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<{ text: string; ocr: number[] }> {
  const { pages, ocr } = await readPages(bytes, file, limits);
  const text = textOfPages(pages);
  if (!/[\u4e00-\u9fff]/.test(text)) {
    // A scan with no OCR installed: the error names the packages that would read it.
    if (pages.some((p) => !p.length)) {
      const ocr = await import('./ocr.ts');
      if (!(await ocr.ocrAvailable())) throw ocr.noOcr(file);
    }
    throw new GongkaiError('no_text_layer', `${file}: the PDF has no Chinese text layer (a scan?): run OCR on it first`, { file });
  }
  return { text, ocr };
}

/** The text items of each page, as pdf.js reads them (blank items left out). */
export async function pdfPages(bytes: Uint8Array, file: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<Item[][]> {
  return (await readPages(bytes, file, limits)).pages;
}

/** The text items of each page, and the pages among them read by OCR. */
async function readPages(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<{ pages: Item[][]; ocr: number[] }> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument, OPS } = await pdfjs;
  let doc;
  try {
    doc = await getDocument({
      // pdf.js takes ownership of the buffer it is given: hand it a copy.
      data: new Uint8Array(bytes),
      cMapUrl: joinPath(assets, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: joinPath(assets, 'standard_fonts') + '/',
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw new GongkaiError('not_pdf', `${file}: not a readable PDF (${(err as Error).message})`, { file });
  }
  try {
    if (doc.numPages > limits.pdfPages) throw overLimit('too_many_pages', file, `${doc.numPages.toLocaleString('en')} pages`, limits, 'pdfPages');
    const pages: Item[][] = [];
    // A page with no text that paints an image is a scan; one that paints none is blank (a
    // trailing page a printer left), and reading it by OCR would only cost time.
    const scans: number[] = [];
    const imageOps = new Set(IMAGE_OPS.map((name) => OPS[name]).filter((op) => op !== undefined));
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      if (content.items.length > limits.pdfPageItems) {
        throw overLimit('too_many_items', file, `page ${p} holds ${content.items.length.toLocaleString('en')} pieces of text`, limits, 'pdfPageItems');
      }
      const pageItems: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const [a, b, , d, x, y] = it.transform as number[];
        pageItems.push({ str: it.str, x: x!, y: y!, w: it.width, size: Math.max(Math.hypot(a!, b!), Math.abs(d!), 1) });
      }
      if (!pageItems.length && (await page.getOperatorList()).fnArray.some((fn) => imageOps.has(fn))) scans.push(p);
      page.cleanup();
      pages.push(pageItems);
    }
    // Pages without a text layer (scans) are read by OCR, when it is installed (report/ocr.ts).
    const ocr = scans.length ? await import('./ocr.ts') : undefined;
    if (ocr && (await ocr.ocrAvailable())) {
      for (const [p, words] of await ocr.ocrPages(bytes, scans, file)) pages[p - 1] = words;
      return { pages, ocr: scans };
    }
    return { pages, ocr: [] };
  } finally {
    await doc.destroy();
  }
}

/**
 * The text of a PDF's pages, each page its text items as pdf.js gives them. Pages are stacked
 * into one flow, each page's first line a line below the last of the page before, so that a table
 * row a page break cuts in two still reads as one row.
 */
export function textOfPages(pages: readonly Item[][]): string {
  const items: Item[] = [];
  let bottom: number | undefined;
  for (const source of pages) {
    if (!source.length) continue;
    const pageItems = source.map((i) => ({ ...i }));
    // Folds, not spreads: a page may hold more items than a call takes arguments.
    const top = pageItems.reduce((m, i) => Math.max(m, i.y), -Infinity);
    const shift = bottom === undefined ? 0 : bottom - 1.5 * pageItems[0]!.size - top;
    for (const i of pageItems) i.y += shift;
    bottom = pageItems.reduce((m, i) => Math.min(m, i.y), Infinity);
    for (const i of pageItems) items.push(i);
  }
  return linesOf(items).join('\n');
}

interface PdfLine {
  y: number;
  size: number;
  items: Item[];
  /** the trailing items that are numbers, apart from the label by a cell gap */
  nums: Item[];
  /** the items before them */
  labels: Item[];
}

const PAGE_NUMBER = /^(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页.*|\d+\s*\/\s*\d+|\d+|Page\s*\d+.*)$/i;
const NUMS = /^[-−]?\d[\d,.]*(?:\s+[-−]?\d[\d,.]*)*$/;
const end = (it: Item) => it.x + it.w;

/** Items on one baseline (within 40% of the font size) form a line; lines run top to bottom. */
function baselines(items: Item[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(line[0]!.y - it.y) <= Math.min(line[0]!.size, it.size) * 0.4) line.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    g.sort((p, q) => p.x - q.x);
    const size = g.reduce((m, i) => Math.max(m, i.size), -Infinity);
    let k = g.length;
    while (k > 0 && NUMS.test(g[k - 1]!.str.trim())) k--;
    // Numbers count as cells when nothing precedes them, a cell's gap does (not a word space), or
    // they stand a column apart from each other (a long label may fill its cell to the edge).
    const nums = g.slice(k);
    const apart = nums.length >= 2 && nums.every((n, i) => i === 0 || n.x - end(nums[i - 1]!) >= size);
    const table = k < g.length && (k === 0 || g[k]!.x - end(g[k - 1]!) >= size * 0.8 || apart);
    return { y: g[0]!.y, size, items: g, nums: table ? g.slice(k) : [], labels: table ? g.slice(0, k) : g };
  });
}

/** A run of items as text: touching runs are one word, a gap is a space. */
function textOf(items: Item[]): string {
  let out = '';
  let right = -Infinity;
  for (const it of items) {
    if (out && it.x - right > it.size * 0.2 && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' ';
    out += it.str;
    right = Math.max(right, end(it));
  }
  return out.trim();
}

/**
 * A page's lines. In a table row whose label wraps, the numbers sit on one line and the label's
 * other lines above and below it (a cell centred vertically): each label-only line that lies in
 * the label area, left of a row's first number, goes to the nearest such row. A row so rebuilt is
 * printed as tab-separated cells, each column's fragments joined top to bottom.
 */
export function linesOf(items: Item[]): string[] {
  const lines = baselines(items);
  const rows = lines.filter((l) => l.nums.length);
  const attached = new Map<PdfLine, PdfLine[]>();
  const owner = new Map<PdfLine, PdfLine>();
  const free = lines.filter((l) => !l.nums.length && !headingOf(textOf(l.items)) && !PAGE_NUMBER.test(textOf(l.items)));
  const right = (l: PdfLine) => l.items.reduce((m, i) => Math.max(m, end(i)), -Infinity);
  const inLabels = (l: PdfLine, r: PdfLine) => right(l) <= r.nums[0]!.x - 0.3 * r.size;
  const attach = (l: PdfLine, r: PdfLine) => {
    const list = attached.get(r);
    if (list) list.push(l);
    else attached.set(r, [l]);
    owner.set(l, r);
  };
  // Rows and fragments indexed by height (pdf-reach.ts): each looks only at its neighbours.
  const rowsByHeight = new ByHeight(rows);
  const rowReach = largest(rows);
  for (const l of free) {
    let best: PdfLine | undefined;
    for (const r of rowsByHeight.within(l.y, 2.5 * Math.max(rowReach, l.size))) {
      const d = Math.abs(r.y - l.y);
      if (d > 2.5 * Math.max(r.size, l.size) || !inLabels(l, r)) continue;
      if (!best || d < Math.abs(best.y - l.y)) best = r;
    }
    if (best) attach(l, best);
  }
  // A label of three lines or more reaches further: a fragment right under (or over) a fragment
  // of a row, in the same column, belongs to that row too. Each fragment attached is looked
  // around once, so a chain of any length is followed in one sweep.
  const overlap = (a: PdfLine, b: PdfLine) => a.items[0]!.x < right(b) && b.items[0]!.x < right(a);
  const freeByHeight = new ByHeight(free);
  const freeReach = largest(free);
  const reached = [...owner.keys()];
  for (let k = 0; k < reached.length; k++) {
    const a = reached[k]!;
    for (const l of freeByHeight.within(a.y, 1.8 * Math.max(a.size, freeReach))) {
      if (owner.has(l) || Math.abs(a.y - l.y) > 1.8 * Math.max(a.size, l.size) || !overlap(a, l) || !inLabels(l, owner.get(a)!)) continue;
      attach(l, owner.get(a)!);
      reached.push(l);
    }
  }
  const out: string[] = [];
  const body = median(items.map((i) => i.size));
  const full = new ByHeight(rows.filter((r) => r.nums.length === COLUMNS_OF_3));
  let title: PdfLine | undefined;
  for (const l of lines) {
    if (owner.has(l)) continue;
    const extra = attached.get(l);
    // A title in a large font that wraps is one line: its parts join without a space.
    const big = l.size >= body * 1.25 && !l.nums.length;
    if (big && title && Math.abs(l.size - title.size) <= title.size * 0.1 && title.y - l.y <= 1.8 * l.size) {
      out[out.length - 1] += textOf(l.items);
      title = l;
      continue;
    }
    title = big ? l : undefined;
    // The label's columns, read once: for the row's cells and for its rebuilt label.
    const labels = [...l.labels, ...(extra ?? []).flatMap((e) => e.items)];
    let labelColumns: string[] | undefined;
    const labelText = () => (labelColumns ??= columns(labels).map(columnText));
    const placed = underHeaders(l, full, labelText);
    if (!extra) {
      out.push(placed ? [textOf(l.labels), ...placed].join('\t') : textOf(l.items));
      continue;
    }
    out.push([...labelText(), ...(placed ?? l.nums.map((n) => n.str.trim()))].join('\t'));
  }
  return out;
}

/**
 * A row of 三 that prints fewer numbers than its seven columns (empty cells left blank): each
 * number goes to the column it stands under, as the nearest row that fills all seven shows the
 * columns; the columns it leaves are empty cells. Undefined when the row is full, is no row of 三,
 * or a number stands between columns.
 */
function underHeaders(l: PdfLine, full: ByHeight<PdfLine>, labelText: () => string[]): string[] | undefined {
  if (!l.nums.length || l.nums.length >= COLUMNS_OF_3 || !labelText().some(isRequestLabel)) return undefined;
  let ref: PdfLine | undefined;
  for (const r of full.within(l.y, 40 * l.size)) if (!ref || Math.abs(r.y - l.y) < Math.abs(ref.y - l.y)) ref = r;
  if (!ref) return undefined;
  const centre = (i: Item) => i.x + i.w / 2;
  const centres = ref.nums.map(centre);
  const spacing = Math.min(...centres.slice(1).map((c, i) => c - centres[i]!));
  const cells: string[] = centres.map(() => EMPTY_CELL);
  let last = -1;
  for (const n of l.nums) {
    const d = centres.map((c) => Math.abs(c - centre(n)));
    const col = d.indexOf(Math.min(...d));
    if (col <= last || d[col]! > spacing * 0.35) return undefined;
    cells[col] = n.str.trim();
    last = col;
  }
  return cells;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Items grouped into columns: items whose x ranges overlap, or nearly touch, share a column. */
function columns(items: Item[]): Item[][] {
  const cols: { right: number; items: Item[] }[] = [];
  for (const it of [...items].sort((p, q) => p.x - q.x)) {
    const c = cols[cols.length - 1];
    if (c && it.x < c.right + it.size * 0.3) {
      c.items.push(it);
      c.right = Math.max(c.right, end(it));
    } else cols.push({ right: end(it), items: [it] });
  }
  return cols.map((c) => c.items);
}

/** A column's fragments top to bottom; the lines of a wrapped label join without a space. */
function columnText(items: Item[]): string {
  const byLine = baselines(items);
  return byLine.map((l) => textOf(l.items)).join('');
}
