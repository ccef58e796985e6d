// A report that disagrees with itself: the answer is the table's cell as printed, and one line
// says what the report says otherwise (its text, or its parts' sum), in Chinese and in English.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { checkNumbers } from '../src/answer/guard.ts';
import { readFigures } from '../src/report/prose.ts';
import { seedKb, seedReport } from './answer-fixture.ts';

/** The seed, its 行政复议 总计 printed 0 while its outcomes add up to 9, and its text saying 749 received. */
function selfContradicting() {
  const r = seedReport();
  r.review.cells['reconsideration.total'] = { state: 'value', value: 0, unit: '件', line: 70, raw: '0' };
  r.prose[1] = { ...r.prose[1]!, text: '2024 年，我局共受理政府信息公开申请 749 件，均已按时答复。' };
  r.figures = readFigures(r.prose);
  return r;
}

describe('the report’s own disagreements', () => {
  const r = selfContradicting();
  const kb = seedKb(r);
  /** The answer to `q`: the table's figure, as printed. */
  const figure = (q: string, value: number) => {
    const a = respond(q, kb).answer;
    expect(a).toMatchObject({ kind: 'figure', value });
    return a;
  };

  it('a total its parts do not add up to: the printed figure, and what its parts add up to', () => {
    const zh = figure('行政复议总计多少件', 0);
    expect(zh.text).toContain('行政复议为 0 件');
    expect(zh.text).toContain('其各项相加为 9 件');
    expect(checkNumbers(zh, kb).ok).toBe(true);
    const en = figure('How many administrative reconsiderations were there?', 0);
    expect(en.text).toContain('its parts add up to 9');
  });

  it('the text states the figure otherwise: the table’s figure, and what the text says', () => {
    const zh = figure('收到多少政府信息公开申请', 178);
    expect(zh.text).toContain('报告正文写作 749 件');
    expect(checkNumbers(zh, kb).ok).toBe(true);
    const en = figure('How many requests were received?', 178);
    expect(en.text).toContain("The report's text says 749");
  });

  it('a figure the report agrees on gets no such line', () => {
    const a = respond('予以公开多少件', seedKb()).answer;
    expect(a).toMatchObject({ kind: 'figure', value: 32 });
    expect(a.text).not.toMatch(/正文写作|各项相加/);
  });
});
