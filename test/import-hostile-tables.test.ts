// Tables built to cost the importer time and memory, each generated here at the size that did
// harm: a row of tens of thousands of empty cells (HTML and Word), and 600 rows of cells spreading
// over 1,000 columns to the end of the table. Each is refused before the work, with an error
// naming the file, the table, the row and the limit; a wide but bounded row is read in one pass.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocument, readReport } from '../src/report/read.ts';
import { htmlToText } from '../src/report/html.ts';
import { DEFAULT_LIMITS, readImportLimits } from '../src/report/limits.ts';
import { tempDir } from './helpers.ts';

const dir = tempDir('gongkai-tables-');
const TITLE = '<p>某市某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p>';
const page = (body: string) => `<html><body>${TITLE}${body}</body></html>`;
const write = (name: string, data: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
};

/** A Word file whose body is `body`. */
async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('tables built to be slow', () => {
  it.each([10_000, 20_000, 60_000])('an HTML row of %i empty cells is refused, naming table, row and limit', (n) => {
    const file = write(`row-${n}.html`, page(`<table><tr><td>x</td></tr><tr>${'<td></td>'.repeat(n)}</tr></table>`));
    expect(() => readReport(file)).toThrow(`${file}: table 1, row 2 has ${n.toLocaleString('en')} cells, more than the limit of 2,000 (raise it with GONGKAI_IMPORT_MAX_ROW_CELLS)`);
  });

  it('a Word row of 40,000 cells is refused the same way', async () => {
    const file = write('row.docx', await docx(`<w:tbl><w:tr>${'<w:tc><w:p/></w:tc>'.repeat(40_000)}</w:tr></w:tbl>`));
    await expect(readDocument(file)).rejects.toThrow(/row\.docx: table 1, row 1 has 40,000 cells, more than the limit of 2,000/);
  });

  it('600 rows of rowspan="0" colspan="1000" are refused while the spans are resolved', () => {
    const file = write('spans.html', page(`<table>${'<tr><td rowspan="0" colspan="1000">x</td></tr>'.repeat(600)}</table>`));
    expect(() => readReport(file)).toThrow(/spans\.html: table 1 spreads over 600,000 cells by row 1, more than the limit of 200,000 \(raise it with GONGKAI_IMPORT_MAX_TABLE_CELLS\)/);
    // Rows that each add a little pass the row limit and are stopped by the table's.
    const many = write('many.html', page(`<table>${'<tr><td colspan="1000">x</td></tr>'.repeat(600)}</table>`));
    expect(() => readReport(many)).toThrow(/many\.html: table 1 spreads over 201,000 cells by row 201/);
  });

  it('a row just under the limit is read in one pass, its blanks placed as before', () => {
    const n = DEFAULT_LIMITS.tableRowCells - 2;
    const text = htmlToText(`<table><tr><td>规章</td>${'<td>&nbsp;</td>'.repeat(n)}<td>5</td></tr></table>`);
    const cells = text.trim().split('\t');
    expect(cells).toHaveLength(n + 2);
    expect(cells[0]).toBe('规章');
    expect(cells.at(-1)).toBe('5');
    expect(new Set(cells.slice(1, -1)).size).toBe(1);
  });

  it('the limits are raised from the environment', () => {
    expect(readImportLimits({ GONGKAI_IMPORT_MAX_ROW_CELLS: '70000', GONGKAI_IMPORT_MAX_TABLE_CELLS: '1000000' })).toMatchObject({ tableRowCells: 70_000, tableCells: 1_000_000 });
    const file = write('wide.html', page(`<table><tr>${'<td></td>'.repeat(3000)}</tr></table>`));
    expect(() => readReport(file, { limits: { ...DEFAULT_LIMITS, tableRowCells: 5000 } })).not.toThrow(/limit/);
  });
});
