// Questions that went wrong against the seed, asserting what the user sees: the text and the value.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { checkNumbers } from '../src/answer/guard.ts';
import { fill } from '../src/answer/render.ts';
import { places } from '../src/catalogue/places.ts';
import { seedKb, seedReport } from './answer-fixture.ts';
import { syntheticKb } from '../bench/synthetic-kb.ts';

const kb = seedKb();
const ask = (q: string, opts: Parameters<typeof respond>[2] = {}) => respond(q, kb, { now: new Date('2026-03-01'), ...opts }).answer;
const refused = [fill('zh', 'refused', {}), fill('en', 'refused', {})];

describe('rows and groups of the report’s own format only', () => {
  it('「其他处理」 in a 2021 report is the group sum, not a choice between two of the same name', () => {
    const a = ask('其他处理有多少');
    expect(a).toMatchObject({ kind: 'figure', value: 0 });
    expect(a.text).toContain('其他处理（各项之和）为 0 件');
    expect(a.sources).toHaveLength(3);
  });

  it('in a 2019 report it is the one row', () => {
    const r = seedReport('old-2019', '周口市住房和城乡建设局', 2019);
    r.meta.format = '2019';
    r.requests.rows.other_handled_2019 = { cells: { total: { state: 'value', value: 4, unit: '件', line: 60, raw: '4' } } };
    const a = respond('其他处理有多少', seedKb(r)).answer;
    expect(a.value).toBe(4);
    expect(a.kind).toBe('figure');
  });
});

describe('differences', () => {
  it('「予以公开比部分公开少多少」 answers 19, with both cells and the formula', () => {
    const a = ask('予以公开比部分公开少多少');
    expect(a.value).toBe(19);
    expect(a.text).toContain('予以公开比部分公开少 19 件（51 − 32 = 19）');
    expect(a.sources.map((s) => s.value)).toEqual([32, 51]);
    expect(a.sources.every((s) => s.formula === '51 − 32 = 19')).toBe(true);
  });

  it('asked the other way round, the value is the size the words state and the words say which way', () => {
    const a = ask('予以公开比部分公开多多少');
    expect(a.value).toBe(19);
    expect(a.text).toContain('予以公开比部分公开少 19 件');
    const b = ask('部分公开比予以公开少多少');
    expect(b.value).toBe(19);
    expect(b.text).toContain('部分公开比予以公开多 19 件（51 − 32 = 19）');
    expect(ask('部分公开和予以公开相差多少').value).toBe(19);
    expect(ask('How many fewer requests were granted in full than granted in part?').text).toContain('granted in full was 19 fewer than granted in part');
  });
});

describe('quotes in replies', () => {
  it('an English reply quoting Chinese text with digits passes the guard', () => {
    const a = ask('What problems did the report identify?');
    expect(a.kind).toBe('text');
    const b = ask('Tell me about oversight and training');
    expect(b.kind).toBe('text');
    expect(b.text).toContain('局党组理论中心组组织学习 12 次');
    expect(refused).not.toContain(b.text);
  });

  it('a brief reply quoting the first sentence of a passage with digits passes', () => {
    const a = ask('监督保障情况怎么样', { brief: true });
    expect(a.text).toContain('2024 年，我局组织召开意识形态工作会议 2 次');
    expect(refused).not.toContain(a.text);
  });

  it('a quote the knowledge base does not hold is still refused', () => {
    const genuine = ask('监督保障情况怎么样');
    expect(checkNumbers({ ...genuine, text: '「我局组织召开意识形态工作会议 7 次」' }, kb).ok).toBe(false);
  });
});

describe('stated rates', () => {
  it('「回复率是多少」 gives the rate section 一 states, quoted', () => {
    const a = ask('回复率是多少');
    expect(a).toMatchObject({ kind: 'figure', value: 100, unit: '%' });
    expect(a.text).toContain('「回复率 100%」');
    expect(a.sources[0]).toMatchObject({ state: 'prose', section: '一、总体情况' });
  });

  it('a share is still computed from a part and a whole the tables have', () => {
    expect(ask('予以公开占办理结果总数的比例是多少？').value).toBe(18);
  });
});

