// Real documents made from a report's blocks, for tests and the bench (dev dependencies only):
// a Word .docx built as an OOXML zip with real tables and merged cells, and a PDF printed by
// Chromium from the report's HTML.
import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import type { Block, TCell } from '../src/report/generate.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const run = (text: string, bold = false) =>
  text ? `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>` : '';
const para = (text: string, bold = false) => `<w:p>${run(text, bold)}</w:p>`;

/** A Word table: gridSpan for colspan, vMerge restart/continue for rowspan, as Word writes them. */
function table(rows: TCell[][]): string {
  const width = Math.max(...rows.map((r) => r.reduce((a, c) => a + (c.colspan ?? 1), 0)));
  // Columns covered from above: col → [rows left, colspan].
  const down = new Map<number, [number, number]>();
  const trs = rows.map((row) => {
    const cells: string[] = [];
    let next = 0;
    for (let col = 0; col < width;) {
      const cover = down.get(col);
      if (cover) {
        cells.push(`<w:tc><w:tcPr>${cover[1] > 1 ? `<w:gridSpan w:val="${cover[1]}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
        if (--cover[0] === 0) down.delete(col);
        col += cover[1];
        continue;
      }
      const c = row[next++];
      if (!c) break;
      const cs = c.colspan ?? 1;
      const rs = c.rowspan ?? 1;
      if (rs > 1) down.set(col, [rs - 1, cs]);
      cells.push(`<w:tc><w:tcPr>${cs > 1 ? `<w:gridSpan w:val="${cs}"/>` : ''}${rs > 1 ? '<w:vMerge w:val="restart"/>' : ''}</w:tcPr>${para(c.text)}</w:tc>`);
      col += cs;
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr>`
    + `<w:tblGrid>${'<w:gridCol w:w="800"/>'.repeat(width)}</w:tblGrid>${trs.join('')}</w:tbl>`;
}

export async function docxFromBlocks(blocks: Block[]): Promise<Buffer> {
  const body = blocks.map((b) => (b.kind === 'table' ? table(b.rows) + '<w:p/>' : para(b.text, b.kind !== 'para'))).join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
  zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ---------------------------------------------------------------- PDF through Chromium

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Runs `fn` with a printer from HTML to PDF bytes, on one Chromium that is closed afterwards;
 * `fn` also gets the browser's version. `env` is the browser's environment (its fonts, say).
 */
export async function withPdfPrinter<T>(fn: (print: (html: string) => Promise<Buffer>, version: string) => Promise<T>, env?: NodeJS.ProcessEnv): Promise<T> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, ...(env && { env: env as Record<string, string> }) });
  try {
    const page = await browser.newPage();
    return await fn(async (html) => {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', printBackground: false, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
    }, browser.version());
  } finally {
    await browser.close();
  }
}
