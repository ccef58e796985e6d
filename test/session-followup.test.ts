import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import { afterAll, describe, expect, it } from 'vitest';
import { answer } from '../src/answer/answer.ts';
import { openStore } from '../src/store/store.ts';
import { seedKb } from './answer-fixture.ts';

const kb = seedKb();

describe('follow-up questions', () => {
  it('take what they leave out from the question before, in the same session only', async () => {
    const sessions = new Keyv();
    const ask = (q: string, session: string) => answer(q, { kb, sessions, session });
    expect((await ask('予以公开多少件？', 'a')).value).toBe(32);
    expect((await ask('那部分公开呢？', 'a')).value).toBe(51);
    expect((await ask('其中自然人呢？', 'a')).text).toContain('部分公开（自然人）');
    expect((await ask('商业企业呢？', 'a')).text).toContain('部分公开（商业企业）');
    expect((await ask('行政复议有多少件？', 'b')).value).toBe(9);
    expect((await ask('其中被纠正的呢？', 'b')).text).toContain('行政复议（结果纠正）为 0 件');
    // a session that never asked has nothing to follow
    expect((await ask('其中被纠正的呢？', 'c')).kind).toBe('clarify');
  });

  it('without a store there are no follow-ups', async () => {
    await answer('行政复议有多少件？', { kb, session: 'x' });
    expect((await answer('其中被纠正的呢？', { kb, session: 'x' })).kind).toBe('clarify');
  });

  it('greetings in between do not break the thread', async () => {
    const sessions = new Keyv();
    await answer('行政复议有多少件？', { kb, sessions, session: 's' });
    expect((await answer('你好', { kb, sessions, session: 's' })).kind).toBe('help');
    expect((await answer('其中结果维持的呢？', { kb, sessions, session: 's' })).value).toBe(9);
  });
});

describe('a conversation survives a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-session-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on the same SQLite file', async () => {
    const url = `sqlite://${join(dir, 'sessions.sqlite')}`;
    const before = await openStore({ url, namespace: 'test' });
    expect((await answer('行政复议有多少件？', { kb, sessions: before, session: 'restart' })).value).toBe(9);
    await before.disconnect();

    const after = await openStore({ url, namespace: 'test' });
    const a = await answer('其中被纠正的呢？', { kb, sessions: after, session: 'restart' });
    await after.disconnect();
    expect(a.text).toContain('行政复议（结果纠正）为 0 件');
  });
});
