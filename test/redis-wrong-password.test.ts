// A wrong password in SESSION_URL is said as such, once, even when the first failure the client
// saw was a timeout of the handshake; never only as "Redis unavailable: Connection timeout".
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisLink } from '../src/store/redis.ts';
import { DEFAULT_REDIS_LIMITS } from '../src/channels/config.ts';
import { freePort, hasRedis, untilAccepting } from './helpers.ts';

describe.skipIf(!hasRedis)('a wrong Redis password', () => {
  let redis: ChildProcess;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', 'right-password'], { stdio: 'ignore' });
    await untilAccepting(port);
  });
  afterAll(() => redis?.kill());

  it('is named once, whatever came first, and the password is not in the log', async () => {
    const lines: { msg: string; fields: object }[] = [];
    const log = { warn: (fields: object, msg: string) => lines.push({ msg, fields }), info: (fields: object, msg: string) => lines.push({ msg, fields }) };
    // Reconnects come fast here, so the refusal is met many times; it is said once.
    const link = openRedisLink(`redis://:wrong-password@127.0.0.1:${port}`, { ...DEFAULT_REDIS_LIMITS, connectTimeoutMs: 200, retryAfterMs: 100 }, log);
    const refused = () => lines.filter((l) => l.msg.includes('refuses the credentials'));
    for (let i = 0; i < 100 && !refused().length; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500)); // several more reconnects, each refused
    await link.close();
    expect(refused()).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(JSON.stringify(lines.map((l) => l.fields))).not.toContain('wrong-password');
    expect(link.available()).toBe(false);
  }, 20_000);
});
