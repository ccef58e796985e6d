// Figures stated only in the narrative, as a citizen asks for them: the number once, with its unit
// once, and the report's own words quoted.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { answer } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { ROOT } from './helpers.ts';

const kb = KnowledgeBase.load(join(ROOT, 'knowledge'));
const ask = (q: string) => answer(q, { kb, llm: null });

describe('narrative figures', () => {
  it.each([
    ['网站发布信息多少条', 178, '178 条。', '「局网站发布信息公开共 178 条」'],
    ['回复率是多少', 100, '100%。', '「回复率 100%」'],
    ['召开了几次意识形态工作会议', 2, '2 次。', '「我局组织召开意识形态工作会议 2 次」'],
  ])('%s → %d', async (q, value, shown, quote) => {
    const a = await ask(q);
    expect(a).toMatchObject({ kind: 'figure', value });
    expect(a.text).toContain(shown);
    expect(a.text).toContain(quote);
    expect(a.text).not.toMatch(/(条|次|%)\s*\1/);
  });

  it('a fee question quotes the passage on fees, not the number of requests', async () => {
    const a = await ask('信息处理费收了多少');
    expect(a.kind).toBe('text');
    expect(a.value).toBeNull();
    expect(a.text).toContain('本年度没有产生信息公开处理费');
  });
});
