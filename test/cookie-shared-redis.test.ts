// Behind a load balancer with Redis sessions and no GONGKAI_COOKIE_SECRET, every instance signs
// with the one secret the first of them set in Redis: a cookie issued by one is accepted by the
// other, and the conversation carries on there.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, hasRedis, serving, startRedis, startServe, untilAccepting } from './helpers.ts';

describe.skipIf(!hasRedis)('the cookie secret shared through Redis', () => {
  let redis: ChildProcess;
  const servers: ChildProcess[] = [];
  const ports: number[] = [];
  beforeAll(async () => {
    const redisPort = await freePort();
    redis = startRedis(redisPort);
    await untilAccepting(redisPort);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      ports.push(port);
      servers.push(startServe({
        PORT: String(port), SESSION_URL: `redis://127.0.0.1:${redisPort}`, GONGKAI_RATE_LIMIT: '0', LOG_LEVEL: 'warn', GONGKAI_REDIS_TIMEOUT_MS: '1000', GONGKAI_COOKIE_SECRET: '',
      }, { quiet: true }).server);
    }
    for (const port of ports) await serving(port);
  }, 30_000);
  afterAll(() => {
    for (const s of servers) s.kill();
    redis?.kill();
  });

  const ask = (port: number, question: string, cookie?: string) =>
    fetch(`http://127.0.0.1:${port}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ question }) });

  it('a cookie from one instance is accepted by the other, and the follow-up continues there', async () => {
    const first = await ask(ports[0]!, '部分公开多少件？');
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(((await first.json()) as { value: number }).value).toBe(51);
    const follow = await ask(ports[1]!, '其中自然人呢？', cookie);
    expect(follow.headers.get('set-cookie')).toBeNull();
    expect((await follow.json()) as { kind: string; value: number }).toMatchObject({ kind: 'figure', value: 51 });
  });
});
