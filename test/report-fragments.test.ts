// Ten real, messy fragments of other agencies' reports: a handful of cells per fragment checked by
// hand against the text, and the cells each fragment lacks stay missing, never 0.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readReport } from '../src/report/read.ts';
import type { Cell, Report } from '../src/report/schema.ts';
import { FRAGMENTS } from './helpers.ts';

const load = (name: string, opts: { agency?: string; year?: number } = {}) => readReport(join(FRAGMENTS, `${name}.txt`), opts);
const req = (r: Report, row: string, col = 'total'): Cell => r.requests.rows[row]!.cells[col]!;
const act = (r: Report, table: string, row: string, col: string): Cell => r.active[table]!.rows[row]!.cells[col]!;
const rev = (r: Report, key: string): Cell => r.review.cells[key] ?? { state: 'missing' };
const val = (c: Cell) => (c.state === 'missing' ? 'missing' : c.value);

describe('fragments', () => {
  it('xixian: one cell per line, (三) and 不予公开 split, cut after 不予公开 3', () => {
    const r = load('xixian_taiping_zhen_2022');
    expect(r.meta).toMatchObject({ agency: '太平镇人民政府', year: 2022, format: '2021' });
    expect(val(req(r, 'received', 'natural_person'))).toBe(0);
    expect(val(req(r, 'refused_three_safety', 'total'))).toBe(0);
    expect(val(req(r, 'refused_third_party'))).toBe('missing');
    expect(val(req(r, 'total_handled'))).toBe('missing');
    expect(r.review.present).toBe(false);
    expect(r.warnings[0]!.code).toBe('partial');
    expect(r.warnings[0]!.message).toContain('四、政府信息公开行政复议');
    expect(r.warnings[0]!.message).toContain('三(三)4 保护第三方合法权益');
  });

  it('changtu: numbers with a leading space, a truncated header, cut at 予以公开', () => {
    const r = load('changtu_qijiazi_zhen_2023');
    expect(r.meta).toMatchObject({ agency: '昌图县七家子镇', year: 2023, format: '2021' });
    expect(val(act(r, 'art20_1', 'normative_docs', 'in_force'))).toBe(0);
    expect(val(act(r, 'art20_6', 'penalty', 'decisions'))).toBe(30);
    expect(val(req(r, 'carried_over', 'total'))).toBe(0);
    expect(val(req(r, 'granted'))).toBe('missing');
  });

  it('yueyang 2019: left-packed pipe cells are kept aside, never placed by position', () => {
    const r = load('yueyang_nanhu_ju_2019', { agency: '岳阳市南湖新区某局', year: 2019 });
    expect(r.meta.format).toBe('2019');
    expect(val(act(r, 'art20_1', 'normative_docs', 'public_total'))).toBe(0);
    expect(val(act(r, 'art20_9', 'procurement', 'procurement_amount'))).toBe(0);
    const received = r.requests.rows.received!;
    expect(val(received.cells.natural_person!)).toBe('missing');
    expect(val(received.cells.total!)).toBe('missing');
    expect(received.unreliable).toMatchObject({ values: ['3', '3'] });
    expect(r.warnings.some((w) => w.code === 'unreliable_row' && w.message.includes('本年新收'))).toBe(true);
    expect(r.figures.find((f) => f.unit === '%')).toMatchObject({ value: 100, context: '答复率' });
  });

  it('xiongxian 2019: labels without numbers are missing, not 0', () => {
    const r = load('xiongxian_xiang_2019', { agency: '雄县某乡人民政府', year: 2019 });
    expect(r.meta.format).toBe('2019');
    expect(val(req(r, 'received'))).toBe('missing');
    expect(val(req(r, 'other_handled_2019'))).toBe('missing');
    expect(r.review.present).toBe(true);
    expect(val(rev(r, 'reconsideration.total'))).toBe('missing');
    // 规章 has one number for three columns: which column it belongs to cannot be told.
    expect(r.active.art20_1!.rows.rules!.unreliable?.values).toEqual(['0']);
  });

  it('wuhan 2020: traditional characters, pipe rows, long notes in labels, a dash', () => {
    const r = load('wuhan_sthjj_2020_zhTW', { agency: '武汉市生态环境局', year: 2020 });
    expect(r.meta.format).toBe('2019');
    expect(val(act(r, 'art20_1', 'normative_docs', 'made'))).toBe(2);
    expect(val(act(r, 'art20_1', 'normative_docs', 'public_total'))).toBe(19);
    expect(val(act(r, 'art20_1', 'other_docs', 'public_total'))).toBe(255);
    expect(val(act(r, 'art20_5', 'licensing', 'decisions'))).toBe(93);
    expect(val(act(r, 'art20_5', 'other_services', 'prev_items'))).toBe(117);
    expect(val(act(r, 'art20_6', 'penalty', 'prev_items'))).toBe(90);
    expect(act(r, 'art20_6', 'enforcement', 'decisions')).toMatchObject({ state: 'blank', raw: '-' });
    expect(val(act(r, 'art20_8', 'fees', 'prev_items'))).toBe('missing');
    expect(r.sections.requests.present).toBe(false);
  });

  it('wendeng 2020 page 9: PDF text, headers one character per line', () => {
    const r = load('wendeng_shenjiju_2020_p9', { agency: '威海市文登区审计局' });
    expect(r.meta.year).toBe(2020);
    expect(val(req(r, 'carried_forward', 'natural_person'))).toBe(0);
    expect(val(req(r, 'received'))).toBe('missing');
    expect(val(rev(r, 'reconsideration.upheld'))).toBe(0);
    expect(val(rev(r, 'litigation_after.total'))).toBe(0);
    expect(r.prose.some((p) => p.section === 'problems' && p.text.includes('政府开放日'))).toBe(true);
  });

  it('wendeng 2022 page 8: split headers, 15 numbers on one line, title after a page marker', () => {
    const r = load('wendeng_xinfangju_2022_p8');
    expect(r.meta).toMatchObject({ agency: '威海市文登区信访局', year: 2022 });
    expect(val(rev(r, 'litigation_direct.total'))).toBe(0);
    expect(val(req(r, 'received'))).toBe('missing');
    expect(r.sections.overview.present).toBe(false);
  });

  it('govnianbao 2024: space-separated numbers, page marker, vertical labels, merged group label', () => {
    const r = load('govnianbao_szfgs_2024_sec3', { agency: '某市人民政府办公厅', year: 2024 });
    expect(val(act(r, 'art20_6', 'penalty', 'decisions'))).toBe(3985758);
    expect(act(r, 'art20_8', 'fees', 'fee_amount')).toMatchObject({ value: 96171.6, unit: '万元' });
    expect(val(req(r, 'received', 'natural_person'))).toBe(3001);
    expect(val(req(r, 'received', 'legal_service'))).toBe(61);
    expect(val(req(r, 'received'))).toBe(3119);
    expect(val(req(r, 'partly_granted'))).toBe(454);
    expect(val(req(r, 'refused_query'))).toBe(105);
    expect(val(req(r, 'unavailable_not_held', 'commercial'))).toBe(12);
    expect(val(req(r, 'unavailable_not_held'))).toBe(769);
    expect(val(req(r, 'unavailable_needs_creation'))).toBe('missing');
    expect(val(act(r, 'art20_5', 'licensing', 'decisions'))).toBe('missing');
  });

  it('yilong: site breadcrumb before the title', () => {
    const r = load('yilong_xinzheng_zhen_2023');
    expect(r.meta).toMatchObject({ agency: '仪陇县新政镇', year: 2023 });
    expect(val(act(r, 'art20_5', 'licensing', 'decisions'))).toBe(2);
    expect(r.figures.find((f) => f.value === 33)).toMatchObject({ unit: '条', subsection: 'active' });
    expect(val(req(r, 'received'))).toBe('missing');
  });

  it('kaili: the old label 规范性文件', () => {
    const r = load('kaili_wanchao_zhen_2023');
    expect(r.meta).toMatchObject({ agency: '万潮镇', year: 2023 });
    expect(val(act(r, 'art20_1', 'normative_docs', 'issued'))).toBe(0);
    expect(r.figures.find((f) => f.value === 226)).toMatchObject({ unit: '条' });
    expect(r.sections.requests.present).toBe(false);
    expect(val(req(r, 'received'))).toBe('missing');
  });
});
