// What agency staff type at the bundled report (周口市住房和城乡建设局 2024, knowledge/): operations
// over figures, column groups, places in the tables, units asked, and follow-ups over the figures a
// conversation just gave. Each example is a question, the conversation before it, and what the
// user must see: the value (and the formula that says how it was made), or the kind of reply.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { respond, type ConversationState } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { ROOT } from './helpers.ts';

const kb = KnowledgeBase.load(join(ROOT, 'knowledge'));

interface Example {
  q: string;
  /** the questions asked before in the same conversation */
  before?: string[];
  value?: number;
  /** words the reply's text holds (a formula, a note) */
  says?: string[];
  kind?: 'figure' | 'clarify' | 'not_found';
  /** no figure is given, whatever the reply says instead */
  none?: true;
}

function ask(e: Example) {
  let state: ConversationState | undefined;
  for (const q of e.before ?? []) state = respond(q, kb, {}, state).state;
  return respond(e.q, kb, {}, state).answer;
}

function check(examples: Example[]) {
  for (const e of examples) {
    it(`${e.before?.length ? `${e.before.join(' → ')} → ` : ''}${e.q}`, () => {
      const a = ask(e);
      if (e.value !== undefined) expect(a.value, a.text).toBe(e.value);
      if (e.kind) expect(a.kind, a.text).toBe(e.kind);
      if ((e.kind && e.kind !== 'figure') || e.none) expect(a.value, a.text).toBeNull();
      for (const s of e.says ?? []) expect(a.text).toContain(s);
    });
  }
}

describe('operations over figures', () => {
  check([
    { q: '予以公开占(七)总计比例，保留两位小数', value: 17.98, says: ['17.98%', '32 ÷ 178，保留两位小数'] },
    { q: '无法提供占办理结果总计的百分比 保留２位小数', value: 53.37, says: ['95 ÷ 178，保留两位小数'] },
    { q: '直诉 结果维持/直诉总计 百分比 保留两位小数', value: 66.67, says: ['2 ÷ 3'] },
    { q: '部分公开占办理结果总计的比例', value: 28.7, says: ['保留一位小数'] },
    // a whole of several figures, listed: their sum
    { q: '行政复议占复议和诉讼总数的比例', value: 69.2, says: ['9 ÷ (9 + 4)', '合计的'] },
    { q: '行政处罚占许可和处罚合计的比例', value: 7.1, says: ['85 ÷ (1117 + 85)'] },
    { q: 'What percentage of granted in full of total handled? Round to two decimals.', says: ['rounded to two decimals'] },
    { q: '部分公开除以办理结果总计，保留两位小数', value: 28.65, says: ['28.65%'] },
    // a count rounded is written as the count it is
    { q: '予以公开 保留两位小数', value: 32, says: ['为 32 件'] },
    { q: '行政诉讼 直诉总计+复议后起诉总计', value: 4, says: ['3 + ', ' 1'] },
    { q: '复议总计+诉讼两项总计 合计', value: 13 },
    { q: '复议+诉讼 一共', value: 13 },
    { q: '许可加处罚 合计', value: 1202, says: ['1117 + ', '85'] },
    // 加 between terms that do not make two figures: asked back, never the one figure the terms make (复议 结果维持)
    { q: '复议加维持一共多少', kind: 'clarify' },
    { q: "What's the aggregate of licensing and penalty decisions?", value: 1202 },
    { q: "What's the total number of administrative lawsuits, counting both direct suits and suits after reconsideration?", value: 4 },
    // two terms sharing their last words, said once
    { q: 'What percentage of requests ended in full or partial disclosure? Round to two decimals.', value: 46.63, says: ['(32 + 51) ÷ 178'] },
    { q: '全部或部分公开的有多少件', value: 83 },
    // a row said first, its columns in the formula after it
    { q: '规范性文件净增多少(制发减废止)', value: 2, says: ['3 − 1 = 2'] },
    { q: 'Net change in normative documents for the year (issued minus repealed)?', value: 2 },
  ]);
});

