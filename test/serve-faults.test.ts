// The server under hostile clients and faults, each reproduced at a small scale with the
// deadlines shortened through configuration: stalled sockets are cut off, a forged
// X-Forwarded-For does not dodge the per-address limit, and a Redis that is not there (at start,
// or gone later) neither slows answers nor switches the rate limit off.
import type { ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { KnowledgeBase } from '../src/kb/index.ts';
import { buildHttpServer, listeningUrl } from '../src/channels/http/server.ts';
import { createLogger } from '../src/channels/log.ts';
import { DEFAULT_REDIS_LIMITS, readChannelConfig } from '../src/channels/config.ts';
import { openRedisLink, RedisUnavailable, type RedisLimits, type RedisLink } from '../src/store/redis.ts';
import { recordingAsk } from './support/fake-ask.ts';
import { SERVE_START, cli, freePort, hasRedis, serving, startRedis, startServe, until as untilWithin, untilAccepting } from './helpers.ts';

const silent = createLogger(undefined, 'silent');

/** Resolves when the server closes the socket; how long that took, in ms. */
function closedWithin(socket: Socket): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => socket.once('close', () => resolve(Date.now() - started)));
}

function rawSocket(port: number, send: string): Socket {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.resume(); // read what the server sends, so its closing is seen
  socket.write(send);
  return socket;
}

