// A PDF page without a text layer (a scan) read by OCR: the page rendered to an image by poppler's
// pdftoppm, its words and their boxes read by tesseract with the Simplified Chinese model. The words
// become items with positions, as a text layer's are, so that report/pdf.ts places a table's cells
// under their columns the same way. Without those programs, the error names the packages to install.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GongkaiError } from '../errors.ts';
import type { Item } from './pdf-reach.ts';

const run = promisify(execFile);

/** What the OCR route needs, as Debian names it. */
export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-chi-sim poppler-utils';
/** Resolution a page is rendered at: enough for 10-point Chinese in a table cell. */
const DPI = 200;
/** Words read with less confidence than this are left out rather than guessed at. */
const LEAST_CONFIDENCE = 30;
/**
 * A number must be read with more: a digit misread is a wrong figure, where a word misread is only
 * a label not recognised. A number read with less is left as text, and its row stays aside.
 */
const NUMBER_CONFIDENCE = 85;

let available: Promise<boolean> | undefined;
/** Whether pdftoppm and tesseract with chi_sim are installed. */
export function ocrAvailable(): Promise<boolean> {
  available ??= (async () => {
    try {
      await run('pdftoppm', ['-v']);
      const { stdout, stderr } = await run('tesseract', ['--list-langs']);
      return /\bchi_sim\b/.test(stdout + stderr);
    } catch {
      return false;
    }
  })();
  return available;
}

export function noOcr(file: string): GongkaiError {
  return new GongkaiError('no_text_layer', `${file}: the PDF has no Chinese text layer (a scan?): install ${OCR_PACKAGES} to read it by OCR, or run OCR on it first`, { file });
}

/**
 * The words of the given pages (numbered from 1), each page's in its own list, with positions in
 * PDF points: x to the right, y upwards from the page's foot, as a text layer gives them.
 */
export async function ocrPages(bytes: Uint8Array, pages: number[], file: string): Promise<Map<number, Item[]>> {
  if (!(await ocrAvailable())) throw noOcr(file);
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-ocr-'));
  const out = new Map<number, Item[]>();
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, bytes);
    for (const p of pages) {
      await run('pdftoppm', ['-r', String(DPI), '-gray', '-f', String(p), '-l', String(p), pdf, join(dir, `p${p}`)]);
      const pgm = readdirSync(dir).find((f) => f.startsWith(`p${p}`) && f.endsWith('.pgm'));
      if (!pgm) continue;
      writeFileSync(join(dir, pgm), withoutRules(readFileSync(join(dir, pgm))));
      const { stdout } = await run('tesseract', [join(dir, pgm), '-', '-l', 'chi_sim', '--psm', '6', 'tsv'], { maxBuffer: 64 * 1024 * 1024 });
      out.set(p, wordsOf(stdout));
    }
  } catch (err) {
    if (err instanceof GongkaiError) throw err;
    throw new GongkaiError('ocr_failed', `${file}: OCR failed (${(err as Error).message.split('\n')[0]})`, { file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Dark enough to be ink. */
const INK = 128;
/** A dark run this long across is a table's rule, not a stroke of a character (rules run the cell's width). */
const RULE_ACROSS = 0.1;
/** A dark run this long down is a rule: taller than a line of 14-point text at 200 dpi. */
const RULE_DOWN = 45;

/**
 * A page image (binary PGM, as pdftoppm -gray writes it) with its table's rules painted white: OCR
 * reads a rule beside a digit as 1, l or |, and a cell's number as another.
 */
export function withoutRules(pgm: Buffer): Buffer {
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
  if (!head) return pgm;
  const [w, h] = [Number(head[1]), Number(head[2])];
  const px = pgm.subarray(head[0].length);
  if (px.length < w * h) return pgm;
  const across = Math.max(RULE_DOWN, Math.round(w * RULE_ACROSS));
  const rules: [number, number, number][] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w;) {
      if (px[y * w + x]! >= INK) { x++; continue; }
      const start = x;
      while (x < w && px[y * w + x]! < INK) x++;
      if (x - start >= across) rules.push([y * w + start, y * w + x, 1]);
    }
  }
  for (let x = 0; x < w; x++) {
    for (let y = 0; y < h;) {
      if (px[y * w + x]! >= INK) { y++; continue; }
      const start = y;
      while (y < h && px[y * w + x]! < INK) y++;
      if (y - start >= RULE_DOWN) rules.push([start * w + x, y * w + x, w]);
    }
  }
  // Painted after both passes, so that a crossing of two rules is found by each.
  for (const [from, to, step] of rules) for (let i = from; i < to; i += step) px[i] = 255;
  return pgm;
}

/** tesseract's TSV: a row per word (level 5) with its box in pixels, top down. */
function wordsOf(tsv: string): Item[] {
  const scale = 72 / DPI;
  const items: Item[] = [];
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    let text = f[11]!.trim();
    const confidence = Number(f[10]);
    if (!text || confidence < LEAST_CONFIDENCE) continue;
    // A number read with doubt is kept as what it is not: no reader takes it for a figure.
    if (/\d/.test(text) && confidence < NUMBER_CONFIDENCE) text = `〔${text}〕`;
    const [left, top, width, height] = [f[6], f[7], f[8], f[9]].map(Number) as [number, number, number, number];
    // A word's box is as tall as its characters: the font's size; its baseline, the box's foot.
    items.push({ str: text, x: left * scale, y: -(top + height) * scale, w: width * scale, size: height * scale });
  }
  return items;
}
