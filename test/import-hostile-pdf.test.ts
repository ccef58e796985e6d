// PDFs built to cost the importer time: thousands of label fragments that each look for their
// row (once cubic in their number), a page of more pieces of text than any report prints, and
// more pages than any report has. Generated here; each ends in lines or a named limit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../src/report/pdf.ts';
import { readDocument } from '../src/report/read.ts';
import { DEFAULT_LIMITS } from '../src/report/limits.ts';
import { tempDir } from './helpers.ts';
import { pdf, type Piece } from './support/pdf.ts';

const dir = tempDir('gongkai-pdf-');
const write = (name: string, data: Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
};

describe('PDFs built to be slow', () => {
  it('4,800 label fragments stacked over one row all join that row, in one sweep', () => {
    const size = 10;
    const items = [];
    let y = 100_000;
    for (let i = 0; i < 4800; i++, y -= 1.5 * size) items.push({ str: '标签', x: 50, y, w: 20, size });
    items.push({ str: '行', x: 50, y, w: 10, size });
    for (let c = 0; c < 7; c++) items.push({ str: String(c), x: 300 + c * 40, y, w: 6, size });
    const lines = linesOf(items);
    expect(lines).toHaveLength(1);
    const [label, ...numbers] = lines[0]!.split('\t');
    expect(label!.match(/标签/g)).toHaveLength(4800);
    expect(numbers).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  }, 60_000);

  it('a page of more pieces of text than the limit is refused, naming the page', async () => {
    // Pieces far apart, each on its own baseline, so that pdf.js keeps each one apart.
    const pieces: Piece[] = Array.from({ length: DEFAULT_LIMITS.pdfPageItems }, (_, i) => ({ text: 'a', x: 20 + (i % 2) * 300, y: 20 + i * 0.04 }));
    const file = write('busy.pdf', pdf([[{ text: 'x', x: 10, y: 10 }], pieces]));
    await expect(readDocument(file)).rejects.toThrow(/busy\.pdf: page 2 holds [\d,]+ pieces of text, more than the limit of 20,000 \(raise it with GONGKAI_IMPORT_MAX_PDF_PAGE_ITEMS\)/);
  }, 60_000);

  it('more pages than the limit are refused before any is read', async () => {
    const n = DEFAULT_LIMITS.pdfPages + 1;
    const file = write('long.pdf', pdf(Array.from({ length: n }, () => [{ text: 'x', x: 10, y: 10 }])));
    await expect(readDocument(file)).rejects.toThrow(`${file}: ${n.toLocaleString('en')} pages, more than the limit of 2,000 (raise it with GONGKAI_IMPORT_MAX_PDF_PAGES)`);
    // The limit is the one given: five pages pass a limit of five (and hold no Chinese text).
    const five = write('five.pdf', pdf(Array.from({ length: 5 }, () => [{ text: 'x', x: 10, y: 10 }])));
    await expect(readDocument(five, { limits: { ...DEFAULT_LIMITS, pdfPages: 4 } })).rejects.toThrow(/5 pages, more than the limit of 4/);
    await expect(readDocument(five, { limits: { ...DEFAULT_LIMITS, pdfPages: 5 } })).rejects.toThrow(/no Chinese text layer/);
  }, 60_000);
});
