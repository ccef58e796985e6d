// Sessions cost nothing until they matter: a first question (with or without a cookie) writes
// nothing to the session file; the follow-up that needs it makes it be written, in a batch off
// the request path; the file is in WAL mode and expired conversations are swept.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import KeyvSqlite from '@keyv/sqlite';
import { KnowledgeBase } from '../src/kb/index.ts';
import { buildHttpServer } from '../src/channels/http/server.ts';
import { createAsk } from '../src/channels/ask.ts';
import { createLogger } from '../src/channels/log.ts';
import { sqliteDurable } from '../src/store/durable.ts';
import { ConversationStore } from '../src/store/conversations.ts';
import { tempDir } from './helpers.ts';

const file = join(tempDir('gongkai-sessions-'), 'sessions.sqlite');

describe('sessions in the SQLite file', async () => {
  const durable = await sqliteDurable(file);
  // A second connection, opened once the file is in WAL mode, reads what the server wrote.
  const reader = new KeyvSqlite({ uri: `sqlite://${file}` });
  const query = reader.query as unknown as (sql: string, ...p: unknown[]) => Promise<Record<string, unknown>[]>;
  const rows = async () => Number((await query('SELECT COUNT(*) AS n FROM keyv'))[0]!.n);
  const sessions = new ConversationStore({ durable, flushEveryMs: 60_000 });
  const kb = KnowledgeBase.load('knowledge');
  const app = buildHttpServer({ ask: createAsk(kb, sessions), kb, log: createLogger(undefined, 'silent'), rateLimit: 0 });
  const ask = (question: string, cookie?: string) =>
    app.inject({ method: 'POST', url: '/api/ask', headers: cookie ? { cookie } : {}, payload: { question } });
  afterAll(async () => {
    await app.close();
    await sessions.close();
    await reader.disconnect();
  });

  it('are in WAL mode', async () => {
    expect((await query('PRAGMA journal_mode'))[0]!.journal_mode).toBe('wal');
  });

  it('a flood of first questions without cookies writes nothing', async () => {
    for (let i = 0; i < 300; i++) expect((await ask('有多少申请予以公开？')).statusCode).toBe(200);
    await sessions.flush();
    expect(await rows()).toBe(0);
  });

  it("a browser's first question is held; the follow-up that reads it gets it written", async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect((await ask('部分公开多少件？', cookie)).json().value).toBe(51);
    await sessions.flush();
    expect(await rows()).toBe(0);
    const follow = (await ask('其中自然人呢？', cookie)).json();
    expect(follow.value).toBe(51);
    expect(follow.text).toContain('部分公开（自然人）');
    await sessions.flush();
    expect(await rows()).toBe(1);
  });

  it('sweeps expired conversations', async () => {
    await durable.setMany([{ key: 'sessions:answer:web:old', record: { value: { query: { intent: 'figure' } }, expires: Date.now() - 1000 } }]);
    expect(await rows()).toBe(2);
    expect(await durable.sweep(Date.now())).toBe(1);
    expect(await rows()).toBe(1);
  });
});
