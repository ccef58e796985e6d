// A conversation state that is valid JSON but not a state (an older version's, edited by hand,
// planted in Redis or the file) is dropped: the follow-up is answered afresh instead of failing
// for the day the conversation lives.
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/answer/answer.ts';
import { validState } from '../src/answer/state-schema.ts';
import { seedKb } from './answer-fixture.ts';

const kb = seedKb();
const granted = { table: 'requests', row: 'granted', column: 'total' };
const INVALID: unknown[] = [
  { query: { intent: 'clarify', lang: 'zh', choices: 'x' } },
  { query: { intent: 'figure', lang: 'zh', measures: [null] } },
  { query: { intent: 'figure', lang: 'zh', measures: [{}] } },
  { query: { intent: 'figure', lang: 'zh', measures: 'granted' } },
  { query: { intent: 'passage', lang: 'zh', passage: 5 } },
  { query: { intent: 'figure', lang: 'zh', op: 'explode', measures: [granted] } },
  { query: { intent: 'figure', lang: 'xx', measures: [granted] } },
  { query: { intent: 'figure', lang: 'zh', measures: [granted], compare: { kind: 'bogus' } } },
  { query: { intent: 'figure', lang: 'zh', measures: [granted] }, report: 42 },
  { query: 'figure' },
  [1, 2, 3],
  'a string',
  7,
];

describe('a stored conversation state that is not a state', () => {
  it.each(INVALID.map((s) => [JSON.stringify(s), s]))('%s: the follow-up is answered as a first question', async (_label, state) => {
    expect(validState(state)).toBeUndefined();
    for (const question of ['那部分公开呢？', '其中自然人呢？', '予以公开有多少件？']) {
      const sessions = new Keyv();
      await sessions.set('answer:s', state);
      const fresh = await answer(question, { kb });
      expect(await answer(question, { kb, sessions, session: 's' })).toMatchObject({ kind: fresh.kind, value: fresh.value });
    }
    // The bad state is replaced by the next good one: the conversation goes on from there.
    const sessions = new Keyv();
    await sessions.set('answer:s', state);
    await answer('予以公开有多少件？', { kb, sessions, session: 's' });
    expect(validState(await sessions.get('answer:s'))).toBeDefined();
    expect(await answer('其中自然人呢？', { kb, sessions, session: 's' })).toMatchObject({ kind: 'figure', value: 32 });
  });

  it('a real state passes, as stored and after a round trip through JSON', async () => {
    const sessions = new Keyv();
    await answer('部分公开多少件？', { kb, sessions, session: 'ok' });
    const stored = await sessions.get('answer:ok');
    expect(validState(stored)).toBeDefined();
    expect(validState(JSON.parse(JSON.stringify(stored)))).toBeDefined();
    expect(await answer('其中自然人呢？', { kb, sessions, session: 'ok' })).toMatchObject({ kind: 'figure', value: 51 });
  });
});
