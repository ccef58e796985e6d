// Date words as people mean them, read against the day the question is asked: a corpus of
// (question, today, expected report or decline), a conversation's 上一年, and the clock as the
// CLI's --today and a --jsonl line's `today` pass it.
import { describe, expect, it } from 'vitest';
import { respond, type ConversationState } from '../src/answer/answer.ts';
import { parseDay } from '../src/understand/clock.ts';
import { seedKb, seedReport } from './answer-fixture.ts';
import { cli } from './helpers.ts';

const only2024 = seedKb(seedReport());
const two = seedKb(seedReport(), seedReport('zhoukou-zhujianju-2023', '周口市住房和城乡建设局', 2023));

// question, the day asked, the knowledge base, and the report that answers or 'decline'
const CORPUS: [string, string, 'one' | 'two', string][] = [
  ['住建局去年收到多少申请', '2025-03-15', 'one', 'zhoukou-zhujianju-2024'],
  ['去年予以公开有几件', '2025-03-15', 'two', 'zhoukou-zhujianju-2024'],
  ['去年予以公开有几件', '2024-06-01', 'two', 'zhoukou-zhujianju-2023'],
  ['前年予以公开有几件', '2025-03-15', 'two', 'zhoukou-zhujianju-2023'],
  ['前年予以公开有几件', '2025-03-15', 'one', 'decline'],
  ['去年予以公开有几件', '2026-12-06', 'one', 'decline'],
  // 今年 before this year's report is out: the newest report, the one published this year
  ['今年予以公开有几件', '2025-03-15', 'two', 'zhoukou-zhujianju-2024'],
  ['今年予以公开有几件', '2024-10-01', 'two', 'zhoukou-zhujianju-2024'],
  ['How many requests were received last year?', '2025-03-15', 'two', 'zhoukou-zhujianju-2024'],
  ['How many requests were received last year?', '2024-02-01', 'two', 'zhoukou-zhujianju-2023'],
  ['How many requests were granted two years ago?', '2026-03-15', 'two', 'zhoukou-zhujianju-2024'],
  ['大前年予以公开有几件', '2026-03-15', 'two', 'zhoukou-zhujianju-2023'],
  ['大前年予以公开有几件', '2025-03-15', 'two', 'decline'],
  // part of a year: never an annual figure
  ['住建局今年到现在收了多少信息公开申请了？', '2025-03-15', 'one', 'decline'],
  ['今年以来收到多少申请', '2024-10-01', 'one', 'decline'],
  ['截至目前今年收到多少申请', '2025-03-15', 'two', 'decline'],
  ['How many requests has the bureau received so far this year?', '2025-03-15', 'one', 'decline'],
  ['How many requests were received this year to date?', '2024-10-01', 'one', 'decline'],
  // a row of the table, not a date
  ['去年转来的申请有多少', '2025-03-15', 'one', 'zhoukou-zhujianju-2024'],
  ['先复议再起诉、到现在还没审结的有几件', '2025-03-15', 'one', 'zhoukou-zhujianju-2024'],
  ['从上一年度结转过来的有多少', '2026-12-06', 'one', 'zhoukou-zhujianju-2024'],
  ['去年没办完、转到今年接着办的申请有多少件？', '2026-12-06', 'one', 'zhoukou-zhujianju-2024'],
];

describe('date words against the day asked', () => {
  for (const [question, today, which, expected] of CORPUS) {
    it(`${today}: ${question} → ${expected}`, () => {
      const a = respond(question, which === 'one' ? only2024 : two, { now: parseDay(today) }).answer;
      if (expected === 'decline') {
        expect(a.kind, a.text).toBe('not_found');
        expect(a.value).toBeNull();
      } else {
        expect(a.kind, a.text).toBe('figure');
        expect(a.sources[0]!.report).toBe(expected);
      }
    });
  }

  it('「今年到现在」 says an annual report has no such figure, that this year has no report yet, and offers the newest', () => {
    const a = respond('住建局今年到现在收了多少信息公开申请了？', only2024, { now: parseDay('2025-03-15') }).answer;
    expect(a.text).toContain('年度报告只统计全年的数字');
    expect(a.text).toContain('还没有2025年度的报告');
    expect(a.options).toEqual([{ label: '周口市住房和城乡建设局2024年报告', question: expect.stringContaining('2024年') }]);
    const offered = respond(a.options![0]!.question, only2024, { now: parseDay('2025-03-15') }).answer;
    expect(offered).toMatchObject({ kind: 'figure', value: 178 });
  });

  it('in a conversation, 上一年 counts from the year of the figure just given', () => {
    const now = parseDay('2025-03-15');
    const first = respond('住建局去年一共收了多少信息公开申请？', two, { now });
    expect(first.answer.sources[0]!.report).toBe('zhoukou-zhujianju-2024');
    const next = respond('那上一年呢', two, { now }, first.state as ConversationState);
    expect(next.answer.sources[0]!.report).toBe('zhoukou-zhujianju-2023');
    const before = respond('那前年呢', two, { now: parseDay('2026-01-10') }, first.state as ConversationState);
    expect(before.answer.sources[0]!.report).toBe('zhoukou-zhujianju-2024');
  });

  it('a day is YYYY-MM-DD and real', () => {
    expect(parseDay('2025-03-15')?.toISOString().slice(0, 10)).toBe('2025-03-15');
    for (const bad of ['2025-02-30', '2025-3-15', 'yesterday', 20250315, undefined]) expect(parseDay(bad)).toBeUndefined();
  });

  it('ask --today and a --jsonl line’s today read 去年 against that day; --explain shows the clock', () => {
    const explained = cli(['ask', '--today', '2025-03-15', '--explain', '住建局去年收到多少申请']);
    expect(explained.stdout).toContain('clock: 2025-03-15; 去年 = 2024');
    expect(explained.stdout).toContain('178');
    const lines = [
      JSON.stringify({ id: 1, question: '住建局去年收到多少申请', today: '2025-03-15' }),
      JSON.stringify({ id: 2, question: '住建局去年收到多少申请', today: '2026-03-15' }),
      JSON.stringify({ id: 3, question: '住建局去年收到多少申请', today: '15/03/2025' }),
    ].join('\n');
    const out = cli(['ask', '--jsonl'], lines).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; kind: string; value: number | null; error?: { code: string } });
    expect(out.map((a) => [a.id, a.kind, a.value])).toEqual([[1, 'figure', 178], [2, 'not_found', null], [3, 'error', null]]);
    expect(out[2]!.error?.code).toBe('bad_today');
    expect(cli(['ask', '--today', '2025-13-01', '去年收到多少申请']).code).not.toBe(0);
  });
});
