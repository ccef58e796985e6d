// Redis goes away in the middle of a conversation, which carries on in the instance, and comes
// back with what it had saved before (or with nothing): the instance's newer conversation wins,
// and is written back, instead of the conversation rolling back to Redis's older state. A record
// another instance moved on is still newer than a stale copy, and wins as before.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@keyv/redis';
import { createLogger } from '../src/channels/log.ts';
import { DEFAULT_REDIS_LIMITS } from '../src/channels/config.ts';
import { openRedisLink, type RedisLink } from '../src/store/redis.ts';
import { SharedConversations } from '../src/store/shared-conversations.ts';
import { freePort, hasRedis, startRedis, untilAccepting } from './helpers.ts';

const silent = createLogger(undefined, 'silent');
const DAY = 24 * 60 * 60 * 1000;

async function say(sessions: SharedConversations, key: string, word: string): Promise<unknown> {
  let from: unknown;
  await sessions.turn(key, DAY, async (stored) => {
    from = stored;
    return { result: undefined, next: [...((stored as string[] | undefined) ?? []), word] };
  });
  return from;
}

describe.skipIf(!hasRedis)('Redis back with older data', () => {
  let redis: ChildProcess;
  let port: number;
  const links: RedisLink[] = [];
  let admin: ReturnType<typeof createClient>;

  beforeAll(async () => {
    port = await freePort();
    redis = startRedis(port);
    await untilAccepting(port);
    admin = createClient({ url: `redis://127.0.0.1:${port}` });
    await admin.connect();
  });
  afterAll(async () => {
    await Promise.all(links.map((l) => l.close()));
    await admin?.close();
    redis?.kill();
  });

  async function instance(): Promise<SharedConversations> {
    const link = openRedisLink(`redis://127.0.0.1:${port}`, { ...DEFAULT_REDIS_LIMITS, connectTimeoutMs: 1000, commandTimeoutMs: 1000 }, silent);
    links.push(link);
    for (let i = 0; i < 100 && !link.available(); i++) await new Promise((r) => setTimeout(r, 20));
    return new SharedConversations(link);
  }

  it('restored from its save: the instance\'s newer conversation wins and is written back', async () => {
    const sessions = await instance();
    await say(sessions, 'r1', 'a');
    const saved = await admin.get('sessions:r1'); // what Redis saved before it went away
    await say(sessions, 'r1', 'b');
    await say(sessions, 'r1', 'c');
    await admin.set('sessions:r1', saved!); // back, with its saved data
    expect(await say(sessions, 'r1', 'd')).toEqual(['a', 'b', 'c']);
    expect(JSON.parse((await admin.get('sessions:r1'))!).value).toEqual(['a', 'b', 'c', 'd']);
  });

  it('back empty: the conversation goes on from the instance\'s copy', async () => {
    const sessions = await instance();
    await say(sessions, 'r2', 'a');
    await say(sessions, 'r2', 'b');
    await admin.del('sessions:r2');
    expect(await say(sessions, 'r2', 'c')).toEqual(['a', 'b']);
    expect(JSON.parse((await admin.get('sessions:r2'))!).value).toEqual(['a', 'b', 'c']);
  });

  it('moved on by another instance: Redis\'s newer record still wins over a stale copy', async () => {
    const one = await instance();
    const two = await instance();
    await say(one, 'r3', 'a');
    await say(two, 'r3', 'b');
    await say(two, 'r3', 'c');
    expect(await say(one, 'r3', 'd')).toEqual(['a', 'b', 'c']);
  });
});

describe.skipIf(!hasRedis)('Redis back with older data, and a question that changes nothing', () => {
  it('the newer copy is written back even when the turn leaves the state as it is', async () => {
    const port = await freePort();
    const redis = startRedis(port);
    await untilAccepting(port);
    const admin = createClient({ url: `redis://127.0.0.1:${port}` });
    await admin.connect();
    const link = openRedisLink(`redis://127.0.0.1:${port}`, { ...DEFAULT_REDIS_LIMITS, connectTimeoutMs: 1000, commandTimeoutMs: 1000 }, silent);
    for (let i = 0; i < 100 && !link.available(); i++) await new Promise((r) => setTimeout(r, 20));
    const sessions = new SharedConversations(link);
    try {
      await say(sessions, 'r4', 'a');
      const saved = await admin.get('sessions:r4');
      await say(sessions, 'r4', 'b');
      await admin.set('sessions:r4', saved!);
      // A turn whose answer leaves the state as it was (a repeated question).
      await sessions.turn('r4', DAY, async (stored) => ({ result: stored, next: undefined }));
      expect(JSON.parse((await admin.get('sessions:r4'))!).value).toEqual(['a', 'b']);
    } finally {
      await link.close();
      await admin.close();
      redis.kill();
    }
  });
});
