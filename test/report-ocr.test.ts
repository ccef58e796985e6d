// A scanned PDF (pages that are images, no text layer) read by OCR: the report imports, says it was
// read by OCR, and every cell of 三 it places is the report's; a number read with doubt stays aside.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../src/catalogue/format.ts';
import { render, seedModel } from '../src/report/generate.ts';
import { readDocument, readReport } from '../src/report/read.ts';
import { hasChromium, withPdfPrinter } from './documents.ts';
import { SEED, tempDir } from './helpers.ts';

const tesseract = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
const hasOcr = tesseract.status === 0 && /chi_sim/.test(tesseract.stdout + tesseract.stderr) && spawnSync('pdftoppm', ['-v']).status === 0;
if (!hasOcr) console.log('report-ocr: tesseract-ocr with chi_sim or poppler-utils is not installed; skipped');

describe.skipIf(!hasOcr || !hasChromium())('a scanned PDF', () => {
  it('is read by OCR, says so, and places no cell the report does not print', async () => {
    const dir = tempDir('gongkai-ocr-');
    const seed = readReport(SEED);
    // The report printed to PDF, its pages turned into images, the images printed again: a scan.
    const printed = await withPdfPrinter((print) => print(render(seedModel(seed), 'html')));
    writeFileSync(join(dir, 'text.pdf'), printed);
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', '-f', '3', '-l', '4', join(dir, 'text.pdf'), join(dir, 'page')]);
    const images = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    const html = `<html><body style="margin:0">${images.map((p) => `<img style="width:100%;display:block;page-break-after:always" src="data:image/png;base64,${readFileSync(join(dir, p)).toString('base64')}">`).join('')}</body></html>`;
    const scan = await withPdfPrinter((print) => print(html));
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, scan);
    const r = await readDocument(file, { agency: seed.meta.agency, year: seed.meta.year });
    expect(r.warnings.some((w) => w.code === 'ocr')).toBe(true);
    const wrong: string[] = [];
    let placed = 0;
    for (const [row, v] of Object.entries(r.requests.rows)) {
      for (const c of REQUEST_COLUMNS) {
        const got = v.cells[c.id];
        const want = seed.requests.rows[row]?.cells[c.id];
        if (got && got.state !== 'missing') placed++;
        if (got && got.state !== 'missing' && (!want || want.state === 'missing' || want.value !== got.value)) wrong.push(`${row}.${c.id}: ${got.value}`);
      }
    }
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
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', realPdf, join(dir, 'page')]);
    const images = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    const html = `<html><body style="margin:0">${images.map((p) => `<img style="width:100%;display:block;page-break-after:always" src="data:image/png;base64,${readFileSync(join(dir, p)).toString('base64')}">`).join('')}</body></html>`;
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, await withPdfPrinter((print) => print(html)));
    const scan = await readDocument(file, { agency: text.meta.agency, year: text.meta.year });
    expect(scan.warnings.some((w) => w.code === 'ocr')).toBe(true);
    const wrong: string[] = [];
    let placed = 0;
    for (const [row, v] of Object.entries(scan.requests.rows)) {
      for (const c of REQUEST_COLUMNS) {
        const got = v.cells[c.id];
        if (!got || got.state === 'missing') continue;
        placed++;
        const want = text.requests.rows[row]?.cells[c.id];
        if (!want || want.state === 'missing' || want.value !== got.value) wrong.push(`${row}.${c.id}: ${got.value}`);
      }
    }
    console.log(`real scanned report: ${placed} cells of 三 placed by OCR, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
  }, 300_000);
});
