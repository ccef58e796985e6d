// People as they type: slips of the pinyin keyboard and of English spelling are mended when exactly
// one reading fits and the reply says so; chatter that narrows nothing is no reason to decline;
// words that narrow a figure still are.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { narrowsNothing } from '../src/understand/chatter.ts';
import { oneSlip } from '../src/understand/typos.ts';
import { cli, ROOT } from './helpers.ts';

const kb = KnowledgeBase.load(join(ROOT, 'knowledge'));
const ask = (q: string) => respond(q, kb).answer;

/** The answer to a question with a slip: the figure asked for, and a line that says how the word was read. */
function mended(q: string, value: number, note: string) {
  const a = ask(q);
  expect(a.value).toBe(value);
  expect(a.text).toContain(note);
  return a;
}

describe('slips of the pinyin keyboard', () => {
  it.each([
    ['住建局一年批了多少行政需可啊？', 1117, '“行政需可”按“行政许可”理解。'],
    ['予以工开多少件', 32, '“予以工开”按“予以公开”理解。'],
    ['信息公开平台开了几个兰目？', 5, '“兰目”按“栏目”理解。'],
    ['上年结砖 总计', 0, '“上年结砖”按“上年结转”理解。'],
    ['表二 规范性文件 本年废址件数', 1, '废止'],
    ['行政出罚 数量', 85, '“行政出罚”按“行政处罚”理解。'],
    ['规范姓文件 废止', 1, '“规范姓文件”按“规范性文件”理解。'],
    ['有人申请行政复义没？多少件', 9, '“行政复义”按“行政复议”理解。'],
    ['新收的申情有多少件', 178, '“申情”按“申请”理解。'],
  ])('%s → %d, and says how it read the word', (q, value, note) => {
    expect(mended(q, value, note).body.startsWith('“')).toBe(true);
  });

  it('never mends a word the catalogue or the report knows, nor a word of the dictionary in part', () => {
    // 公积金 is a word: its 公积 is no slip of 共计.
    expect(ask('涉及公积金的部分公开有多少件').value).toBeNull();
    // 平均 narrows; nothing is mended into a figure around it.
    expect(ask('平均每件行政需可多少天').value).toBeNull();
  });

  it('says nothing when the question had no slip', () => {
    expect(ask('住建局一年批了多少行政许可？').text).not.toContain('理解');
  });

  it('--explain shows the mending', () => {
    const r = cli(['ask', '--explain', '行政出罚有多少', '--kb', 'knowledge']);
    expect(r.stdout).toContain('read “行政出罚” as “行政处罚”');
    expect(r.stdout).toMatch(/行政处罚\/term/);
  });
});

describe('slips of English spelling', () => {
  it('tells a slip from a word', () => {
    expect(oneSlip('recieve', 'receive')).toBe(true);
    expect(oneSlip('prevous', 'previous')).toBe(true);
    expect(oneSlip('reconsideraton', 'reconsideration')).toBe(true);
    expect(oneSlip('granted', 'granted')).toBe(false);
    expect(oneSlip('fees', 'feet')).toBe(true);
    expect(oneSlip('refused', 'refuses')).toBe(true);
    expect(oneSlip('receive', 'relieve')).toBe(false);
  });

  it.each([
    ['How many requests were carried over from the prevous year?', 0, 'Read “prevous” as “previous”.'],
    ['How many administrative reconsideraton cases related to information disclosure?', 9, 'Read “reconsideraton” as “reconsideration”.'],
  ])('%s → %d', (q, value, note) => {
    mended(q, value, note);
  });
});

describe('words that narrow nothing', () => {
  it('are told by their class or their part of speech', () => {
    for (const w of ['俺', '恁', '嘞', '呗', '搞', '随便', '赶紧', '中不中']) expect(narrowsNothing(w), w).toBe(true);
    for (const w of ['平均', '上半年', '粉丝', '栏目', '首次', '仅', '男性', '网站', '按时', '仍然']) expect(narrowsNothing(w), w).toBe(false);
  });

  it.each([
    ['俺想知道住建局２０２４年搞了多少行政处罚，中不中给俺说说', 85],
    ['那种只公开一部份的有多少件嘞', 51],
    ['不予处理的申请有几件啊，是不是木有', 0],
    ['住建局网上咨询的回复率是多少，是不是都回了', 100],
    ['不对，我是说全部公开的', 32],
    ['Please provide the FY2024 count of administrative licensing decisions.', 1117],
    ['How many of the 2024 requests resulted in full disclosure?', 32],
    ['住建局微信公众号发了多少条东西？', 214],
  ])('%s → %d', (q, value) => {
    expect(ask(q).value).toBe(value);
  });

  it('a word that narrows keeps the question declined, chatter or not', () => {
    for (const q of ['俺想问问上半年收到的申请有多少件啊', '恁平均每月收到多少申请嘞', '微信公众号有多少粉丝啊，中不中', '信息公开工作有多少人呗', '某栏目发了多少条信息啊', '按时答复的申请有多少件', '仍然在办的申请有几件']) {
      const a = ask(q);
      expect(a.value, q).toBeNull();
    }
  });
});
