// One registry of operations: every name the question's reading may ask for has one file that
// computes and writes it, and the model's tool offers exactly the derived ones the registry has.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { OPS } from '../src/answer/ops/index.ts';
import { DERIVED, OPERATIONS } from '../src/catalogue/operations.ts';
import { readToolCall } from '../src/llm/tools.ts';
import { multiKb, seedKb, seedReport } from './answer-fixture.ts';

describe('the registry of operations', () => {
  it('has one operation for every name, under its own name', () => {
    expect(Object.keys(OPS).sort()).toEqual([...OPERATIONS].sort());
    for (const [name, op] of Object.entries(OPS)) expect(op.name).toBe(name);
  });

  it('offers the model each derived operation with the number of figures it takes', () => {
    const granted = { table: 'requests', row: 'granted', column: 'total' };
    const received = { table: 'requests', row: 'received', column: 'total' };
    for (const [name, spec] of Object.entries(DERIVED)) {
      expect(readToolCall('derive', { op: name, figures: [granted, received] }).ok).toBe(true);
      expect(readToolCall('derive', { op: name, figures: [granted, received, granted] }).ok).toBe(spec.figures !== 2);
    }
    expect(readToolCall('derive', { op: 'breakdown', figures: [granted, received] }).ok).toBe(false);
  });

  it('writes a computed figure with its operation\'s formula', () => {
    const a = respond('予以公开占申请总数的比例是多少', seedKb(seedReport())).answer;
    expect(a.kind).toBe('figure');
    expect(a.sources[0]!.formula).toMatch(/÷/);
  });
});

// The operation added through the registry: the change between two years' reports, in percent.
describe('the change in percent from the year before (同比增减率)', () => {
  const kb = multiKb();
  const ask = (q: string) => respond(q, kb, { now: new Date('2026-03-01') }).answer;

  it('answers the rate, its formula over both years\' figures, and the change in the figure\'s unit', () => {
    for (const q of ['郑州市住建局2024年予以公开同比增长百分之多少', '郑州市住建局2024年予以公开与上年相比增减百分比']) {
      const a = ask(q);
      expect(a).toMatchObject({ kind: 'figure', value: 9.1, unit: '%' });
      expect(a.body).toContain('2024年比2023年增长 9.1%（(120 − 110) ÷ 110）；2024年比2023年增加 10 件');
      expect(new Set(a.sources.map((s) => s.report))).toEqual(new Set(['zhengzhou-zhujianju-2024', 'zhengzhou-zhujianju-2023']));
    }
  });

  it('says which way in words: a fall is its size, 下降', () => {
    const a = ask('上海市政府办公厅2023年予以公开同比增减率是多少');
    expect(a).toMatchObject({ kind: 'figure', value: 5, unit: '%' });
    expect(a.body).toContain('2023年比2022年下降 5.0%');
  });

  it('answers in English', () => {
    const a = ask("By what percent did Zhengzhou housing bureau's granted requests change year on year in 2024?");
    expect(a).toMatchObject({ kind: 'figure', value: 9.1, unit: '%' });
    expect(a.body).toContain('2024 was up 9.1% on 2023');
  });

  it('says the year before is not loaded rather than answering from one report', () => {
    const a = ask('郑州市住建局2022年予以公开同比增长率');
    expect(a.kind).toBe('not_found');
    expect(a.body).toContain('没有郑州市住房和城乡建设局2021年度的报告');
  });
});
