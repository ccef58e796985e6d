// HTML, Word and PDF reports give the same cells as the text they were made from. The HTML fixture
// is the seed report as a government site would serve it (layout table, menus, footer, merged
// cells, &nbsp; blanks); the .docx and the .pdf are made here from the seed's content.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { audit } from '../src/report/audit.ts';
import { figuresOf, makeModel, render, reportBlocks, seedModel } from '../src/report/generate.ts';
import { importDocuments } from '../src/kb/import.ts';
import { readDocument, readReport } from '../src/report/read.ts';
import type { Report } from '../src/report/schema.ts';
import { parseReport } from '../src/report/parse.ts';
import { textOfPages } from '../src/report/pdf.ts';
import { docxFromBlocks, hasChromium, withPdfPrinter } from './documents.ts';
import { BLANKS_MODEL, fixturesOf } from './fixtures/pdf/fixture.ts';
import { cli, ROOT, SEED, tempDir } from './helpers.ts';

const HTML = join(ROOT, 'test', 'fixtures', 'html', 'zhoukou-zhujianju-2024.html');
const textRoute = readReport(SEED);
const dir = tempDir('gongkai-formats-');
const write = (name: string, data: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
};

/** Sections 二, 三 and 四 as numbers (a blank is 0), and what else must not change. */
function expectSameReport(r: Report) {
  expect(figuresOf(r)).toEqual(figuresOf(textRoute));
  expect(r.meta).toMatchObject({ agency: '周口市住房和城乡建设局', year: 2024, format: '2021' });
  expect(r.warnings).toEqual([]);
  expect(audit(r)).toEqual([]);
  expect(r.prose.map((p) => `${p.section}/${p.subsection}`)).toEqual(textRoute.prose.map((p) => `${p.section}/${p.subsection}`));
  expect(r.figures.map((f) => [f.value, f.unit])).toEqual(textRoute.figures.map((f) => [f.value, f.unit]));
}

describe('HTML', () => {
  it('a report page with merged cells and &nbsp; blanks gives the cells of the text', () => {
    const r = readReport(HTML);
    expectSameReport(r);
    expect(r.meta.source).toMatchObject({ file: 'zhoukou-zhujianju-2024.html', encoding: 'html/utf-8' });
  });

  it('keeps an &nbsp; cell between numbers as a blank, never a shift', () => {
    const r = readReport(HTML);
    expect(r.requests.rows.granted!.cells.research).toMatchObject({ state: 'blank', value: 0 });
    expect(r.requests.rows.total_handled!.cells.commercial).toMatchObject({ state: 'blank', value: 0 });
    expect(r.requests.rows.total_handled!.cells.total).toMatchObject({ state: 'value', value: 178 });
    expect(r.active.art20_1!.rows.rules!.cells.repealed).toMatchObject({ state: 'blank', value: 0 });
    expect(r.review.cells['litigation_direct.other']).toMatchObject({ state: 'blank', value: 0 });
    expect(r.review.cells['litigation_direct.total']).toMatchObject({ state: 'value', value: 3 });
  });

  it('drops the page around the report: menus, breadcrumbs, scripts, share bar, footer', () => {
    const r = readReport(HTML);
    const all = r.prose.map((p) => p.text).join('\n');
    for (const chrome of ['版权所有', 'ICP备', '分享到', '政府信息公开指南', '您现在的位置', '_hmt', '统计代码']) expect(all).not.toContain(chrome);
    expect(r.prose.find((p) => p.section === 'other')!.text).toMatch(/处理费。$/);
  });

  it('reads a GBK page (meta charset gbk) the same', () => {
    const gbk = readFileSync(HTML, 'utf8').replace('charset=utf-8', 'charset=gbk');
    const r = readReport(write('zhoukou-gbk.htm', iconv.encode(gbk, 'gbk')));
    expect(r.meta.source.encoding).toBe('html/gb18030');
    expect(figuresOf(r)).toEqual(figuresOf(textRoute));
  });

  it("keeps the page's own address (canonical, else og:url) as the report's source, and --source-url over it", () => {
    expect(readReport(HTML).meta.source.url).toBeUndefined();
    const page = readFileSync(HTML, 'utf8');
    const canonical = page.replace('</head>', '<meta property="og:url" content="https://example.gov.cn/og.html"><link rel="canonical" href="https://example.gov.cn/a?x=1&amp;y=2"></head>');
    expect(readReport(write('canonical.html', canonical)).meta.source.url).toBe('https://example.gov.cn/a?x=1&y=2');
    const og = page.replace('</head>', "<meta property='og:url' content='https://example.gov.cn/og.html'><link rel=canonical href=/relative.html></head>");
    expect(readReport(write('og.html', og)).meta.source.url).toBe('https://example.gov.cn/og.html');
    expect(readReport(write('given.html', og), { sourceUrl: 'https://example.gov.cn/given.pdf' }).meta.source.url).toBe('https://example.gov.cn/given.pdf');
    const kb = tempDir();
    expect(cli(['import', SEED, '--kb', kb, '--source-url', 'https://example.gov.cn/r.pdf']).code).toBe(0);
    expect(cli(['show', 'zhoukou-zhujianju-2024', '--kb', kb, '--json']).stdout).toContain('"url": "https://example.gov.cn/r.pdf"');
    expect(cli(['import', SEED, '--kb', kb, '--source-url', 'file:///etc/passwd']).stderr).toMatch(/--source-url file:\/\/\/etc\/passwd: expected an http:\/\/ or https:\/\/ address/);
  });

  it('takes the title from <title> when the page body has none', () => {
    const html = readFileSync(HTML, 'utf8').replace(/<div class="article-title">.*?<\/div>/, '');
    const r = readReport(write('untitled.html', html));
    expect(r.meta).toMatchObject({ agency: '周口市住房和城乡建设局', year: 2024 });
  });
});

