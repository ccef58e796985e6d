// The forms real reports arrive in, made from the seed: titles in every printed form, headings run
// into their paragraph, Markdown, rows torn from their labels, cells run together or dropped,
// tables whose header and data cells span columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../src/catalogue/format.ts';
import { relationCounts } from '../src/report/audit.ts';
import { cellAt, numberOf } from '../src/report/cells.ts';
import { htmlToText } from '../src/report/html.ts';
import { parseReport } from '../src/report/parse.ts';
import type { Report } from '../src/report/schema.ts';
import { ROOT } from './helpers.ts';

const SEED = readFileSync(join(ROOT, 'knowledge', 'sources', 'zhoukou-zhujianju-2024.txt'), 'utf8');
const TITLE = /^.*年度报告\s*$/m;
const RECEIVED = '178\t0\t0\t0\t0\t0\t178';
const received = (r: Report) => REQUEST_COLUMNS.map((c) => numberOf(cellAt(r, { table: 'requests', row: 'received', column: c.id })) ?? null);

describe('a report names itself', () => {
  it.each([
    ['year first', '2024年周口市住房和城乡建设局政府信息公开工作年度报告'],
    ['a Markdown heading', '# 周口市住房和城乡建设局 2024 年 政府信息公开工作年度报告'],
    ['a crawler\'s 标题 with the site after a dash', '标题：周口市住房和城乡建设局2024年政府信息公开年度报告-周口市人民政府'],
    ['wrapped over two lines', '2024 年周口市住房和城乡建设局政府信息公开\n工作年度报告'],
  ])('in its title, %s', (_how, title) => {
    const r = parseReport(SEED.replace(TITLE, title), { file: 'report.txt' });
    expect(r.meta).toMatchObject({ agency: '周口市住房和城乡建设局', year: 2024 });
  });

  it('by 本报告由…编制 and the data period when no title names it', () => {
    const text = SEED.replace(TITLE, '本报告由周口市住房和城乡建设局编制。报告所列数据统计期限自2024年1月1日至2024年12月31日。');
    const r = parseReport(text, { file: 'report.txt' });
    expect(r.meta).toMatchObject({ agency: '周口市住房和城乡建设局', year: 2024 });
  });

  it('with OCR\'s 沐阳 read as 沭阳, a county that exists', () => {
    const r = parseReport(SEED.replace(TITLE, '沐阳县人民政府2025年政府信息公开工作年度报告'), { file: 'report.txt' });
    expect(r.meta.agency).toBe('沭阳县人民政府');
  });

  it('flags override what the text says', () => {
    const r = parseReport(SEED, { file: 'report.txt', agency: '某局', year: 2023 });
    expect(r.meta).toMatchObject({ agency: '某局', year: 2023 });
  });
});

describe('sections', () => {
  it('a heading run into the paragraph before and after it is found', () => {
    const text = SEED.replace(/\n+一、总体情况\n+/, '\n如有疑问请联系本局。一、总体情况');
    const r = parseReport(text, { file: 'report.txt' });
    expect(r.sections.overview.present).toBe(true);
    expect(r.prose.some((p) => p.section === 'overview')).toBe(true);
  });

  it('「（一）主动公开政府信息情况」 inside 一 is a part of the overview, not section 二', () => {
    const text = SEED.replace(/\n+一、总体情况\n+/, '\n一、总体情况\n（一）主动公开政府信息情况\n全年发布信息249条。\n');
    const r = parseReport(text, { file: 'report.txt' });
    expect(r.figures.find((f) => f.value === 249)?.section).toBe('overview');
  });
});

describe('rows of 三 that their layout cannot place', () => {
  it('cells run together are placed by the relations when one reading holds, and say so', () => {
    const r = parseReport(SEED.replace(RECEIVED, '17800000178'), { file: 'report.txt' });
    expect(received(r)).toEqual([178, 0, 0, 0, 0, 0, 178]);
    expect(r.requests.rows.received!.placed).toBe('relations');
    expect(r.warnings.map((w) => w.code)).toContain('placed_by_relations');
    expect(relationCounts(r).broken).toBe(0);
  });

  it('a dropped blank that several columns could have held keeps the row aside, naming the readings', () => {
    const r = parseReport(SEED.replace(RECEIVED, '178 0 0 0 0 178'), { file: 'report.txt' });
    expect(received(r)).toEqual([null, null, null, null, null, null, null]);
    expect(r.requests.rows.received!.unreliable?.reason).toMatch(/\d+ readings fit the relations/);
  });

  it('a row of cells without its label is kept aside, never added to the row before it', () => {
    const text = SEED.replace('\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t51', '\t\t51');
    const r = parseReport(text, { file: 'report.txt' });
    expect(numberOf(cellAt(r, { table: 'requests', row: 'granted', column: 'total' }))).toBe(32);
    expect(numberOf(cellAt(r, { table: 'requests', row: 'partly_granted', column: 'total' }))).toBeUndefined();
    expect(r.warnings.some((w) => w.code === 'row_without_label' && /51/.test(w.message))).toBe(true);
  });

  it('one small Markdown table per row, each under its own heading, reads as the rows', () => {
    const md = SEED.replace(/^一、本年新收政府信息公开申请数量.*$/m,
      '### 一、本年新收政府信息公开申请数量\n| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n|---|---|---|---|---|---|---|---|\n| 本年新收政府信息公开申请数量 | 178 | 0 | 0 | 0 | 0 | 0 | 178 |');
    const r = parseReport(md, { file: 'report.md' });
    expect(received(r)).toEqual([178, 0, 0, 0, 0, 0, 178]);
    expect(r.warnings).toEqual([]);
  });
});

