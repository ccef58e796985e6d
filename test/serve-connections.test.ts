// One client opening hundreds of idle connections may not fill the server's connection cap: each
// address holds only so many, and other clients (and /healthz) are served meanwhile. A proxy named
// in TRUST_PROXY is not capped: all its clients' connections come from its address.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { KnowledgeBase } from '../src/kb/index.ts';
import { buildHttpServer, listeningUrl } from '../src/channels/http/server.ts';
import { createLogger } from '../src/channels/log.ts';
import { readChannelConfig } from '../src/channels/config.ts';
import { inRanges } from '../src/channels/trust-ranges.ts';
import { recordingAsk } from './support/fake-ask.ts';

const silent = createLogger(undefined, 'silent');

/** `count` idle sockets from `localAddress`, once connected; `closed` counts those the server closed. */
async function idleSockets(port: number, localAddress: string, count: number): Promise<{ sockets: Socket[]; closed: () => number }> {
  let closed = 0;
  const sockets = await Promise.all(Array.from({ length: count }, () => new Promise<Socket>((resolve) => {
    const s = connect({ port, host: '127.0.0.1', localAddress });
    s.on('error', () => undefined);
    s.once('close', () => closed++);
    s.once('connect', () => resolve(s));
    s.once('error', () => resolve(s));
  })));
  return { sockets, closed: () => closed };
}

describe('connections per address', () => {
  let app: FastifyInstance | undefined;
  const opened: Socket[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) s.destroy();
    await app?.close();
  });

  it('600 idle connections from one address: 500 are closed, and another address is still served', async () => {
    app = buildHttpServer({
      ask: recordingAsk(), kb: new KnowledgeBase(), log: silent, rateLimit: 0,
      http: { maxConnections: 520, maxConnectionsPerAddress: 100 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(listeningUrl(app)).port);
    const flood = await idleSockets(port, '127.0.0.2', 600);
    opened.push(...flood.sockets);
    for (let i = 0; i < 100 && flood.closed() < 500; i++) await new Promise((r) => setTimeout(r, 50));
    expect(flood.closed()).toBe(500);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('a proxy named in TRUST_PROXY is not capped', async () => {
    app = buildHttpServer({
      ask: recordingAsk(), kb: new KnowledgeBase(), log: silent, rateLimit: 0, trustProxy: ['127.0.0.2'],
      http: { maxConnections: 520, maxConnectionsPerAddress: 100 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(listeningUrl(app)).port);
    const proxied = await idleSockets(port, '127.0.0.2', 300);
    opened.push(...proxied.sockets);
    // Served through all of them: a request on the last one is answered.
    const last = proxied.sockets.at(-1)!;
    const reply = new Promise<string>((resolve) => last.once('data', (d) => resolve(String(d))));
    last.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await reply).toMatch(/^HTTP\/1\.1 200/);
    expect(proxied.closed()).toBe(0);
  });

  it('the cap is a setting, and the proxy test reads addresses, ranges and keywords', () => {
    expect(readChannelConfig({ GONGKAI_MAX_CONNECTIONS_PER_ADDRESS: '50' }).http.maxConnectionsPerAddress).toBe(50);
    expect(readChannelConfig({}).http.maxConnectionsPerAddress).toBe(256);
    const proxy = inRanges(['10.0.0.0/8', 'loopback', '2001:db8::/32']);
    expect(['10.1.2.3', '::ffff:10.9.9.9', '127.0.0.1', '::1', '2001:db8::5'].map(proxy)).toEqual([true, true, true, true, true]);
    expect(['11.0.0.1', '192.168.1.1', '2001:db9::1', undefined].map(proxy)).toEqual([false, false, false, false]);
  });
});