describe('breakdowns', () => {
  it('「申请人构成」: the six applicant columns of 本年新收, each cited, with parts for a chart', () => {
    const a = ask('申请人构成');
    expect(a).toMatchObject({ kind: 'figure', value: 178 });
    expect(a.parts?.map((p) => p.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(a.parts?.map((p) => p.value)).toEqual([178, 0, 0, 0, 0, 0]);
    expect(a.text).toContain('本年新收政府信息公开申请数量共 178 件，其中：\n· 自然人 178 件');
    expect(a.sources).toHaveLength(7);
    expect(a.text).toContain('一、本年新收政府信息公开申请数量 · 法律服务机构');
  });

  it('「办理结果构成」: the result groups (一)–(六)', () => {
    const a = ask('办理结果构成');
    expect(a.value).toBe(178);
    expect(a.parts).toEqual([
      { label: '予以公开', value: 32 }, { label: '部分公开', value: 51 }, { label: '不予公开', value: 0 },
      { label: '无法提供', value: 95 }, { label: '不予处理', value: 0 }, { label: '其他处理', value: 0 },
    ]);
    expect(a.text).toContain('· 无法提供 95 件');
  });

  it('in English, and for any group by its structure', () => {
    expect(ask('breakdown by applicant type').parts).toHaveLength(6);
    const handled = ask('how were requests handled');
    expect(handled.parts?.[0]).toEqual({ label: 'granted in full', value: 32 });
    const refusals = ask('不予公开的构成');
    expect(refusals.parts?.map((p) => p.label)).toContain('属于国家秘密');
    expect(ask('行政复议结果分布').parts).toEqual([
      { label: '结果维持', value: 9 }, { label: '结果纠正', value: 0 }, { label: '其他结果', value: 0 }, { label: '尚未审结', value: 0 },
    ]);
  });

  it('a part the report does not give is said to be missing, never 0', () => {
    const r = seedReport();
    r.requests.rows.received!.cells.research = { state: 'missing' };
    const a = respond('申请人构成', seedKb(r)).answer;
    expect(a.parts?.map((p) => p.label)).not.toContain('科研机构');
    expect(a.text).toContain('科研机构）：报告中没有数据');
  });
});

describe('synonyms', () => {
  it.each([
    ['结转到下一年的申请', 0], ['结转到下一年的有多少', 0], ['有多少申请留到明年继续办理', 0], ['去年转来的申请有多少', 0],
    ['律师事务所申请了多少', 0], ['法院判决败诉了几件', undefined], ['公司申请了多少件', 0],
  ])('%s', (q, value) => {
    const a = ask(q);
    if (value === undefined) expect(a.value).toBeNull();
    else expect(a).toMatchObject({ kind: 'figure', value });
  });

  it('结转到下一年 is 四 结转下年度继续办理', () => {
    expect(ask('结转到下一年的申请').text).toContain('结转下年度继续办理为 0 件');
  });
});

describe('places and agencies the knowledge base does not have', () => {
  it.each(['郑州收到多少申请？', '郑州市收到多少申请', '河南省住建厅收到多少申请', '河南住建局收到多少申请', '项城市予以公开多少件',
    '周口市川汇区住建局收到多少申请', '公安局收到多少申请', '市卫健委收到多少申请', 'How many requests did Zhengzhou receive?', '北京予以公开多少'])('%s → not_found, no number', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('not_found');
    expect(a.value).toBeNull();
    expect(a.text).toContain('周口市住房和城乡建设局');
  });

  it('names the place it understood', () => {
    expect(ask('郑州收到多少申请？').text).toContain('知识库中没有郑州市的报告');
    expect(ask('How many requests did Zhengzhou receive?').text).toContain('There is no report for 郑州市');
  });

  it('the agency’s own place, its province before it, and our own voice are fine', () => {
    for (const q of ['周口收到多少申请', '周口市住建局收到多少申请', '河南省周口市住建局收到多少申请', '你们局收到多少申请', '我局收到多少申请',
      'How many requests did Zhoukou receive?', '信息公开平台开设了几个栏目']) {
      expect(ask(q).kind, q).toBe('figure');
    }
    // The service hall is not a place the report counts requests by: no figure, and no missing agency either.
    const hall = ask('政务服务大厅收到多少申请');
    expect(hall.value).toBeNull();
    expect(hall.text).not.toContain('知识库中没有');
  });

  it('the gazetteer has every province and the prefecture-level cities', () => {
    const { forms } = places();
    for (const name of ['北京市', '北京', '内蒙古', '广西', '新疆', '香港', '台湾', '郑州市', '周口', '恩施州', '延边', '三沙市', '项城']) expect(forms.has(name), name).toBe(true);
    expect([...forms.values()].filter((p) => p.level === 'province' && p.name === p.province).length).toBeGreaterThanOrEqual(34);
    expect(new Set([...forms.values()].filter((p) => p.level === 'prefecture').map((p) => p.name)).size).toBeGreaterThan(330);
  });
});

describe('years and report lists', () => {
  it('「你们去年…」 names the year it understood (the one before the day asked), lists what exists and offers the newest', () => {
    const a = ask('你们去年收到多少申请', { now: new Date('2024-05-01') });
    expect(a.kind).toBe('not_found');
    expect(a.text).toContain('没有2023年度的报告');
    expect(a.text).toContain('现有报告：周口市住房和城乡建设局2024年报告');
    expect(a.options).toEqual([{ label: '周口市住房和城乡建设局2024年报告', question: '你们2024年收到多少申请' }]);
  });

  it('caps a long list of reports: the first five and how many in all', () => {
    const big = syntheticKb(seedReport(), 1000);
    const a = respond('2019年收到多少申请', big).answer;
    expect(a.kind).toBe('not_found');
    expect(a.text).toMatch(/没有2019年度的报告，无法回答。现有报告：(?:[^、]+、){4}[^、]+等1000份。/);
    const clarify = respond('收到多少申请', big).answer;
    expect(clarify.kind).toBe('clarify');
    expect(clarify.options).toHaveLength(5);
    expect(clarify.text).toContain('等1000份');
  });
});
