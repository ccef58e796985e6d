import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { resolve } from '../src/answer/resolve.ts';
import type { Cell, Report } from '../src/report/schema.ts';
import { seedKb, seedReport } from './answer-fixture.ts';

const ask = (report: Report, q: string) => respond(q, seedKb(report)).answer;

describe('looking figures up', () => {
  it('sums a group from its items and lists every cell', () => {
    const r = resolve(seedReport(), 'value', [{ table: 'requests', row: 'unavailable', column: 'total' }]);
    expect(r).toMatchObject({ ok: true, value: 95 });
    if (r.ok) expect(r.parts[0]!.cells).toHaveLength(3);
  });

  it('sums a column group', () => {
    const r = resolve(seedReport(), 'value', [{ table: 'requests', row: 'received', column: 'legal_person' }]);
    expect(r).toMatchObject({ ok: true, value: 0 });
    if (r.ok) expect(r.parts[0]!.cells).toHaveLength(5);
  });

  it('computes shares to one decimal and refuses a share of zero', () => {
    expect(resolve(seedReport(), 'share', [{ table: 'requests', row: 'granted', column: 'total' }])).toMatchObject({ ok: true, value: 18, unit: '%' });
    expect(resolve(seedReport(), 'share', [{ table: 'requests', row: 'granted', column: 'total' }, { table: 'requests', row: 'carried_over', column: 'total' }]))
      .toMatchObject({ ok: false, failure: 'zero_whole' });
  });

  it('does not add figures of different units', () => {
    expect(resolve(seedReport(), 'sum', [{ table: 'active', row: 'penalty', column: 'decisions' }, { table: 'active', row: 'fees', column: 'fee_amount' }]))
      .toMatchObject({ ok: false, failure: 'unit_mismatch' });
  });
});

describe('cells as the report printed them', () => {
  const BLANK: Cell = { state: 'blank', value: 0, unit: '件', line: 44, raw: '' };
  /** The seed with cells of row 三(一) 予以公开 replaced, asked one question. */
  const askGranted = (cells: Record<string, Cell>, q: string) => {
    const r = seedReport();
    Object.assign(r.requests.rows.granted!.cells, cells);
    return ask(r, q);
  };

  it('a blank item cell is 0 and the reply says it was blank', () => {
    const a = askGranted({ natural_person: BLANK }, '自然人的申请中有多少予以公开？');
    expect(a).toMatchObject({ kind: 'figure', value: 0 });
    expect(a.text).toContain('报告中该栏为空白，按零计');
    expect(a.sources[0]!.state).toBe('blank');
  });

  it('a blank total is not 0 when its row has values: it is the row’s sum, and the reply says so', () => {
    const a = askGranted({ total: BLANK }, '予以公开有多少件？');
    expect(a.value).toBe(32);
    expect(a.text).toContain('予以公开为 32 件。（总计栏为空白，按该行各栏之和计算。）');
    expect(a.sources[0]).toMatchObject({ state: 'computed', value: 32 });
    expect(a.sources).toHaveLength(7);
    // a blank total whose row lacks a cell is not found, never 0
    expect(askGranted({ total: BLANK, commercial: { state: 'missing' } }, '予以公开有多少件？')).toMatchObject({ kind: 'not_found', value: null });
  });

  it('a blank section 四 total is the sum of its four outcomes', () => {
    const r = seedReport();
    r.review.cells['litigation_direct.total'] = { ...BLANK, line: 70 };
    const a = ask(r, '未经复议直接起诉的行政诉讼有多少件？');
    expect(a.value).toBe(3);
    expect(a.text).toContain('总计栏为空白，按该行各栏之和计算');
  });

  it('a missing cell is not found, never 0', () => {
    const r = seedReport();
    r.requests.rows.granted!.cells.commercial = { state: 'missing' };
    const a = ask(r, '商业企业的申请中予以公开的有多少？');
    expect(a.kind).toBe('not_found');
    expect(a.value).toBeNull();
    expect(a.text).toContain('没有数据');
  });

  it('a missing total is computed from its row, and the reply says so', () => {
    const r = seedReport();
    r.requests.rows.granted!.cells.total = { state: 'missing' };
    const a = ask(r, '予以公开有多少件？');
    expect(a.value).toBe(32);
    expect(a.text).toContain('各栏之和');
    expect(a.sources[0]!.state).toBe('computed');
    expect(a.sources).toHaveLength(7);
  });

  it('an unreliable row is not found, with the reason', () => {
    const r = seedReport();
    r.requests.rows.granted!.unreliable = { values: ['32', '0', '32'], line: 44, reason: '3 values for 7 columns' };
    const a = ask(r, '予以公开有多少件？');
    expect(a.kind).toBe('not_found');
    expect(a.text).toContain('无法可靠地对应');
  });

  it('a table the report lacks is not found, unless its narrative states the figure', () => {
    const r = seedReport();
    r.review = { present: false, cells: {} };
    // 「行政复议 9 项」 stands in section 一: that sentence answers, cited as such.
    const stated = ask(r, '行政复议有多少件？');
    expect(stated).toMatchObject({ kind: 'figure', value: 9 });
    expect(stated.sources[0]!.state).toBe('prose');
    expect(ask(r, '复议后起诉结果维持有多少件？')).toMatchObject({ kind: 'not_found', value: null });
  });
});

describe('choosing the report', () => {
  const two = seedKb(seedReport(), seedReport('zhoukou-zhujianju-2023', '周口市住房和城乡建设局', 2023));
  it('asks which report when several fit', () => {
    const a = respond('予以公开有多少件？', two).answer;
    expect(a.kind).toBe('clarify');
    expect(a.options?.map((o) => o.label)).toEqual(expect.arrayContaining(['周口市住房和城乡建设局2024年报告', '周口市住房和城乡建设局2023年报告']));
  });

  it('uses the year named, 今年 and 去年 against the day asked, and an explicit report id', () => {
    expect(respond('2023年予以公开有多少件？', two).answer.sources[0]!.report).toBe('zhoukou-zhujianju-2023');
    // 去年 is the year before the day asked; 今年 before this year's report exists is the newest one
    const now = new Date('2024-03-15');
    expect(respond('今年予以公开有多少件？', two, { now }).answer.sources[0]!.report).toBe('zhoukou-zhujianju-2024');
    expect(respond('去年予以公开有多少件？', two, { now }).answer.sources[0]!.report).toBe('zhoukou-zhujianju-2023');
    expect(respond('去年予以公开有多少件？', two, { now: new Date('2025-03-15') }).answer.sources[0]!.report).toBe('zhoukou-zhujianju-2024');
    expect(respond('予以公开有多少件？', two, { report: 'zhoukou-zhujianju-2023' }).answer.sources[0]!.report).toBe('zhoukou-zhujianju-2023');
  });

  it('says which reports exist when none fits', () => {
    const a = respond('2019年予以公开有多少件？', two).answer;
    expect(a).toMatchObject({ kind: 'not_found', value: null });
    expect(a.text).toContain('周口市住房和城乡建设局2024年报告');
    expect(respond('郑州市住建局予以公开多少件', two).answer.kind).toBe('not_found');
  });
});
