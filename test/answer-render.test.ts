import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { AnswerSchema } from '../src/answer/types.ts';
import { seedKb } from './answer-fixture.ts';

const kb = seedKb();
const ask = (q: string, brief = false) => respond(q, kb, { brief }).answer;

describe('replies', () => {
  it('templates hold words only, never a number', () => {
    for (const lang of ['zh', 'en']) {
      for (const f of readdirSync(new URL(`../prompts/${lang}/`, import.meta.url))) {
        expect(readFileSync(new URL(`../prompts/${lang}/${f}`, import.meta.url), 'utf8'), `${lang}/${f}`).not.toMatch(/\d/);
      }
    }
  });

  it('gives a figure with its citation', () => {
    const a = ask('予以公开有多少件？');
    expect(a.text).toContain('32');
    expect(a.text).toContain('来源：周口市住房和城乡建设局2024年报告 · 三、收到和处理政府信息公开申请情况 · （一）予以公开 · 总计');
    expect(AnswerSchema.parse(a)).toBeTruthy();
  });

  it('answers in English when asked in English', () => {
    const a = ask('How many requests were partially granted?');
    expect(a.lang).toBe('en');
    expect(a.text).toMatch(/^周口市住房和城乡建设局 2024 report: granted in part was 51\./);
    expect(a.text).toContain('Source: 周口市住房和城乡建设局 2024 report · Section 3 ');
  });

  it('brief style is one line: figure and citation', () => {
    const a = ask('行政处罚有多少件？', true);
    expect(a.text.split('\n')).toHaveLength(1);
    expect(a.text).toMatch(/^行政处罚（本年处理决定数量）：85 件（来源：.*第二十条第（六）项 · 行政处罚 · 本年处理决定数量）$/);
  });

  it('shows a derived figure with its formula, and every cell in the sources', () => {
    const a = ask('予以公开占办理结果总数的比例是多少？');
    expect(a.value).toBe(18);
    expect(a.text).toContain('18.0%（32 ÷ 178');
    expect(a.sources.map((s) => s.value)).toEqual([32, 178]);
    expect(a.sources.every((s) => s.formula)).toBe(true);
  });

  it('quotes a passage with its section', () => {
    const a = ask('有什么改进措施？');
    expect(a.kind).toBe('text');
    expect(a.text).toContain('五、存在的主要问题及改进情况 · 改进措施');
    expect(a.text).toContain('依申请公开转主动公开机制');
  });

  it('quotes the clause a narrative figure stands in', () => {
    const a = ask('微信公众号发布了多少条信息？');
    expect(a.value).toBe(214);
    expect(a.text).toContain('「微信公众号共 214 条」');
  });

  it('offers choices for an ambiguous question, as ready questions', () => {
    const a = ask('规范性文件有多少？');
    expect(a.kind).toBe('clarify');
    expect(a.value).toBeNull();
    expect(a.options?.map((o) => o.label)).toEqual(['行政规范性文件（本年制发件数）', '行政规范性文件（本年废止件数）', '行政规范性文件（现行有效件数）']);
  });

  it('points out of scope questions to the hotline', () => {
    const a = ask('明天周口天气怎么样？');
    expect(a).toMatchObject({ kind: 'out_of_scope', value: null });
    expect(a.text).toContain('12345');
  });
});
