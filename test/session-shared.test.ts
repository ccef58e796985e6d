// Conversations shared through Redis, one instance's copy against another's change: a question
// costs one round trip when this instance answered the conversation last, and a copy that another
// instance has made stale is never what an answer goes out from.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REDIS_LIMITS } from '../src/channels/config.ts';
import { createLogger } from '../src/channels/log.ts';
import { openRedisLink, type RedisLink } from '../src/store/redis.ts';
import { SharedConversations } from '../src/store/shared-conversations.ts';
import { freePort, hasRedis, startRedis, untilAccepting } from './helpers.ts';

const silent = createLogger(undefined, 'silent');
const DAY = 24 * 60 * 60 * 1000;

/** A link that counts the round trips made through it. */
function counted(link: RedisLink): RedisLink & { trips: number } {
  const c = { ...link, trips: 0 };
  c.run = (command) => ((c.trips += 1), link.run(command));
  return c;
}

/** A turn that appends `word` to the conversation, and says what it was answered from. */
function append(sessions: SharedConversations, key: string, word: string): Promise<{ answeredFrom: unknown[] }> {
  const seen: unknown[] = [];
  return sessions
    .turn(key, DAY, async (stored) => {
      seen.push(stored);
      return { result: stored, next: [...((stored as string[] | undefined) ?? []), word] };
    })
    .then(() => ({ answeredFrom: seen }));
}

describe.skipIf(!hasRedis)('conversations shared through Redis, with copies in each instance', () => {
  let redis: ChildProcess;
  let url: string;
  const links: RedisLink[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = startRedis(port);
    await untilAccepting(port);
    url = `redis://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await Promise.all(links.map((l) => l.close()));
    redis?.kill();
  });

  async function instance(): Promise<{ sessions: SharedConversations; link: RedisLink & { trips: number } }> {
    // Sharing is tested here, not timeouts: a loaded machine may take longer than production's 50 ms.
    const raw = openRedisLink(url, { ...DEFAULT_REDIS_LIMITS, connectTimeoutMs: 1000, commandTimeoutMs: 1000 }, silent);
    links.push(raw);
    for (let i = 0; i < 100 && !raw.available(); i++) await new Promise((r) => setTimeout(r, 20));
    const link = counted(raw);
    return { sessions: new SharedConversations(link), link };
  }

  it('a follow-up on the instance that answered last costs one round trip', async () => {
    const { sessions, link } = await instance();
    await append(sessions, 'one', 'a');
    const before = link.trips;
    const { answeredFrom } = await append(sessions, 'one', 'b');
    expect(link.trips - before).toBe(1);
    expect(answeredFrom).toEqual([['a']]);
  });

  it('a copy made stale by another instance is answered again from what Redis holds', async () => {
    const a = await instance();
    const b = await instance();
    await append(a.sessions, 'two', 'a1');
    expect((await append(b.sessions, 'two', 'b1')).answeredFrom).toEqual([undefined, ['a1']]);
    // A still holds its copy ['a1']; the answer that goes out is the one from B's state.
    const before = a.link.trips;
    const { answeredFrom } = await append(a.sessions, 'two', 'a2');
    expect(answeredFrom).toEqual([['a1'], ['a1', 'b1']]);
    expect(a.link.trips - before).toBe(2);
    expect((await append(b.sessions, 'two', 'b2')).answeredFrom.at(-1)).toEqual(['a1', 'b1', 'a2']);
  });

  it('a turn that changes nothing still checks its copy, and leaves the conversation as it is', async () => {
    const a = await instance();
    const b = await instance();
    await append(a.sessions, 'three', 'a1');
    await append(b.sessions, 'three', 'b1');
    const seen: unknown[] = [];
    const result = await a.sessions.turn('three', DAY, async (stored) => (seen.push(stored), { result: stored }));
    expect(seen).toEqual([['a1'], ['a1', 'b1']]);
    expect(result).toEqual(['a1', 'b1']);
    expect((await append(b.sessions, 'three', 'b2')).answeredFrom).toEqual([['a1', 'b1']]);
  });

  it('the same conversation asked on two instances at once keeps both turns', async () => {
    const a = await instance();
    const b = await instance();
    await Promise.all([append(a.sessions, 'four', 'a'), append(b.sessions, 'four', 'b')]);
    const last = (await append(a.sessions, 'four', 'c')).answeredFrom.at(-1) as string[];
    expect([...last].sort()).toEqual(['a', 'b']);
  });

  it('while Redis is away, the conversation carries on in the instance, and Redis holds the truth again when it is back', async () => {
    const a = await instance();
    const b = await instance();
    await append(a.sessions, 'five', 'x');
    redis.kill();
    await new Promise((r) => redis.once('exit', r));
    expect((await append(a.sessions, 'five', 'y')).answeredFrom).toEqual([['x']]);
    expect((await append(a.sessions, 'five', 'z')).answeredFrom).toEqual([['x', 'y']]);
    redis = startRedis(Number(new URL(url).port));
    await untilAccepting(Number(new URL(url).port));
    for (let i = 0; i < 150 && !(a.link.available() && b.link.available()); i++) await new Promise((r) => setTimeout(r, 100));
    // The restarted Redis holds nothing: the copy from the outage is not taken for what it holds.
    expect((await append(b.sessions, 'five', 'b')).answeredFrom).toEqual([undefined]);
    expect((await append(a.sessions, 'five', 'a')).answeredFrom).toEqual([['x', 'y', 'z'], ['b']]);
  });
});
