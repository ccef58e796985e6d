// Tables built to cost the importer time and memory, each generated here at the size that did
// harm: a row of tens of thousands of empty cells (HTML and Word), and 600 rows of cells spreading
// over 1,000 columns to the end of the table. Each is refused before the work, with an error
// naming the file, the table, the row and the limit; a wide but bounded row is read in one pass.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, readReport } from '../src/report/read.ts';
import { htmlToText } from '../src/report/html.ts';
import { DEFAULT_LIMITS, readImportLimits } from '../src/report/limits.ts';
import { tempDir } from './helpers.ts';
import { docx } from './support/docx.ts';

const dir = tempDir('gongkai-tables-');
const TITLE = '<p>某市某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p>';
const page = (body: string) => `<html><body>${TITLE}${body}</body></html>`;
const write = (name: string, data: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
};

describe('tables built to be slow', () => {
  it.each([10_000, 20_000, 60_000])('an HTML row of %i empty cells is refused, naming table, row and limit', (n) => {
    const file = write(`row-${n}.html`, page(`<table><tr><td>x</td></tr><tr>${'<td></td>'.repeat(n)}</tr></table>`));
    expect(() => readReport(file)).toThrow(`${file}: table 1, row 2 has ${n.toLocaleString('en')} cells, more than the limit of 2,000 (raise it with GONGKAI_IMPORT_MAX_ROW_CELLS)`);
  });

  it('a Word row of 40,000 cells is refused while the file unpacks, before mammoth reads it', async () => {
    const file = write('row.docx', await docx(`<w:tbl><w:tr>${'<w:tc><w:p/></w:tc>'.repeat(40_000)}</w:tr></w:tbl>`));
    await expect(readDocument(file)).rejects.toThrow(/row\.docx: a table row of the Word file reaches 2,001 cells, more than the limit of 2,000 \(raise it with GONGKAI_IMPORT_MAX_ROW_CELLS\)/);
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

describe('Word parts under other names', () => {
  it('a document part named word/document.dat with 3,000,000 paragraphs is counted and refused before mammoth reads it', async () => {
    const file = write('dat.docx', await docx('<w:p/>'.repeat(3_000_000), 'w', 'word/document.dat'));
    await expect(readDocument(file)).rejects.toThrow(/dat\.docx: the Word file holds more paragraphs than the limit of 50,000/);
  });

  it('a document part under another name is still read when it is within the limits', async () => {
    const file = write('small-dat.docx', await docx('<w:p><w:r><w:t>某市某局2024年政府信息公开工作年度报告</w:t></w:r></w:p><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>', 'w', 'word/document.dat'));
    // Read through, past the limits, to the check that it is an annual report at all.
    await expect(readDocument(file)).rejects.toMatchObject({ code: 'not_a_report' });
  });
});

describe('HTML nested deep', () => {
  it.each([5_000, 50_000])('%i elements deep: refused by name, not by a stack overflow', (n) => {
    const file = write(`deep-${n}.html`, page(`${'<div>'.repeat(n)}深${'</div>'.repeat(n)}`));
    expect(() => readReport(file)).toThrow(`${file}: elements nested at least 501 deep, more than the limit of 500 (raise it with GONGKAI_IMPORT_MAX_HTML_DEPTH)`);
  });
});