describe('groups and column groups', () => {
  check([
    { q: '（三）不予公开 8个小项合计', value: 0 },
    { q: '（四）无法提供 三项合计', value: 95 },
    { q: '（六）其他处理 三项合计', value: 0 },
    { q: '本年新收 法人或其他组织 五栏合计', value: 0, says: ['法人或其他组织'] },
    // a count of parts the figure does not have is no reading of it
    // A count of columns that does not fit (法人或其他组织 has five) is declined; the number is not said back.
    { q: '本年新收 法人或其他组织 六栏合计', none: true },
  ]);
});

describe('places in the tables', () => {
  check([
    { q: '表三第(四)项第1行 自然人', value: 95 },
    { q: '表三第(五)项第2行 总计', value: 0, says: ['重复申请'] },
    { q: '一(五)监督保障 网站发布信息公开条数', value: 178 },
    // the part's title before 局网站 is no agency (监督保障局)
    { q: '一(五)监督保障 局网站发布信息公开条数', value: 178 },
    // (六) is 其他处理: 不予公开 is not there
    { q: '（六）不予公开 总计', none: true },
  ]);
});

describe('units asked', () => {
  check([
    { q: '有多少人申请了信息公开', value: 178, says: ['报告统计的是申请件数，不是人数'] },
    { q: '行政处罚罚款金额是多少', kind: 'not_found', says: ['报告统计的是件数，不是金额'] },
    // 个人 and people are also the requester type: asked as a count of people they are not that column
    { q: '有几个人申请', value: 178, says: ['报告统计的是申请件数，不是人数', '本年新收政府信息公开申请数量为'] },
    { q: 'How many people applied for information disclosure?', value: 178, says: ['The report counts requests, not the people who made them.', 'new requests received this year was'] },
    { q: '个人申请了多少件', value: 178, says: ['（自然人）'] },
    { q: 'What was the total amount of fines collected from the administrative penalties?', none: true },
  ]);
});

describe('follow-ups over the figures just given', () => {
  const review = ['复议 维持', '直诉呢', '复议后起诉呢'];
  check([
    { before: review, q: '三个加一起', value: 12, says: ['9 + ', '2 + ', '1'] },
    { before: ['部分公开的有多少件？', '全部公开的呢'], q: '这俩加一块是多少', value: 83 },
    { before: ['How many requests were granted in full?', 'And partially?'], q: 'Add the two together', value: 83 },
    { before: ['行政许可多少件', '行政处罚呢', '行政强制呢'], q: '这三个加起来', value: 1202 },
    // only one figure given: which two is asked back
    { before: ['部分公开的有多少件？'], q: '这俩加一块是多少', kind: 'clarify' },
    { before: ['一共收了多少信息公开申请？', '其中全部公开的有几件'], q: '占多少比例啊，保留一位小数', value: 18, says: ['32 ÷ 178，保留一位小数'] },
    { before: ['How many information disclosure lawsuits were filed directly?', 'How many of those were upheld?'], q: 'As a percentage of those lawsuits?', value: 66.7 },
    { before: ['表三 （四）无法提供 第1行 本机关不掌握 总计'], q: '第2行呢', value: 0, says: ['没有现成信息需要另行制作'] },
    { before: ['表三 (七)总计 自然人'], q: '法人那几栏合计呢', value: 0, says: ['法人或其他组织'] },
    { before: ['表四 复议后起诉 总计', '直诉总计呢'], q: '两项合计', value: 4 },
    { before: ['予以公开占比'], q: '保留两位小数呢', value: 17.98, says: ['17.98%', '保留两位小数'] },
    { before: ['予以公开 多少件', '部分公开呢'], q: '两项合计占总计多少，保留一位小数', value: 46.6, says: ['(32 + 51) ÷ 178，保留一位小数'] },
    { before: ['予以公开 多少件'], q: 'What percentage of new requests came from natural persons? Two decimals please.', value: 100, says: ['rounded to two decimals'] },
    // declined, then a part named: which figure is asked back, not the part's total given
    { before: ['上半年 复议 维持'], q: '直诉呢', kind: 'clarify' },
    // 住建 is the agency's short name and 复义 a slip for 复议: the turn before is answered, so 直诉呢 is its 结果维持.
    { before: ['住建 复义 维持'], q: '直诉呢', value: 2 },
  ]);
});
