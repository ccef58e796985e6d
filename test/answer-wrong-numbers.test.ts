// Questions a review found answered with a wrong number, asserting what the user sees: the reply
// text and the value. Each was answered with a figure the question did not ask for.
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { answer, respond, respondToReading } from '../src/answer/answer.ts';
import { checkNumbers } from '../src/answer/guard.ts';
import { fill } from '../src/answer/render.ts';
import { answerMessage } from '../src/channels/slack/blocks.ts';
import { answerText } from '../src/channels/wechat/format.ts';
import { multiKb, seedKb, seedReport } from './answer-fixture.ts';

const kb = seedKb();
const NOW = new Date('2026-03-01');
const ask = (q: string, opts: Parameters<typeof respond>[2] = {}) => respond(q, kb, { now: NOW, ...opts }).answer;
const refused = fill('zh', 'refused', {});

describe('a follow-up that names no figure and no other report is not the previous figure again', () => {
  it('「那你们局长是谁？」「那办公地址在哪」「还有呢」「这些数据准确吗」 after 「予以公开多少件」', async () => {
    for (const q of ['那你们局长是谁？', '那办公地址在哪', '还有呢', '这些数据准确吗']) {
      const sessions = new Keyv();
      const say = (text: string) => answer(text, { kb, sessions, session: 's', now: NOW, llm: null });
      expect((await say('予以公开多少件？')).value).toBe(32);
      const a = await say(q);
      expect(a.value, q).toBeNull();
      expect(['out_of_scope', 'clarify', 'not_found'], q).toContain(a.kind);
      expect(a.text, q).not.toContain('32');
    }
  });

  it('a year or an agency named, and nothing else, still asks the same figure of another report', async () => {
    const many = multiKb();
    const sessions = new Keyv();
    const say = (q: string) => answer(q, { kb: many, sessions, session: 't', now: NOW, llm: null });
    expect((await say('郑州市住建局2024年予以公开多少件')).value).toBe(120);
    expect((await say('那2023年呢')).text).toContain('予以公开为 110 件');
    expect((await say('上海市政府办公厅呢')).value).toBe(380);
    // but not when the question says more than the report it is about
    const other = await say('那2022年的局长是谁');
    expect(other.value).toBeNull();
  });
});

