// Many reports: three agencies over three years (test/answer-fixture.ts MULTI). The right report is
// picked by name and year, an ambiguous question is asked back, and comparisons across years and
// agencies are right and cite every cell they use.
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { answer, respond, type ConversationState } from '../src/answer/answer.ts';
import type { Answer } from '../src/answer/types.ts';
import { join } from 'node:path';
import { KnowledgeBase } from '../src/kb/index.ts';
import { readReportFile } from '../src/kb/store.ts';
import { makeModel, render } from '../src/report/generate.ts';
import { parseReport } from '../src/report/parse.ts';
import { multiKb } from './answer-fixture.ts';
import { ROOT } from './helpers.ts';

const kb = multiKb();
const NOW = new Date('2026-03-01');
const ask = (q: string, opts: Parameters<typeof respond>[2] = {}, previous?: ConversationState) => respond(q, kb, { now: NOW, ...opts }, previous);
const reportsOf = (a: Answer) => [...new Set(a.sources.map((s) => s.report))];

describe('choosing the report by agency and year', () => {
  it.each([
    ['郑州市住建局2023年收到多少申请', 320, 'zhengzhou-zhujianju-2023'],
    ['郑州市住房和城乡建设局2022年予以公开多少件', 100, 'zhengzhou-zhujianju-2022'],
    ['上海市政府办公厅2024年予以公开多少', 500, 'shanghai-bgt-2024'],
    ['上海市人民政府办公厅2023年收到多少申请', 800, 'shanghai-bgt-2023'],
    ['周口住建局2024年部分公开多少件', 51, 'zhoukou-zhujianju-2024'],
  ])('%s → %d from %s', (q, value, report) => {
    const a = ask(q).answer;
    expect(a.value).toBe(value);
    expect(reportsOf(a)).toEqual([report]);
    expect(a.text).toContain(`来源：${a.sources[0]!.reportTitle}`);
  });

  it('asks which report when the name fits several and nothing else tells them apart', () => {
    const a = ask('住建局2024年收到多少申请').answer;
    expect(a).toMatchObject({ kind: 'clarify', value: null });
    expect(a.options?.map((o) => o.label)).toEqual(['周口市住房和城乡建设局2024年报告', '郑州市住房和城乡建设局2024年报告']);
    const years = ask('郑州市住建局收到多少申请').answer;
    expect(years.kind).toBe('clarify');
    expect(years.options).toHaveLength(3);
    expect(ask('收到多少申请').answer.kind).toBe('clarify');
  });

  it('--report, a configured default and the conversation narrow the choice', () => {
    expect(ask('收到多少申请', { report: 'shanghai-bgt-2022' }).answer.value).toBe(900);
    expect(ask('收到多少申请', { defaultReport: 'zhengzhou-zhujianju-2024' }).answer.value).toBe(350);
    // the default's agency and year settle a name that fits several
    expect(ask('住建局收到多少申请', { defaultReport: 'zhengzhou-zhujianju-2023' }).answer.value).toBe(320);
    expect(ask('2022年收到多少申请', { defaultReport: 'zhengzhou-zhujianju-2024' }).answer.value).toBe(300);
  });

  it('a follow-up keeps the report; 「那2022年呢」 keeps the agency', async () => {
    const sessions = new Keyv();
    const say = (q: string) => answer(q, { kb, sessions, session: 's', now: NOW, llm: null });
    expect((await say('郑州市住建局2023年收到多少申请')).value).toBe(320);
    const granted = await say('予以公开呢');
    expect(granted.value).toBe(110);
    expect(reportsOf(granted)).toEqual(['zhengzhou-zhujianju-2023']);
    expect((await say('那2022年呢')).value).toBe(100);
    expect((await say('上海市政府办公厅呢')).value).toBe(400);
  });

  it('a year or agency that is not there is named, with the reports that are', () => {
    const a = ask('郑州市住建局2019年收到多少申请').answer;
    expect(a.kind).toBe('not_found');
    expect(a.text).toContain('没有郑州市住房和城乡建设局2019年度的报告');
    expect(a.text).toContain('郑州市住房和城乡建设局2022年报告');
    expect(ask('洛阳市住建局收到多少申请').answer.text).toContain('没有洛阳市的报告');
  });
});

