// A scanned PDF (pages that are images, no text layer) read by OCR: the report imports, says it was
// read by OCR, and every cell of 三 it places is the report's; a number read with doubt stays aside.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../src/catalogue/format.ts';
import { render, seedModel } from '../src/report/generate.ts';
import { readDocument, readReport } from '../src/report/read.ts';
import type { Report } from '../src/report/schema.ts';
import { hasChromium, withPdfPrinter } from './documents.ts';
import { SEED, tempDir } from './helpers.ts';

const tesseract = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
const hasOcr = tesseract.status === 0 && /chi_sim/.test(tesseract.stdout + tesseract.stderr) && spawnSync('pdftoppm', ['-v']).status === 0;
if (!hasOcr) console.log('report-ocr: tesseract-ocr with chi_sim or poppler-utils is not installed; skipped');

/** A PDF's pages turned into images and printed again as a PDF of images only: a scan. */
async function scanned(pdf: string, dir: string, pages: string[] = []): Promise<string> {
  execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', ...pages, pdf, join(dir, 'page')]);
  const images = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
  const html = `<html><body style="margin:0">${images.map((p) => `<img style="width:100%;display:block;page-break-after:always" src="data:image/png;base64,${readFileSync(join(dir, p)).toString('base64')}">`).join('')}</body></html>`;
  const file = join(dir, 'scan.pdf');
  writeFileSync(file, await withPdfPrinter((print) => print(html)));
  return file;
}

/** The cells of 三 a scan placed, and those that differ from the report's own. */
function compared(scan: Report, want: Report): { placed: number; wrong: string[] } {
  const wrong: string[] = [];
  let placed = 0;
  for (const [row, v] of Object.entries(scan.requests.rows)) {
    for (const c of REQUEST_COLUMNS) {
      const got = v.cells[c.id];
      if (!got || got.state === 'missing') continue;
      placed++;
      const cell = want.requests.rows[row]?.cells[c.id];
      if (!cell || cell.state === 'missing' || cell.value !== got.value) wrong.push(`${row}.${c.id}: ${got.value}`);
    }
  }
  return { placed, wrong };
}

describe.skipIf(!hasOcr || !hasChromium())('a scanned PDF', () => {
  it('is read by OCR, says so, and places no cell the report does not print', async () => {
    const dir = tempDir('gongkai-ocr-');
    const seed = readReport(SEED);
    // The report printed to PDF, its pages 3 and 4 (tables 三 and 四) scanned.
    writeFileSync(join(dir, 'text.pdf'), await withPdfPrinter((print) => print(render(seedModel(seed), 'html'))));
    const r = await readDocument(await scanned(join(dir, 'text.pdf'), dir, ['-f', '3', '-l', '4']), { agency: seed.meta.agency, year: seed.meta.year });
    expect(r.warnings.some((w) => w.code === 'ocr')).toBe(true);
    const { placed, wrong } = compared(r, seed);
    console.log(`scanned PDF: ${placed} cells of 三 placed by OCR, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
  }, 300_000);
});

// A real report as an agency published it, turned into page images and back into a PDF of images
// only: every cell OCR places must be the text layer's, or set aside. Reads ../shared in place.
const realPdf = join(import.meta.dirname, '..', '..', 'shared', 'reports', 'real', 'huaian-hongzequ-zhengfu-2024.pdf');
const hasReal = (() => { try { readFileSync(realPdf); return true; } catch { return false; } })();
if (hasOcr && !hasReal) console.log('report-ocr: ../shared/reports/real is not beside the clone; the real scanned report is skipped');

describe.skipIf(!hasOcr || !hasChromium() || !hasReal)('a real report scanned', () => {
  it('places only cells its text layer gives, the rest aside', async () => {
    const dir = tempDir('gongkai-ocr-real-');
    const text = await readDocument(realPdf);
    const scan = await readDocument(await scanned(realPdf, dir), { agency: text.meta.agency, year: text.meta.year });
    expect(scan.warnings.some((w) => w.code === 'ocr')).toBe(true);
    const { placed, wrong } = compared(scan, text);
    console.log(`real scanned report: ${placed} cells of 三 placed by OCR, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
  }, 300_000);
});
