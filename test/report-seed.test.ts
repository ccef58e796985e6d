// Every number of the seed report, read by hand from the source text, against what the parser stored.
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS, REVIEW_ORDER } from '../src/catalogue/format.ts';
import { readReport } from '../src/report/read.ts';
import { readReportFile } from '../src/kb/store.ts';
import { SEED, ROOT } from './helpers.ts';
import type { Cell } from '../src/report/schema.ts';

const report = readReport(SEED);
const v = (c: Cell | undefined) => (c && c.state !== 'missing' ? c.value : 'missing');

// Section 三, as printed: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
const zeros = [0, 0, 0, 0, 0, 0, 0];
const REQUESTS: Record<string, number[]> = {
  received: [178, 0, 0, 0, 0, 0, 178],
  carried_over: zeros,
  granted: [32, 0, 0, 0, 0, 0, 32],
  partly_granted: [51, 0, 0, 0, 0, 0, 51],
  refused_state_secret: zeros, refused_law_forbidden: zeros, refused_three_safety: zeros, refused_third_party: zeros,
  refused_internal: zeros, refused_process: zeros, refused_enforcement_file: zeros, refused_query: zeros,
  unavailable_not_held: [95, 0, 0, 0, 0, 0, 95],
  unavailable_needs_creation: zeros, unavailable_unclear: zeros,
  not_processed_petition: zeros, not_processed_repeat: zeros, not_processed_publication: zeros, not_processed_mass: zeros, not_processed_confirm: zeros,
  other_overdue_correction: zeros, other_overdue_fee: zeros, other_other: zeros,
  total_handled: [178, 0, 0, 0, 0, 0, 178],
  carried_forward: zeros,
};

describe('the seed report (周口市住房和城乡建设局 2024)', () => {
  it('reads the title', () => {
    expect(report.meta).toMatchObject({ agency: '周口市住房和城乡建设局', year: 2024, format: '2021' });
    expect(report.id).toBe('zhoukou-zhujianju-2024');
    expect(report.warnings).toEqual([]);
  });

  it('reads all 25 × 7 cells of section 三', () => {
    expect(Object.keys(REQUESTS)).toHaveLength(25);
    for (const [row, values] of Object.entries(REQUESTS)) {
      const got = REQUEST_COLUMNS.map((c) => v(report.requests.rows[row]?.cells[c.id]));
      expect(got, row).toEqual(values);
    }
  });

  it('reads the 15 numbers of section 四', () => {
    const got = REVIEW_ORDER.map((k) => v(report.review.cells[`${k.group}.${k.column}`]));
    expect(got).toEqual([9, 0, 0, 0, 9, 2, 1, 0, 0, 3, 1, 0, 0, 0, 1]);
  });

  it('reads the tables of section 二 with their units', () => {
    const a = report.active;
    expect([v(a.art20_1!.rows.rules!.cells.issued), v(a.art20_1!.rows.rules!.cells.repealed), v(a.art20_1!.rows.rules!.cells.in_force)]).toEqual([0, 0, 0]);
    expect([v(a.art20_1!.rows.normative_docs!.cells.issued), v(a.art20_1!.rows.normative_docs!.cells.repealed), v(a.art20_1!.rows.normative_docs!.cells.in_force)]).toEqual([3, 1, 15]);
    expect(v(a.art20_5!.rows.licensing!.cells.decisions)).toBe(1117);
    expect(v(a.art20_6!.rows.penalty!.cells.decisions)).toBe(85);
    expect(v(a.art20_6!.rows.enforcement!.cells.decisions)).toBe(0);
    const fee = a.art20_8!.rows.fees!.cells.fee_amount!;
    expect(fee).toMatchObject({ state: 'value', value: 0, unit: '万元' });
  });

  it('keeps the source line of each cell', () => {
    expect(report.requests.rows.granted!.cells.natural_person).toMatchObject({ value: 32, line: 51 });
    expect(report.requests.rows.other_other!.cells.total).toMatchObject({ value: 0, line: 71 });
  });

  it('reads every figure stated in the prose, with its words', () => {
    const figs = report.figures.map((f) => [f.value, f.unit, f.section, f.line]);
    expect(figs).toEqual([
      [3162, '件', 'overview', 9], [1117, '项', 'overview', 9], [85, '项', 'overview', 9], [0, '项', 'overview', 9],
      [9, '项', 'overview', 9], [1, '项', 'overview', 9], [3, '项', 'overview', 9], [178, '项', 'overview', 9],
      [178, '件', 'overview', 13], [178, '件', 'overview', 13],
      [5, '个', 'overview', 21],
      [2, '次', 'overview', 25], [12, '次', 'overview', 25], [178, '条', 'overview', 25], [0, '条', 'overview', 25],
      [214, '条', 'overview', 25], [548, '条', 'overview', 25], [100, '%', 'overview', 25],
    ]);
    const f3162 = report.figures[0]!;
    expect(f3162.context).toContain('12345政务服务热线交办工单');
    expect(f3162.sentence).toContain('3162 件');
  });

  it('keeps every section and subsection of prose', () => {
    const keys = report.prose.map((p) => `${p.section}/${p.subsection}`);
    expect(keys).toEqual(['overview/active', 'overview/on_request', 'overview/management', 'overview/platform', 'overview/oversight', 'problems/problems', 'problems/improvements', 'other/null']);
    expect(report.prose.find((p) => p.subsection === 'improvements')!.text).toContain('依申请公开转主动公开机制');
    expect(report.prose.find((p) => p.section === 'other')!.text).toContain('信息处理费');
  });

  it('ships the same report in knowledge/', () => {
    const shipped = readReportFile(`${ROOT}/knowledge/zhoukou-zhujianju-2024.json`);
    expect(shipped).toEqual(report);
  });
});
