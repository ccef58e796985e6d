// A part is never given for a whole, nor added to the whole it is counted in.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { exampleOfWhole, partOfList } from '../src/understand/listed.ts';
import { ROOT } from './helpers.ts';
import { join } from 'node:path';

const kb = KnowledgeBase.load(join(ROOT, 'knowledge'));

describe('a part and the whole it is counted in', () => {
  it('「本机关不掌握相关政府信息，答复无法提供的」 is the one row, not that row added to 办理结果总计', () => {
    const { answer } = respond('有多少申请是因为本机关不掌握相关政府信息，答复无法提供的？', kb);
    expect(answer.value).toBe(95);
    expect(answer.text).not.toContain('合计');
  });
});

describe('a sentence counting listed things together', () => {
  const sentence = '2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，均已按时答复。';
  const raw = '81';
  it.each([
    ['通过网络提交的申请有多少件', '网络'],
    ['邮寄来的申请几件', '邮寄'],
  ])('%s names one of the things listed: the total is not its figure', (question, item) => {
    expect(partOfList(sentence, raw, question)).toBe(item);
  });
  it.each(['通过邮寄、网络提交的申请一共多少件', '各类申请共计多少件'])('%s names all of them or none: the total answers', (question) => {
    expect(partOfList(sentence, raw, question)).toBeUndefined();
  });
  it('things each with a figure of their own (发布会 3 场、新闻通气会 19 场) are no such list', () => {
    expect(partOfList('召开新闻发布会 3 场、新闻通气会 19 场', '19', '新闻通气会开了几场')).toBeUndefined();
  });
});

describe('a sentence counting a whole by its examples (…等…)', () => {
  const context = '因本机关不掌握等原因无法提供';
  it('a question naming the example asks for the example, not the whole', () => {
    expect(exampleOfWhole(context, '因为本机关不掌握信息没法提供的有多少个')).toBe('本机关不掌握');
  });
  it('a question naming the whole alone is answered by it', () => {
    expect(exampleOfWhole(context, '无法提供的有多少件')).toBeUndefined();
  });
  it('重复申请 of 「属信访、重复申请等不予处理」 is an example too', () => {
    expect(exampleOfWhole('属信访、重复申请等不予处理', '重复申请不予处理的几件')).toBe('重复申请');
  });
});