describe('Word .docx', () => {
  it('a .docx with real tables (gridSpan, vMerge) gives the cells of the text', async () => {
    const file = write('zhoukou.docx', await docxFromBlocks(reportBlocks(seedModel(textRoute))));
    const r = await readDocument(file);
    expectSameReport(r);
    expect(r.meta.source.encoding).toBe('docx');
  });

  it('readReport, which is synchronous, sends a .docx to readDocument', () => {
    expect(() => readReport(join(dir, 'any.docx'))).toThrow(/read asynchronously: use readDocument/);
  });

  it('a file that is not a .docx says so', async () => {
    await expect(readDocument(write('fake.docx', 'PK not a zip'))).rejects.toThrow(/fake\.docx: not a readable Word \.docx file/);
  });

  it('a damaged or cut .docx says what is wrong in words, never the bytes it found', async () => {
    const whole = await docxFromBlocks(reportBlocks(seedModel(textRoute)));
    const damaged = Buffer.from(whole.map((b, i) => (i > 200 && i < 2000 ? b ^ 0x55 : b)));
    await expect(readDocument(write('damaged.docx', damaged))).rejects.toThrow(/^\S*damaged\.docx: not a readable Word \.docx file: its zip archive is damaged \(download or copy it again\)$/);
    await expect(readDocument(write('cut.docx', whole.subarray(0, whole.length >> 1)))).rejects.toThrow(/cut\.docx: not a readable Word \.docx file: it is not a zip archive, or it was cut short/);
    const messages = await Promise.all(['damaged.docx', 'cut.docx'].map((f) => readDocument(join(dir, f)).catch((e: Error) => e.message)));
    for (const m of messages) expect(m).not.toMatch(/\\x|signature|[\u0000-\u001f]/);
  });
});

/** A report with empty cells in table 三, and what a reader must make of it. */
const blanksModel = makeModel(textRoute, ...BLANKS_MODEL);
function expectBlanksPlaced(r: Report) {
  expect(blanksModel.blanks.size).toBeGreaterThan(10);
  expect(figuresOf(r).requests).toEqual(blanksModel.figures.requests);
  expect(Object.values(r.requests.rows).some((row) => Object.values(row.cells).some((c) => c.state === 'blank'))).toBe(true);
  expect(audit(r).filter((f) => f.severity === 'error')).toEqual([]);
}

// The text layers of PDFs printed once by Chromium (test/fixtures/pdf/make.ts), read on any clone.
describe('PDF text layers as Chromium printed them', () => {
  for (const { file, producer, pages } of fixturesOf('seed')) {
    it(`${file} (${producer}): labels wrapped in their cells give the cells of the text`, () => {
      expectSameReport(parseReport(textOfPages(pages), { file: 'zhoukou.pdf' }));
    });
  }
  for (const { file, producer, pages } of fixturesOf('blanks')) {
    it(`${file} (${producer}): table 三 with empty cells places each number under its column header`, () => {
      expectBlanksPlaced(parseReport(textOfPages(pages), { file: 'blanks.pdf' }));
    });
  }
});

// The same documents printed now by the Chromium installed here, read from the PDF bytes.
describe.skipIf(!hasChromium())('PDF', () => {
  it('a PDF printed by Chromium, labels wrapped in their cells, gives the cells of the text', async () => {
    const pdf = await withPdfPrinter((print) => print(render(seedModel(textRoute), 'html')));
    const r = await readDocument(write('zhoukou.pdf', pdf));
    expectSameReport(r);
    expect(r.meta.source.encoding).toBe('pdf');
  });

  it('a PDF whose table 三 leaves cells empty places each number under its column header', async () => {
    const pdf = await withPdfPrinter((print) => print(render(blanksModel, 'html')));
    expectBlanksPlaced(await readDocument(write('blanks.pdf', pdf)));
  });

  it('a file that is not a PDF says so', async () => {
    await expect(readDocument(write('fake.pdf', '%PDF-1.4 nothing'))).rejects.toThrow(/fake\.pdf: not a readable PDF/);
  });
});

describe('import of mixed files and folders', () => {
  it('importDocuments takes every kind and reports each file', async () => {
    const kb = tempDir();
    const files = [SEED, HTML, write('mixed.docx', await docxFromBlocks(reportBlocks(seedModel(textRoute)))), write('empty.pdf', '')];
    const seen: number[] = [];
    const results = await importDocuments(files, kb, {}, (p) => seen.push(p.done));
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => !!r.path)).toEqual([true, true, true, false]);
    expect(results[3]!.error!.message).toMatch(/empty\.pdf: the file is empty/);
  });

  it('gongkai import FOLDER: every report file inside, a summary, one line per failure, exit 1', () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), readFileSync(SEED));
    writeFileSync(join(folder, 'sub', 'b.html'), readFileSync(HTML));
    writeFileSync(join(folder, 'sub', 'deeper', 'c.txt'), '床前明月光，疑是地上霜。');
    writeFileSync(join(folder, 'sub', 'notes.rtf'), '{\rtf1 not a report file}');
    const kb = tempDir();
    const res = cli(['import', folder, '--kb', kb]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(`2 reports imported into ${kb}, 1 failed`);
    expect(res.stderr.trim().split('\n')).toEqual([`✗ ${join(folder, 'sub', 'deeper', 'c.txt')}: no section of an annual report found (such as 一、总体情况 or 三、收到和处理政府信息公开申请情况)`]);
    expect(res.stderr).not.toContain('['); // no progress bar when stderr is not a terminal
    expect(cli(['list', '--kb', kb]).stdout.trim().split('\n')).toHaveLength(2);
  });
});
