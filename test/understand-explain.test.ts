// `gongkai ask --explain`: anyone can see why an answer came — each word's role, each reader's
// candidates with what they leave unexplained, and the rule that decided.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.ts';

describe('gongkai ask --explain', () => {
  it('shows the roles, the candidates and the deciding rule of an answered question', () => {
    const r = cli(['ask', '--explain', '只公开了一部分的申请有多少件？', '--kb', 'knowledge']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('report: zhoukou-zhujianju-2024');
    expect(r.stdout).toMatch(/words: .*只公开了一部分\/term.*多少件\/quantity/);
    expect(r.stdout).toMatch(/table .*"row":"partly_granted"/);
    expect(r.stdout).toContain('rule: table: the catalogue terms and their vocabulary account for every word');
    expect(r.stdout).toContain('部分公开为 51 件');
  });

  it('shows the words a narrowed question leaves unexplained, and declines', () => {
    const r = cli(['ask', '--explain', '上半年收到的申请有多少件', '--kb', 'knowledge']);
    expect(r.stdout).toMatch(/上半年\/narrowing/);
    expect(r.stdout).toMatch(/left: 上半年 \(narrowing\)/);
    expect(r.stdout).toContain('rule: not-stated');
    expect(r.stdout).toMatch(/answer: .*没有给出“上半年”/);
    expect(r.stdout).not.toContain('178');
  });

  it('as JSON, for tools', () => {
    const r = cli(['ask', '--explain', '--json', '只公开一部分的比全部公开的多几件', '--kb', 'knowledge']);
    const e = JSON.parse(r.stdout) as { explanation: { rule: string; candidates: { reader: string }[] }; answer: { value: number } };
    expect(e.explanation.rule).toMatch(/^derived/);
    expect(e.explanation.candidates.some((c) => c.reader === 'derived')).toBe(true);
    expect(e.answer.value).toBe(19);
  });
});