describe('HTML tables as grids', () => {
  it('a value under a header spanning two columns is one value, and &nbsp; is a blank in its column', () => {
    const html = `<html><head><title>周口市住房和城乡建设局2019年政府信息公开工作年度报告</title></head><body>
      <p>一、总体情况</p><p>本年度工作有序开展。</p>
      <p>二、主动公开政府信息情况</p>
      <table>
        <tr><td colspan="4">第二十条第（一）项</td></tr>
        <tr><td>信息内容</td><td colspan="2">本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
        <tr><td>规章</td><td colspan="2">3</td><td>2</td><td>9</td></tr>
        <tr><td>规范性文件</td><td colspan="2">5</td><td>&nbsp;</td><td>40</td></tr>
      </table>
      <p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const r = parseReport(htmlToText(html), { file: 'page.html' });
    expect(r.meta).toMatchObject({ agency: '周口市住房和城乡建设局', year: 2019, format: '2019' });
    const rows = Object.values(r.active).flatMap((t) => Object.entries(t.rows));
    const rules = Object.fromEntries(rows)['rules']!;
    expect(Object.values(rules.cells).map((c) => (c.state === 'missing' ? null : c.value))).toEqual([3, 2, 9]);
    const docs = Object.fromEntries(rows)['normative_docs']!;
    expect(Object.values(docs.cells).map((c) => c.state)).toEqual(['value', 'blank', 'value']);
    expect(docs.placed).toBe('structure');
  });
});

describe('the 2019 format as printed', () => {
  it('reads its columns, a negative 本年增/减 and an amount printed with its unit', () => {
    const text = ['某市财政局2019年政府信息公开工作年度报告', '一、总体情况', '本年度工作有序开展。', '二、主动公开政府信息情况',
      '第二十条第（一）项', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规范性文件\t3\t3\t25',
      '第二十条第（五）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政许可\t12\t－2\t340',
      '第二十条第（九）项', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t14\t251000元', '三、收到和处理政府信息公开申请情况'].join('\n');
    const r = parseReport(text, { file: 'report.txt' });
    expect(r.meta).toMatchObject({ agency: '某市财政局', year: 2019, format: '2019' });
    expect(cellAt(r, { table: 'active', row: 'normative_docs', column: 'public_total' })).toMatchObject({ value: 25 });
    expect(cellAt(r, { table: 'active', row: 'licensing', column: 'change' })).toMatchObject({ value: -2 });
    expect(cellAt(r, { table: 'active', row: 'procurement', column: 'procurement_amount' })).toMatchObject({ value: 251000, unit: '元' });
  });
});

describe('a label that wraps inside its cell', () => {
  it('keeps the row\'s values when the copy breaks the line inside the label', () => {
    const text = SEED.replace('\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t51', '\t(二) 部分公开 (区分处理的, 只计这一情形,\n不计其他情形)\t51');
    const r = parseReport(text, { file: 'report.txt' });
    expect(numberOf(cellAt(r, { table: 'requests', row: 'partly_granted', column: 'total' }))).toBe(51);
    expect(r.warnings).toEqual([]);
  });
});

describe('HTML blanks before the first number', () => {
  it('「规章 | &nbsp; | &nbsp; | 5」 is 规章 with two blank cells, then 5', () => {
    const html = `<html><body><p>周口市住房和城乡建设局2019年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>
      <table><tr><td colspan="4">第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
      <tr><td>规章</td><td>&nbsp;</td><td><p> </p></td><td>5</td></tr></table>
      <p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const r = parseReport(htmlToText(html), { file: 'page.html' });
    const rules = r.active.art20_1!.rows.rules!;
    expect(Object.values(rules.cells).map((c) => c.state)).toEqual(['blank', 'blank', 'value']);
    expect(rules.cells.public_total).toMatchObject({ value: 5 });
  });
});

describe('a tab copy that keeps empty cells', () => {
  it('places a row of 二 by the header cell above each value, the empty ones blank', () => {
    const text = ['某市财政局2019年政府信息公开工作年度报告', '一、总体情况', '本年度工作有序开展。', '二、主动公开政府信息情况',
      '第二十条第（一）项', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t\t\t5', '三、收到和处理政府信息公开申请情况'].join('\n');
    const r = parseReport(text, { file: 'report.txt' });
    const rules = r.active.art20_1!.rows.rules!;
    expect(Object.values(rules.cells).map((c) => c.state)).toEqual(['blank', 'blank', 'value']);
    expect(rules.cells.public_total).toMatchObject({ value: 5 });
    expect(rules.placed).toBe('structure');
  });

  it('keeps a row aside that has fewer cells than its header: its cells no longer stand under theirs', () => {
    const text = ['某市财政局2021年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 规章 | 22 | 235 |', '三、收到和处理政府信息公开申请情况'].join('\n');
    const r = parseReport(text, { file: 'report.md' });
    expect(r.active.art20_1!.rows.rules!.unreliable?.values).toEqual(['22', '235']);
  });
});
