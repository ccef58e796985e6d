// PDF → text lines, from the PDF's text layer: the text items of each page grouped into lines by
// their baseline, in x order within a line, with a space where the items stand apart. A table row
// becomes 「label 178 0 0 0 0 0 178」, the layout the parser reads for PDF text. A scanned PDF has
// no text layer and says so.
import { createRequire } from 'node:module';
import { dirname, join as joinPath } from 'node:path';
import { GongkaiError } from '../errors.ts';
import { headingOf } from './sections.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function pdfToText(bytes: Uint8Array, file: string): Promise<string> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
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
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const [a, b, , d, x, y] = it.transform as number[];
        items.push({ str: it.str, x: x!, y: y!, w: it.width, size: Math.max(Math.hypot(a!, b!), Math.abs(d!), 1) });
      }
      pages.push(linesOf(items).join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n');
    if (!/[\u4e00-\u9fff]/.test(text)) {
      throw new GongkaiError('no_text_layer', `${file}: the PDF has no Chinese text layer (a scan?): run OCR on it first`, { file });
    }
    return text;
  } finally {
    await doc.destroy();
  }
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
    const size = Math.max(...g.map((i) => i.size));
    let k = g.length;
    while (k > 0 && NUMS.test(g[k - 1]!.str.trim())) k--;
    // Numbers count as cells when nothing precedes them or a cell's gap does, not a word space.
    const table = k < g.length && (k === 0 || g[k]!.x - end(g[k - 1]!) >= size * 0.8);
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
  const taken = new Set<PdfLine>();
  for (const l of lines) {
    if (l.nums.length || headingOf(textOf(l.items))) continue;
    const right = Math.max(...l.items.map(end));
    let best: PdfLine | undefined;
    for (const r of rows) {
      const d = Math.abs(r.y - l.y);
      if (d > 2.5 * Math.max(r.size, l.size) || right > r.nums[0]!.x - 0.3 * r.size) continue;
      if (!best || d < Math.abs(best.y - l.y)) best = r;
    }
    if (!best) continue;
    attached.set(best, [...(attached.get(best) ?? []), l]);
    taken.add(l);
  }
  const out: string[] = [];
  for (const l of lines) {
    if (taken.has(l)) continue;
    const extra = attached.get(l);
    if (!extra) {
      out.push(textOf(l.items));
      continue;
    }
    const labels = [...l.labels, ...extra.flatMap((e) => e.items)];
    out.push([...columns(labels).map(columnText), ...l.nums.map((n) => n.str.trim())].join('\t'));
  }
  return out;
}

/** Items grouped into columns: items whose x ranges overlap, or nearly touch, share a column. */
function columns(items: Item[]): Item[][] {
  const cols: { left: number; right: number; items: Item[] }[] = [];
  for (const it of [...items].sort((p, q) => p.x - q.x)) {
    const c = cols[cols.length - 1];
    if (c && it.x < c.right + it.size * 0.3) {
      c.items.push(it);
      c.right = Math.max(c.right, end(it));
    } else cols.push({ left: it.x, right: end(it), items: [it] });
  }
  return cols.map((c) => c.items);
}

/** A column's fragments top to bottom; the lines of a wrapped label join without a space. */
function columnText(items: Item[]): string {
  const byLine = baselines(items);
  return byLine.map((l) => textOf(l.items)).join('');
}