describe('one agency across years', () => {
  it('「比上一年增加了多少」: the difference, both cells cited, and the percentage change', () => {
    const a = ask('郑州市住建局2024年收到的申请比上一年增加了多少').answer;
    expect(a).toMatchObject({ kind: 'figure', value: 30 });
    expect(a.text).toContain('2024年 350 件，2023年 320 件；2024年比2023年增加 30 件（350 − 320 = 30），增长 9.4%');
    expect(a.parts).toEqual([{ label: '2023年', value: 320 }, { label: '2024年', value: 350 }]);
    expect(a.derived).toEqual([{ label: '增减幅度（%）', value: 9.4, formula: '(350 − 320) ÷ 320 × 100' }]);
    expect(reportsOf(a)).toEqual(['zhengzhou-zhujianju-2024', 'zhengzhou-zhujianju-2023']);
    expect(a.text).toContain('来源：郑州市住房和城乡建设局2023年报告 · 三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 总计');
  });

  it('a decrease, asked as one or as an increase: the value is the size the words state', () => {
    const down = ask('上海市政府办公厅2023年予以公开比2022年减少了多少').answer;
    expect(down.value).toBe(20);
    expect(down.text).toContain('2023年比2022年减少 20 件（400 − 380 = 20），下降 5.0%');
    const asUp = ask('上海市政府办公厅2023年予以公开比上一年增加了多少').answer;
    expect(asUp.value).toBe(20);
    expect(asUp.text).toContain('2023年比2022年减少 20 件');
  });

  it('without a year: from the agency’s latest report', () => {
    expect(ask('周口市住建局予以公开比去年多了多少').answer.value).toBe(2);
  });

  it('「近三年…的变化」: each year, the change from first to last and its percentage', () => {
    const a = ask('上海市政府办公厅近三年予以公开的变化').answer;
    expect(a.value).toBe(100);
    expect(a.parts).toEqual([{ label: '2022年', value: 400 }, { label: '2023年', value: 380 }, { label: '2024年', value: 500 }]);
    expect(a.text).toContain('2022年 400 件，2023年 380 件，2024年 500 件；2024年比2022年增加 100 件（500 − 400 = 100），增长 25.0%');
    expect(reportsOf(a)).toEqual(['shanghai-bgt-2022', 'shanghai-bgt-2023', 'shanghai-bgt-2024']);
    expect(a.sources).toHaveLength(3);
  });

  it('a report the comparison needs and does not have is named', () => {
    const a = ask('周口市住建局2022年收到的申请比上一年增加了多少').answer;
    expect(a).toMatchObject({ kind: 'not_found', value: null });
    expect(a.text).toContain('没有周口市住房和城乡建设局2021年度的报告');
    const five = ask('郑州市住建局近五年收到的申请').answer;
    expect(five.value).toBe(50);
    expect(five.text).toContain('知识库中没有2020年、2021年的报告');
  });

  it('in English', () => {
    const a = ask('How did granted requests change over the last three years at 郑州市住建局?').answer;
    expect(a.value).toBe(20);
    expect(a.text).toContain('2024 was 20 higher than 2022');
  });
});

describe('agencies in one year', () => {
  it('「哪个单位收到的申请最多」: the ranking with values, every cell cited', () => {
    const a = ask('2024年哪个单位收到的申请最多').answer;
    expect(a).toMatchObject({ kind: 'figure', value: 1000 });
    expect(a.parts).toEqual([
      { label: '上海市人民政府办公厅', value: 1000 }, { label: '郑州市住房和城乡建设局', value: 350 }, { label: '周口市住房和城乡建设局', value: 178 },
    ]);
    expect(a.text).toContain('2024年各单位中，本年新收政府信息公开申请数量最多的是上海市人民政府办公厅（1000 件）');
    expect(reportsOf(a).sort()).toEqual(['shanghai-bgt-2024', 'zhengzhou-zhujianju-2024', 'zhoukou-zhujianju-2024']);
  });

  it('the fewest, the top N, the latest year by default, and among the agencies named', () => {
    expect(ask('2023年收到申请最少的单位').answer.parts?.[0]).toEqual({ label: '周口市住房和城乡建设局', value: 160 });
    expect(ask('2022年予以公开排名前两位的单位').answer.parts).toEqual([{ label: '上海市人民政府办公厅', value: 400 }, { label: '郑州市住房和城乡建设局', value: 100 }]);
    expect(ask('哪个单位予以公开最多').answer.value).toBe(500);
    const two = ask('郑州住建局和周口住建局2024年哪个收到的申请多').answer;
    expect(two.parts?.map((p) => p.label)).toEqual(['郑州市住房和城乡建设局', '周口市住房和城乡建设局']);
    expect(ask('Which agency received the most requests in 2023?').answer.value).toBe(800);
  });
});

describe('reports made by the generator, through the parser', () => {
  // Three agencies over three years, each rendered as text by src/report/generate.ts and parsed
  // back: the answers must be the model's numbers.
  const seed = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));
  const agencies = ['周口市住房和城乡建设局', '洛阳市生态环境局', '南阳市人民政府办公室'];
  const models = agencies.flatMap((agency, i) => [2022, 2023, 2024].map((year) => {
    const m = makeModel(seed, 100 * i + year, year, 0);
    m.agency = agency;
    m.title = `${agency}${year}年政府信息公开工作年度报告`;
    return m;
  }));
  const generated = new KnowledgeBase(models.map((m, i) => parseReport(render(m, 'tab'), { file: `gen-${i}.txt`, id: `gen-${i}`, agency: m.agency, year: m.year })));
  const received = (agency: string, year: number) => models.find((m) => m.agency === agency && m.year === year)!.figures.requests.received!.total;
  const say = (q: string) => respond(q, generated, { now: NOW }).answer;

  it('picks the report by short name and year', () => {
    expect(say('洛阳市环保局2023年收到多少申请').value).toBe(received('洛阳市生态环境局', 2023));
    expect(say('南阳市政府办2022年收到多少申请').value).toBe(received('南阳市人民政府办公室', 2022));
    expect(say('环保局收到多少申请').kind).toBe('clarify');
  });

  it('ranks the agencies of a year and compares a year with the one before', () => {
    const ranked = say('2024年哪个单位收到的申请最多');
    const expected = agencies.map((a) => ({ label: a, value: received(a, 2024) })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'zh'));
    expect(ranked.parts).toEqual(expected);
    expect(ranked.value).toBe(expected[0]!.value);
    expect(new Set(ranked.sources.map((s) => s.report)).size).toBe(3);
    const yoy = say('洛阳市生态环境局2024年收到的申请比上一年增加了多少');
    expect(yoy.value).toBe(Math.abs(received('洛阳市生态环境局', 2024) - received('洛阳市生态环境局', 2023)));
    expect(yoy.sources.map((s) => s.value)).toEqual([received('洛阳市生态环境局', 2024), received('洛阳市生态环境局', 2023)]);
  });
});
