// The operation added through the declaration alone: how many times one figure is another (倍数).
// Its words and operands are in catalogue/operations.ts, its computing and writing in
// answer/ops/ratio.ts, its phrases in prompts/: asked here through the whole answer path.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { validState } from '../src/answer/state-schema.ts';
import { readToolCall } from '../src/llm/tools.ts';
import { seedKb, seedReport } from './answer-fixture.ts';

const kb = seedKb(seedReport());
const ask = (q: string, brief = false) => respond(q, kb, brief ? { brief } : {}).answer;

describe('how many times one figure is another (倍数)', () => {
  it('answers 「A是B的几倍」 with the first figure over the second, rounded as a share is, both cited', () => {
    for (const q of ['复议数量是诉讼数量的几倍', '行政复议是行政诉讼的多少倍']) {
      const a = ask(q);
      expect(a).toMatchObject({ kind: 'figure', value: 2.3, unit: '倍' });
      expect(a.body).toContain('行政复议是行政诉讼（各项之和）的 2.3 倍（9 ÷ 4，保留一位小数）');
      expect(a.citations).toHaveLength(2);
      expect(a.citations.join('\n')).toMatch(/行政复议 · 总计[\s\S]*行政诉讼 · 总计/);
      expect(a.sources.every((s) => s.formula === '9 ÷ 4')).toBe(true);
    }
  });

  it('takes the figures in the order the question names them, and rounds as asked', () => {
    const a = ask('行政许可是行政处罚的几倍，保留两位小数');
    expect(a).toMatchObject({ kind: 'figure', value: 13.14, unit: '倍' });
    expect(a.body).toContain('（1117 ÷ 85，保留两位小数）');
    expect(ask('行政处罚是行政许可的几倍').value).toBe(0.1);
  });

  it('reads the figures of a question cut at its words, a sentence\'s figure among them', () => {
    const a = ask('12345工单是行政处罚的几倍');
    expect(a).toMatchObject({ kind: 'figure', value: 37.2, unit: '倍' });
    expect(a.body).toContain('3162 ÷ 85');
  });

  it('answers in English', () => {
    for (const q of ['How many times as many reconsiderations as lawsuits?', 'Reconsiderations are how many times lawsuits?']) {
      const a = ask(q);
      expect(a).toMatchObject({ kind: 'figure', value: 2.3, unit: '倍' });
      expect(a.body).toContain('administrative reconsideration is 2.3 times administrative litigation (sum of its items) (9 ÷ 4, rounded to one decimal)');
    }
  });

  it('says it in one line when asked briefly', () => {
    expect(ask('复议数量是诉讼数量的几倍', true).text).toMatch(/^行政复议是行政诉讼（各项之和）的 2\.3 倍（来源：/);
  });

  it('gives no number when the second figure is zero', () => {
    const a = ask('行政处罚是行政强制的几倍');
    expect(a).toMatchObject({ kind: 'not_found', value: null });
    expect(a.body).toContain('作为除数的数字为零，无法计算倍数');
  });

  it('gives no number for figures of different units (件 and 万元)', () => {
    const a = ask('行政处罚是收费金额的几倍');
    expect(a).toMatchObject({ kind: 'not_found', value: null });
    expect(a.body).toContain('单位不同，不能相除');
  });

  it('gives no plain value when only one figure is named', () => {
    for (const q of ['复议数量是几倍', '行政许可是多少倍']) {
      const a = ask(q);
      expect(a.kind).not.toBe('figure');
      expect(a.value).toBeNull();
    }
  });

  it('gives no number for a question that mixes it with another operation', () => {
    expect(ask('予以公开比部分公开多几倍').value).toBeNull();
  });

  it('is offered to the model as a derived figure of two', () => {
    const figures = [{ table: 'review', group: 'reconsideration' }, { table: 'review', group: 'litigation' }];
    expect(readToolCall('derive', { op: 'ratio', figures })).toMatchObject({ ok: true, reading: { op: 'ratio' } });
    expect(readToolCall('derive', { op: 'ratio', figures: [...figures, figures[0]] }).ok).toBe(false);
  });

  it('is remembered with the conversation', () => {
    const state = respond('复议数量是诉讼数量的几倍', kb).state!;
    expect(state.query.op).toBe('ratio');
    expect(validState(JSON.parse(JSON.stringify(state)))?.query.op).toBe('ratio');
  });
});
