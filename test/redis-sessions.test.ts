// Several identical instances behind a load balancer share conversations through Redis: a question
// on one instance and its follow-up on another get the right answer; with Redis gone, answers keep
// coming (follow-ups degrade), and conversations resume when Redis is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { freePort, hasRedis, serving, startRedis, startServe, until, untilAccepting } from './helpers.ts';

function startServer(port: number, redisUrl: string): ChildProcess {
  // Sharing is tested here, not timeouts: a loaded test machine may take longer than the 50 ms a
  // Redis command is given in production before the conversation is kept in the process alone.
  return startServe({ PORT: String(port), SESSION_URL: redisUrl, GONGKAI_RATE_LIMIT: '0', LOG_LEVEL: 'warn', GONGKAI_REDIS_TIMEOUT_MS: '1000' }, { quiet: true }).server;
}

async function ask(port: number, question: string, session: string): Promise<{ kind: string; value: number | null; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, session }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { kind: string; value: number | null; text: string };
}

describe.skipIf(!hasRedis && !process.env.CI)('sessions shared through Redis (SESSION_URL)', () => {
  let redisPort: number;
  let redis: ChildProcess;
  const servers: ChildProcess[] = [];
  const ports: number[] = [];

  beforeAll(async () => {
    redisPort = await freePort();
    redis = startRedis(redisPort);
    await untilAccepting(redisPort);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      ports.push(port);
      servers.push(startServer(port, `redis://127.0.0.1:${redisPort}`));
    }
    for (const p of ports) await serving(p);
  });

  afterAll(() => {
    for (const s of servers) s.kill();
    redis?.kill();
  });

  it('a follow-up asked on the other instance continues the conversation', async () => {
    const first = await ask(ports[0]!, '部分公开多少件？', 'lb-user-1');
    expect(first).toMatchObject({ kind: 'figure', value: 51 });
    // Alone, 「其中自然人呢？」 names a column and no row (the user is asked which); after the
    // question above it means the natural persons' partly granted requests.
    const follow = await ask(ports[1]!, '其中自然人呢？', 'lb-user-1');
    expect(follow).toMatchObject({ kind: 'figure', value: 51 });
    expect(follow.text).toContain('部分公开（自然人）');
    // Another user's conversation is their own.
    const stranger = await ask(ports[1]!, '其中自然人呢？', 'lb-user-2');
    expect(stranger).toMatchObject({ kind: 'clarify', value: null });
  });

  it('back on the first instance, a follow-up continues from what the other instance left, not from its own copy', async () => {
    expect(await ask(ports[0]!, '行政复议有多少件？', 'lb-user-5')).toMatchObject({ kind: 'figure', value: 9 });
    expect(await ask(ports[1]!, '部分公开多少件？', 'lb-user-5')).toMatchObject({ kind: 'figure', value: 51 });
    // After 行政复议 (what the first instance last saw) this would be a question back.
    const follow = await ask(ports[0]!, '其中自然人呢？', 'lb-user-5');
    expect(follow).toMatchObject({ kind: 'figure', value: 51 });
    expect(follow.text).toContain('部分公开（自然人）');
  });

  it('answers keep coming while Redis is down, and conversations resume when it is back', async () => {
    redis.kill();
    await untilAccepting(redisPort, false);
    const whileDown = await ask(ports[0]!, '行政复议有多少件？', 'lb-user-3');
    expect(whileDown).toMatchObject({ kind: 'figure', value: 9 });
    const alsoDown = await ask(ports[1]!, '行政诉讼一共有多少件？', 'lb-user-3');
    expect(alsoDown).toMatchObject({ kind: 'figure', value: 4 });

    redis = startRedis(redisPort);
    await untilAccepting(redisPort);
    // The clients reconnect on their own; a conversation started now is shared again.
    await until(async () => {
      await ask(ports[0]!, '行政复议有多少件？', 'lb-user-4');
      return (await ask(ports[1]!, '其中被纠正的呢？', 'lb-user-4')).kind === 'figure';
    }, 'session sharing after the restart', { tries: 100, everyMs: 100 });
    const follow = await ask(ports[1]!, '其中被纠正的呢？', 'lb-user-4');
    expect(follow).toMatchObject({ kind: 'figure', value: 0 });
    expect(follow.text).toContain('纠正');
  });
});
