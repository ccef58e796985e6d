// Properties that hold for every figure of the format, over thousands of generated questions
// against a report with a distinct value in every cell (a wrong cell shows as a wrong number):
//   (a) a figure's question with a narrowing qualifier never returns that figure;
//   (b) a figure's label replaced by any declared paraphrase never returns another figure;
//   (c) two figures joined by an operator give the derived figure or no figure, never one of the two.
import { describe, expect, it } from 'vitest';
import { ACTIVE_TABLES, REQUEST_COLUMNS, REQUEST_ROW_GROUPS, REVIEW_COLUMNS, REVIEW_GROUPS, requestRowsFor } from '../src/catalogue/format.ts';
import { PARAPHRASES } from '../src/catalogue/paraphrases.ts';
import { respond } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { rng } from '../src/report/generate.ts';
import { distinctReport } from './distinct-report.ts';

const report = distinctReport();
const kb = new KnowledgeBase([report]);
const ask = (q: string) => respond(q, kb).answer;

interface Figure { label: string; value: number; key: string }

// Every figure, by the label a clerk would say (a bare 总计 or 其他 row is named with what it belongs to).
const QUALIFIED: Record<string, string> = { total_handled: '办理结果总计', other_other: '其他处理中的其他情形' };
const figures: Figure[] = [];
for (const row of requestRowsFor('2021')) {
  const label = QUALIFIED[row.id] ?? row.labels.at(-1)!.replace(/（.*$/, '');
  for (const col of REQUEST_COLUMNS) {
    const cell = report.requests.rows[row.id]!.cells[col.id]!;
    if (cell.state === 'missing') continue;
    figures.push({ label: col.id === 'total' ? label : `${label}中${col.labels[0]}`, value: cell.value, key: `req_row:${row.id}` });
  }
}
for (const g of REVIEW_GROUPS) {
  for (const c of REVIEW_COLUMNS) {
    const cell = report.review.cells[`${g.id}.${c.id}`]!;
    if (cell.state !== 'missing') figures.push({ label: `${g.labels[0]}${c.id === 'total' ? '' : c.labels[0]}`, value: cell.value, key: `rev_group:${g.id}` });
  }
}
for (const t of ACTIVE_TABLES['2021']) {
  for (const row of t.rows) {
    for (const col of t.columns) {
      const cell = report.active[t.id]!.rows[row.id]!.cells[col.id]!;
      if (cell.state !== 'missing') figures.push({ label: `${row.labels[0]}${col.labels[0]!.replace(/（.*$/, '')}`, value: cell.value, key: `act_row:${row.id}` });
    }
  }
}

// Words that narrow a figure to something the format does not count: the report cannot say it.
const QUALIFIERS = [
  '平均', '上半年', '下半年', '第一季度', '第四季度', '每月', '每个月平均', '其中男性', '其中女性', '线下', '通过邮寄', '当场',
  '涉及招投标的', '涉及商品房预售的', '涉及房屋征收的', '涉及工程质量的', '12月份', '春节期间', '节假日', '外地人', '外籍人士',
  '老年人', '学生', '国有企业', '外资企业', '个体户', '小微企业', '通过电话', '通过电子邮件', '窗口受理的', '口头申请的', '人均',
  '日均', '月均', '前三季度', '涉及拆迁的', '涉及物业的', '涉及公积金的', '关于某栏目的', '某科室的', '某个街道的',
  '残疾人', '农民工', '律师代理的', '媒体记者', '人大代表', '政协委员', '退役军人', '未成年人', '港澳台居民', '涉及学区的',
  '涉及停车的', '涉及噪音的', '涉及燃气的', '涉及电梯的', '涉及绿化的', '涉及排水的', '最快办结的', '最慢办结的', '满意度',
  '阅读量', '点击量', '粉丝', '用时最长的',
];
// Measures the figure is not counted in: people, money, time, a percentage not asked as a share.
const UNITS = ['多少人', '多少万元', '多少元', '几天', '多少个工作日', '多少小时', '多少人次'];

