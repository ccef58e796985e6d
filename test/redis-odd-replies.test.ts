// Something speaking Redis's protocol that answers oddly (a proxy, a fork, a stand-in with the
// scripts disabled): the rate-limit script answered with nil, a number, a string or a short array.
// The server neither exits nor stops limiting; it counts in the process and says so once.
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/kb/index.ts';
import { buildHttpServer } from '../src/channels/http/server.ts';
import { createLogger } from '../src/channels/log.ts';
import { createOnce } from '../src/channels/once.ts';
import { DEFAULT_REDIS_LIMITS } from '../src/channels/config.ts';
import { openRedisLink, type RedisLink } from '../src/store/redis.ts';
import { SharedConversations } from '../src/store/shared-conversations.ts';
import { recordingAsk } from './support/fake-ask.ts';
import { startFakeRedis, type FakeRedis, type Resp } from './support/fake-redis.ts';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger(sink, 'info'), lines };
}

async function untilAvailable(link: RedisLink): Promise<void> {
  for (let i = 0; i < 200 && !link.available(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(link.available()).toBe(true);
}

const LIMITS = { ...DEFAULT_REDIS_LIMITS, connectTimeoutMs: 2000, commandTimeoutMs: 2000 };
const ODD: [string, Resp][] = [
  ['nil', null],
  ['an integer', 7],
  ['a string', 'abc'],
  ['a one-element array', [1]],
  ['an array of strings', ['1', '2']],
  ['a count of 0', [0, 5000]],
  ['an error', new Error('ERR scripts are disabled')],
];

describe('a Redis that answers scripts oddly', () => {
  let fake: FakeRedis;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(async () => {
    fake = await startFakeRedis({ script: null, set: 'OK' });
    process.on('unhandledRejection', onRejection);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await fake.close();
  });
  afterEach(() => expect(rejections).toEqual([]));

  it.each(ODD)('answered with %s, the limit still holds, counted in the process, logged once', async (_what, reply) => {
    fake.replies = { script: reply, set: 'OK' };
    const { log, lines } = capturingLogger();
    const link = openRedisLink(`redis://127.0.0.1:${fake.port}`, LIMITS, log);
    await untilAvailable(link);
    const app = buildHttpServer({ ask: recordingAsk(), kb: new KnowledgeBase(), log, redis: link, rateLimit: 2 });
    const post = () => app.inject({ method: 'POST', url: '/api/ask', payload: { question: '问', session: 'odd' } }).then((r) => r.statusCode);
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await post());
    expect(codes).toEqual([200, 200, 429, 429, 429]);
    expect(fake.seen.get('EVALSHA') ?? 0).toBeGreaterThan(0);
    if (!(reply instanceof Error)) {
      // An odd reply is named once, whatever the number of questions.
      const odd = lines.filter((l) => String(l.msg).includes('wrong shape'));
      expect(odd).toHaveLength(1);
      expect(odd[0]).toMatchObject({ what: 'rate count' });
      expect(link.unexpectedReplies().get('rate count')).toBeGreaterThanOrEqual(5);
    }
    await app.close();
    await link.close();
  });

  it('a conversation answered with an odd compare-and-set reply carries on in the process', async () => {
    fake.replies = { script: 42, set: 'OK' };
    const { log, lines } = capturingLogger();
    const link = openRedisLink(`redis://127.0.0.1:${fake.port}`, LIMITS, log);
    await untilAvailable(link);
    const sessions = new SharedConversations(link);
    const seen: unknown[] = [];
    for (const word of ['a', 'b', 'c']) {
      await sessions.turn('s', 60_000, async (stored) => {
        seen.push(stored);
        return { result: undefined, next: [...((stored as string[] | undefined) ?? []), word] };
      });
    }
    expect(seen).toEqual([undefined, ['a'], ['a', 'b']]);
    expect(lines.filter((l) => String(l.msg).includes('wrong shape'))).toHaveLength(1);
    await link.close();
  });

  it('a delivery record answered oddly is decided in the process: handled once, not dropped', async () => {
    fake.replies = { script: null, set: 5 };
    const { log } = capturingLogger();
    const link = openRedisLink(`redis://127.0.0.1:${fake.port}`, LIMITS, log);
    await untilAvailable(link);
    const once = createOnce(link);
    expect([await once('ev1'), await once('ev1'), await once('ev2')]).toEqual([true, false, true]);
    expect(link.unexpectedReplies().get('delivery record')).toBe(3);
    await link.close();
  });
});
