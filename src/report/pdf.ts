// PDF → text lines, from the PDF's text layer: the text items of each page grouped into lines by
// their baseline, in x order within a line, with a space where the items stand apart. A table row
// becomes 「label 178 0 0 0 0 0 178」, the layout the parser reads for PDF text. A scanned PDF has
// no text layer and says so.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GongkaiError } from '../errors.ts';

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
      cMapUrl: join(assets, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(assets, 'standard_fonts') + '/',
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

/** Items on one baseline (within 40% of the font size) form a line; lines run top to bottom. */
export function linesOf(items: Item[]): string[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - it.y) <= Math.min(line[0]!.size, it.size) * 0.4) line.push(it);
    else lines.push([it]);
  }
  return lines.map((line) => {
    line.sort((p, q) => p.x - q.x);
    let out = '';
    let end = -Infinity;
    for (const it of line) {
      // Runs that touch are one word (a label split by a font change); a gap is a cell boundary or a space.
      if (out && it.x - end > it.size * 0.2 && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' ';
      out += it.str;
      end = Math.max(end, it.x + it.w);
    }
    return out.trim();
  });
}