describe('(a) a narrowing qualifier never returns the figure', () => {
  const next = rng(20261129);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const questions: { q: string; value: number }[] = [];
  for (let i = 0; i < 3000; i++) {
    const f = pick(figures);
    const qualifier = pick(QUALIFIERS);
    const form = i % 3;
    // 收费金额 is counted in 万元: money asked of it is its own unit.
    const units = f.label.includes('金额') ? UNITS.filter((u) => !u.includes('元')) : UNITS;
    const q = form === 0 ? `${qualifier}的${f.label}有多少件` : form === 1 ? `${f.label}里${qualifier}的有几件` : `${f.label}${pick(units)}`;
    questions.push({ q, value: f.value });
  }
  it(`${QUALIFIERS.length} qualifiers and ${UNITS.length} units over ${questions.length} questions`, () => {
    expect(QUALIFIERS.length).toBeGreaterThanOrEqual(60);
    // People asked of a count of requests (予以公开多少人) is given as that count only with the note
    // that the report counts requests, not people.
    const same = questions.filter(({ q, value }) => {
      const a = ask(q);
      return a.value === value && !(/多少人$/.test(q) && a.text.includes('报告统计的是申请件数，不是人数'));
    }).map(({ q }) => q);
    expect(same).toEqual([]);
  });
});

describe('(b) a declared paraphrase never returns another figure', () => {
  // Each row's total, asked by each of its paraphrases.
  const valueOf = (cell: { state: string; value?: number } | undefined) => cell?.value ?? NaN;
  const rows = [
    ...requestRowsFor('2021').map((r) => ({ key: `req_row:${r.id}`, value: valueOf(report.requests.rows[r.id]!.cells.total) })),
    ...REVIEW_GROUPS.map((g) => ({ key: `rev_group:${g.id}`, value: valueOf(report.review.cells[`${g.id}.total`]) })),
  ];
  const questions = rows.flatMap(({ key, value }) => (PARAPHRASES[key]?.zh ?? []).map((p) => ({ q: `${p}的有多少件`, value, key })));
  // A group's total is the sum of its items: asked by the group's paraphrases, the value is that sum.
  const groupValue = (id: string) => requestRowsFor('2021').filter((r) => r.group === id).reduce((s, r) => s + valueOf(report.requests.rows[r.id]!.cells.total), 0);
  const groups = REQUEST_ROW_GROUPS.flatMap((g) => (PARAPHRASES[`req_group:${g.id}`]?.zh ?? []).map((p) => ({ q: `${p}的有多少件`, value: groupValue(g.id), key: g.id })));
  it(`${questions.length + groups.length} paraphrases: the same figure or none, and most answered`, () => {
    const other: string[] = [];
    let answered = 0;
    for (const { q, value } of [...questions, ...groups]) {
      const a = ask(q);
      if (a.value === null) continue;
      answered++;
      if (a.value !== value) other.push(`${q} → ${a.value} (expected ${value}): ${a.text.split('\n')[0]}`);
    }
    expect(other).toEqual([]);
    expect(answered / (questions.length + groups.length)).toBeGreaterThanOrEqual(0.6);
  });
});

describe('(c) an operator is computed or declined, never one operand', () => {
  const next = rng(7);
  const totals = figures.filter((f) => f.key.startsWith('req_row:') && !f.label.includes('中'));
  const cases: { q: string; a: number; b: number; expected: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const x = totals[Math.floor(next() * totals.length)]!;
    const y = totals[Math.floor(next() * totals.length)]!;
    if (x === y) continue;
    const forms: [string, number][] = [
      [`${x.label}和${y.label}加起来一共多少件`, x.value + y.value],
      [`${x.label}比${y.label}多多少件`, Math.abs(x.value - y.value)],
      [`${x.label}减去${y.label}还剩多少`, Math.abs(x.value - y.value)],
    ];
    const [q, expected] = forms[i % 3]!;
    cases.push({ q, a: x.value, b: y.value, expected });
  }
  it(`${cases.length} questions joining two figures`, () => {
    const operand: string[] = [];
    const wrong: string[] = [];
    for (const { q, a, b, expected } of cases) {
      const v = ask(q).value;
      if (v === a || v === b) operand.push(`${q} → ${v}`);
      else if (v !== null && v !== expected) wrong.push(`${q} → ${v} (expected ${expected})`);
    }
    expect(operand).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