describe('stalled clients', () => {
  let app: FastifyInstance;
  let port: number;
  afterAll(() => app?.close());

  it('a socket that sends headers and never the body, or headers a byte at a time, is closed; /healthz keeps answering', async () => {
    app = buildHttpServer({
      ask: recordingAsk(), kb: new KnowledgeBase(), log: silent, rateLimit: 0,
      http: { headersTimeoutMs: 300, requestTimeoutMs: 500, maxConnections: 50 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(listeningUrl(app)).port);

    const noBody = Array.from({ length: 20 }, () => rawSocket(port, 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"q'));
    const dribble = rawSocket(port, 'G');
    const drip = setInterval(() => dribble.writable && dribble.write('E'), 100);
    const silentSocket = rawSocket(port, '');
    const closing = Promise.all([...noBody, dribble, silentSocket].map(closedWithin));

    // While they stall, other clients are served.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const waits = await closing;
    clearInterval(drip);
    // Each was cut off by a deadline of well under a second (a generous bound: no socket is kept).
    for (const ms of waits) expect(ms).toBeLessThan(5000);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('past the connection cap, sockets are refused while /healthz answers again once stalled ones are cut off', async () => {
    const capped = buildHttpServer({
      ask: recordingAsk(), kb: new KnowledgeBase(), log: silent, rateLimit: 0,
      http: { headersTimeoutMs: 300, requestTimeoutMs: 500, maxConnections: 10 },
    });
    await capped.listen({ port: 0, host: '127.0.0.1' });
    const cappedPort = Number(new URL(listeningUrl(capped)).port);
    const hogs = Array.from({ length: 30 }, () => rawSocket(cappedPort, 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n'));
    await Promise.all(hogs.map(closedWithin));
    expect(await (await fetch(`http://127.0.0.1:${cappedPort}/healthz`)).json()).toEqual({ ok: true, reports: 0 });
    await capped.close();
  });
});

describe('TRUST_PROXY', () => {
  it('takes a hop count or proxy addresses and ranges, never "everyone", and lists every bad variable at once', () => {
    expect(readChannelConfig({}).trustProxy).toBe(false);
    expect(readChannelConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readChannelConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    expect(() => readChannelConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true: expected a hop count/);
    expect(() => readChannelConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    let message = '';
    try {
      readChannelConfig({ TRUST_PROXY: '*', PORT: 'eighty', SESSION_URL: 'mysql://x', GONGKAI_REQUEST_TIMEOUT_MS: '0' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/4 settings are wrong/);
    for (const name of ['TRUST_PROXY=*', 'PORT=eighty', 'SESSION_URL=mysql://x', 'GONGKAI_REQUEST_TIMEOUT_MS=0']) expect(message).toContain(name);
  });

  it('a forged X-Forwarded-For does not get past the per-address limit', async () => {
    // One proxy in front (TRUST_PROXY=1): it appends the address it saw; whatever the client
    // wrote to the left of that is not believed.
    const app = buildHttpServer({ ask: recordingAsk(), kb: new KnowledgeBase(), log: silent, rateLimit: 2, trustProxy: 1 });
    const codes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await app.inject({
        method: 'POST', url: '/api/ask', remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` }, payload: { question: '有多少申请予以公开？' },
      });
      codes.push(res.statusCode);
    }
    // Cookieless, so counted by address: 2 answers, then 429 for the rest.
    expect(codes.filter((c) => c === 200)).toHaveLength(2);
    expect(codes.filter((c) => c === 429)).toHaveLength(38);
    await app.close();
  });
});

const serve = (env: Record<string, string>) => startServe({ LOG_LEVEL: 'info', ...env });

/** Redis links and replies are given the patience a started server is. */
const until = (check: () => Promise<boolean>, what: string) => untilWithin(check, what, SERVE_START);

describe('Redis not up when the server starts (SESSION_URL=redis://, nothing listening)', () => {
  const started: ChildProcess[] = [];
  afterAll(() => {
    for (const s of started) s.kill();
  });

  it('answers at once, keeps limiting in-process, and says so in the log once', async () => {
    const [port, deadRedis] = [await freePort(), await freePort()];
    const { server, log } = serve({ PORT: String(port), SESSION_URL: `redis://127.0.0.1:${deadRedis}`, GONGKAI_RATE_LIMIT: '3' });
    started.push(server);
    await serving(port);
    const ask = async () => {
      const t = Date.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '有多少申请予以公开？', session: 'no-redis' }),
      });
      return { status: res.status, ms: Date.now() - t, body: (await res.json()) as { value?: number } };
    };
    const replies = [await ask(), await ask(), await ask(), await ask(), await ask()];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    expect(replies[0]!.body.value).toBe(32);
    // Before: 6 s an answer. A generous bound: the answer does not wait on Redis at all.
    for (const r of replies) expect(r.ms).toBeLessThan(1000);
    expect(log().match(/Redis unavailable/g)).toHaveLength(1);
  });
});

describe.skipIf(!hasRedis)('Redis gone after start', () => {
  it('the rate limit still limits, in this process, and answers do not wait', async () => {
    const redisPort = await freePort();
    let redis = startRedis(redisPort);
    await untilAccepting(redisPort);
    const link = openRedisLink(`redis://127.0.0.1:${redisPort}`, { ...DEFAULT_REDIS_LIMITS, retryAfterMs: 200 }, silent);
    await until(async () => link.available(), 'the Redis connection');
    const app = buildHttpServer({ ask: recordingAsk(), kb: new KnowledgeBase(), log: silent, rateLimit: 2, redis: link });
    const post = () => app.inject({ method: 'POST', url: '/api/ask', payload: { question: '问', session: 'outage' } });
    expect((await post()).statusCode).toBe(200);

    redis.kill();
    await untilAccepting(redisPort, false);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await post()).statusCode);
    // Counting starts afresh in the process, and still stops at the limit.
    expect(codes.filter((c) => c === 200).length).toBeLessThanOrEqual(2);
    expect(codes.slice(-3)).toEqual([429, 429, 429]);

    // Back: the shared count is used again (the one question counted before the outage).
    redis = startRedis(redisPort);
    await untilAccepting(redisPort);
    await until(async () => link.available(), 'the reconnection');
    const other = () => app.inject({ method: 'POST', url: '/api/ask', payload: { question: '问', session: 'after' } });
    expect([(await other()).statusCode, (await other()).statusCode, (await other()).statusCode]).toEqual([200, 200, 429]);
    await app.close();
    await link.close();
    redis.kill();
  });
});

describe.skipIf(!hasRedis)('Redis that stops answering (connected, but stalled)', () => {
  /** A throwaway Redis and a link to it with these limits, for the length of `use`. */
  async function withLink(limits: Partial<RedisLimits>, use: (link: RedisLink, redis: ChildProcess) => Promise<void>): Promise<void> {
    const redisPort = await freePort();
    const redis = startRedis(redisPort);
    try {
      await untilAccepting(redisPort);
      const link = openRedisLink(`redis://127.0.0.1:${redisPort}`, { ...DEFAULT_REDIS_LIMITS, connectTimeoutMs: 1000, ...limits }, silent);
      await until(async () => link.available(), 'the Redis connection');
      await use(link, redis);
      await link.close();
    } finally {
      redis.kill('SIGCONT');
      redis.kill();
    }
  }

  it('a command gives up after the command timeout, and Redis is left alone until the retry wait is over', () =>
    withLink({ commandTimeoutMs: 100, retryAfterMs: 300 }, async (link, redis) => {
      expect(await link.run((c) => c.set('stall', '1'))).toBe('OK');
      redis.kill('SIGSTOP');
      const started = Date.now();
      await expect(link.run((c) => c.get('stall'))).rejects.toThrow(RedisUnavailable);
      // A generous bound for a loaded machine: the point is that it does not wait for Redis.
      expect(Date.now() - started).toBeLessThan(1000);
      expect(link.available()).toBe(false);

      redis.kill('SIGCONT');
      await until(async () => link.available(), 'the retry wait');
      expect(await link.run((c) => c.get('stall'))).toBe('1');
    }));

  it('a reply that came while this process was held up past the timeout is taken, and Redis stays in use', () =>
    withLink({ commandTimeoutMs: 50 }, async (link) => {
      const reply = link.run((c) => c.ping());
      // node-redis sends the command from a setImmediate queued before this one; then the process
      // is held up (as by a long collection) while Redis answers.
      await new Promise((r) => setImmediate(r));
      const heldUntil = Date.now() + 300;
      while (Date.now() < heldUntil);
      expect(await reply).toBe('PONG');
      expect(link.available()).toBe(true);
    }));
});

describe.skipIf(!hasRedis)('Slack: two instances sharing Redis', () => {
  const started: ChildProcess[] = [];
  let redis: ChildProcess | undefined;
  afterAll(() => {
    for (const s of started) s.kill();
    redis?.kill();
  });

  it('receive the same event and its retry; exactly one reply is posted', async () => {
    const { startFakeSlackApi } = await import('./support/fake-slack-api.ts');
    const slack = await startFakeSlackApi();
    const redisPort = await freePort();
    redis = startRedis(redisPort);
    await untilAccepting(redisPort);
    const secret = 'two-instance-secret';
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      started.push(serve({
        PORT: String(port), SESSION_URL: `redis://127.0.0.1:${redisPort}`, GONGKAI_RATE_LIMIT: '0',
        SLACK_BOT_TOKEN: 'xoxb-two', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slack.url, LOG_LEVEL: 'warn',
      }).server);
    }
    for (const port of ports) await serving(port);
    // /healthz answers before an instance's Redis link is up, and until it is, each instance keeps
    // its own delivery records: wait until Redis counts both links (and redis-cli's own).
    const { execFileSync } = await import('node:child_process');
    const clients = () => Number(/connected_clients:(\d+)/.exec(execFileSync('redis-cli', ['-p', String(redisPort), 'info', 'clients'], { encoding: 'utf8' }))?.[1] ?? 0);
    await until(async () => clients() >= 3, 'both instances connected to Redis');

    const { createHmac } = await import('node:crypto');
    const body = JSON.stringify({
      token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: 'EvTWO1', event_time: 1732600000,
      event: { type: 'app_mention', user: 'U0USER', text: '<@UBOT> 有多少申请予以公开？', ts: '1732600000.424242', channel: 'C0CHAN', event_ts: '1732600000.424242' },
    });
    const post = (port: number, retry?: number) => {
      const ts = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
      return fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST', body,
        headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature, ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}) },
      });
    };
    // The delivery reaches one instance, its retries the other (and the first again), at once.
    const statuses = await Promise.all([post(ports[0]!), post(ports[1]!, 1), post(ports[0]!, 2), post(ports[1]!, 3)].map(async (r) => (await r).status));
    expect(statuses).toEqual([200, 200, 200, 200]);
    const replies = () => slack.posts().filter((c) => c.body.thread_ts === '1732600000.424242');
    await until(async () => replies().length > 0, 'the reply');
    // Give a second reply, were there one, time to arrive (both instances have answered the rest).
    await new Promise((r) => setTimeout(r, 1000));
    expect(replies()).toHaveLength(1);
    expect(JSON.stringify(replies()[0]!.body)).toContain('32');
    await slack.close();
  });
});

describe('a session store that cannot be opened', () => {
  it('reaches the command line as a clear message, not a stack', () => {
    const r = cli(['ask', '有多少申请予以公开？', '--session', 's1', '--session-url', 'sqlite:///dev/null/sessions.sqlite']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongkai: session store \/dev\/null\/sessions.sqlite cannot be created/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const bad = cli(['ask', '问', '--session', 's1', '--session-url', 'mysql://db']);
    expect(bad.stderr).toMatch(/expected redis:\/\/, sqlite:\/\/ or memory:\/\//);
  });
});
