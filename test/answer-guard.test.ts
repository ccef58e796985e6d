import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { checkNumbers } from '../src/answer/guard.ts';
import type { Answer } from '../src/answer/types.ts';
import { seedKb } from './answer-fixture.ts';

const kb = seedKb();

describe('the number guard', () => {
  it('passes a genuine reply', () => {
    expect(checkNumbers(respond('予以公开有多少件？', kb).answer, kb)).toEqual({ ok: true, unexplained: [] });
    expect(checkNumbers(respond('存在哪些主要问题？', kb).answer, kb).ok).toBe(true);
  });

  it('refuses a forged figure', () => {
    const genuine = respond('予以公开有多少件？', kb).answer;
    const forged: Answer = { ...genuine, text: genuine.text.replace('32', '999') };
    expect(checkNumbers(forged, kb)).toEqual({ ok: false, unexplained: ['999'] });
  });

  it('refuses a number smuggled into a citation', () => {
    const genuine = respond('予以公开有多少件？', kb).answer;
    expect(checkNumbers({ ...genuine, text: `${genuine.text} · 第777行` }, kb).ok).toBe(false);
    expect(checkNumbers({ ...genuine, text: '32 件\n来源：某报告 · 888' }, kb).unexplained).toEqual(['888']);
  });

  it('allows digits only inside quotes the knowledge base really holds', () => {
    const genuine = respond('有什么改进措施？', kb).answer;
    expect(genuine.text).toContain('2024');
    const fakeQuote: Answer = {
      ...genuine,
      text: '「本局共处理 4321 件」',
      sources: [{ ...genuine.sources[0]!, quote: '本局共处理 4321 件' }],
    };
    expect(checkNumbers(fakeQuote, kb)).toEqual({ ok: false, unexplained: ['4321'] });
  });

  it('full-width digits do not slip through', () => {
    const genuine = respond('予以公开有多少件？', kb).answer;
    expect(checkNumbers({ ...genuine, text: '予以公开 ９９９ 件' }, kb).ok).toBe(false);
  });
});