describe('negation and exclusion are never answered with the figure they negate', () => {
  it.each([
    ['没有予以公开的有多少', '部分公开'],
    ['非予以公开的有多少件', '部分公开'],
    ['予以公开以外的申请有多少', '不予公开'],
    ['不是自然人的申请有多少', '商业企业'],
    ['予以公开和部分公开以外的有多少', '无法提供'],
    ['有多少申请未公开', ''],
    ['How many requests were not granted in full?', 'granted in part'],
    ['除了自然人，其他申请人申请了多少', '法律服务机构'],
  ])('%s → a question back, offering %s', (q, offered) => {
    const a = ask(q);
    expect(a.kind).toBe('clarify');
    expect(a.value).toBeNull();
    expect(a.text).not.toMatch(/\d/);
    if (offered) expect(a.options?.map((o) => o.label).join('|')).toContain(offered);
  });

  it('offers the other parts of the whole, not the figure negated', () => {
    const a = ask('予以公开以外的申请有多少');
    expect(a.text).toContain('这个问题里有否定或排除');
    expect(a.options?.map((o) => o.label)).toEqual(['部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '本年度办理结果·总计']);
  });

  it.each([
    ['不予公开的有多少', 0], ['不予处理的有几件', 0], ['无法提供的有多少', 95], ['未经复议直接起诉的行政诉讼有多少件？', 3],
    ['行政复议尚未审结的有几件？', 0], ['无法提供中没有现成信息需要另行制作的多少', 0], ['逾期未缴费的', 0], ['有没有予以公开的', 32],
    ['How many requests could not be provided because the agency did not hold the information?', 95],
  ])('a catalogue label holding such a word keeps its meaning: %s → %d', (q, value) => {
    expect(ask(q)).toMatchObject({ kind: 'figure', value });
  });
});

describe('a change asked of one figure is a comparison with the year before', () => {
  it.each(['予以公开减少了多少', '2024年予以公开增长了多少', 'How much did granted requests increase?'])('%s, without the year before: says which report is missing', (q) => {
    const a = ask(q);
    expect(a).toMatchObject({ kind: 'not_found', value: null });
    expect(a.text).toMatch(/没有周口市住房和城乡建设局2023年度的报告|no report for 周口市住房和城乡建设局 2023/);
  });

  it('with the year before loaded: the change, both years cited', () => {
    const a = respond('周口市住建局2024年予以公开减少了多少', multiKb(), { now: NOW }).answer;
    expect(a).toMatchObject({ kind: 'figure', value: 2 });
    expect(a.text).toContain('2024年 32 件，2023年 30 件；2024年比2023年增加 2 件（32 − 30 = 2）');
  });

  it('two figures with a change word are still a difference within the report', () => {
    expect(ask('予以公开比部分公开减少了多少')).toMatchObject({ kind: 'figure', value: 19 });
  });

  it('a change of a figure the comparison cannot take is not the figure itself', () => {
    for (const q of ['予以公开占比增加了多少', '热线工单减少了多少', '予以公开和部分公开一共增加了多少']) {
      const a = ask(q);
      expect(a.value, q).toBeNull();
    }
  });
});

describe('a year or agency named decides over a pinned report', () => {
  const two = seedKb(seedReport(), seedReport('zhoukou-zhujianju-2023', '周口市住房和城乡建设局', 2023, { granted: 30 }));
  it('「2023年予以公开有多少件？」 with the 2024 report pinned → the 2023 figure', () => {
    const a = respond('2023年予以公开有多少件？', two, { report: 'zhoukou-zhujianju-2024' }).answer;
    expect(a.value).toBe(30);
    expect(a.text).toContain('周口市住房和城乡建设局2023年报告：予以公开为 30 件');
    // a question that names nothing else still answers from the pinned report
    expect(respond('予以公开有多少件？', two, { report: 'zhoukou-zhujianju-2024' }).answer.value).toBe(32);
  });

  it('a year no loaded report has, with a report pinned → not found, never the pinned figure', () => {
    const a = respond('2019年予以公开有多少件？', two, { report: 'zhoukou-zhujianju-2024' }).answer;
    expect(a).toMatchObject({ kind: 'not_found', value: null });
    expect(a.text).toContain('没有周口市住房和城乡建设局2019年度的报告');
  });

  it('「郑州市住建局予以公开…」 with 周口 pinned → 郑州’s figure, or not found when 郑州 is not loaded', () => {
    const many = multiKb();
    const a = respond('郑州市住建局予以公开多少件', many, { report: 'zhoukou-zhujianju-2024' }).answer;
    expect(a.value).toBe(120);
    expect(a.text).toContain('郑州市住房和城乡建设局2024年报告');
    const none = respond('郑州市住建局予以公开多少件', two, { report: 'zhoukou-zhujianju-2024' }).answer;
    expect(none).toMatchObject({ kind: 'not_found', value: null });
  });

  it('the same for a reading the optional model chose', () => {
    const reading = { kind: 'figure' as const, op: 'value' as const, measures: [{ table: 'requests' as const, row: 'granted', column: 'total' }], report: 'zhoukou-zhujianju-2024' };
    const a = respondToReading(reading, '2023年予以公开有多少件？', two, { report: 'zhoukou-zhujianju-2024' }).answer;
    expect(a.value).toBe(30);
    expect(a.sources[0]!.report).toBe('zhoukou-zhujianju-2023');
  });

  it('the model’s figure is not the answer to a question that negates it or asks how it changed', () => {
    const reading = { kind: 'figure' as const, op: 'value' as const, measures: [{ table: 'requests' as const, row: 'granted', column: 'total' }] };
    for (const q of ['没有予以公开的到底有几个', '予以公开这块今年涨了多少']) {
      const a = respondToReading(reading, q, kb, {}).answer;
      expect(a, q).toMatchObject({ kind: 'out_of_scope', value: null });
    }
  });
});

describe('differences with decimals', () => {
  const withFees = (a: number, b: number) => {
    const r2024 = seedReport();
    const r2023 = seedReport('zhoukou-zhujianju-2023', '周口市住房和城乡建设局', 2023);
    r2024.active.art20_8!.rows.fees!.cells.fee_amount = { state: 'value', value: a, unit: '万元', line: 30, raw: String(a) };
    r2023.active.art20_8!.rows.fees!.cells.fee_amount = { state: 'value', value: b, unit: '万元', line: 30, raw: String(b) };
    return seedKb(r2024, r2023);
  };

  it('the text and the value state the same rounding (1.25, not 1.3)', () => {
    const a = respond('2024年行政事业性收费金额比上一年增加了多少', withFees(2.35, 1.1), { now: NOW }).answer;
    expect(a.kind).toBe('figure');
    expect(a.value).toBe(1.25);
    expect(a.text).toContain('增加 1.25 万元');
  });

  it('1.25 against 1.1 is 0.15 in the text and the value, and passes the guard', () => {
    const many = withFees(1.25, 1.1);
    const a = respond('2024年行政事业性收费金额比上一年增加了多少', many, { now: NOW }).answer;
    expect(a.text).not.toBe(refused);
    expect(a.value).toBe(0.15);
    expect(a.text).toContain('增加 0.15 万元');
    expect(checkNumbers(a, many).ok).toBe(true);
  });
});

describe('a difference asked the wrong way round', () => {
  it('「部分公开比予以公开少多少」: the value is the 19 the text states, and no channel shows −19', () => {
    const a = ask('部分公开比予以公开少多少');
    expect(a.value).toBe(19);
    expect(a.text).toContain('部分公开比予以公开多 19 件');
    expect(answerText(a)).not.toContain('-19');
    expect(JSON.stringify(answerMessage(a).blocks)).not.toContain('-19');
  });
});

describe('a quantity of what is paid is a sum of money, not a count', () => {
  it('「申请信息公开要交钱吗？2024年收了多少处理费」 is not the count of requests that did not pay', () => {
    const a = ask('申请信息公开要交钱吗？2024年收了多少处理费');
    expect(a.value).toBeNull();
    expect(a.text).not.toMatch(/为 \d+ 件/);
  });
});
