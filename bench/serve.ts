// The HTTP figures of `npm run bench`, as users arrive: a real `gongkai serve` in its default
// configuration (sessions in the SQLite file), then with Redis sessions. /api/ask for new visitors
// (no cookie: every citizen's first question) and for returning ones (a cookie each, questions in
// turn), each divided by /healthz on the same server in the same run; the session file's size
// after the run. Then the soak: valid, invalid and cookieless traffic together with 1,000 stalled
// sockets, /healthz polled throughout; then a misbehaving Redis and a WeChat flood (hostile.ts). Runs alone too: node --import tsx bench/serve.ts [ROOT]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { freePort } from '../test/helpers.ts';
import { soakHostile } from './hostile.ts';

type Result = Awaited<ReturnType<typeof autocannon>>;
export type Row = [string, string];

const QUESTIONS = ['有多少申请予以公开？', '部分公开的申请有多少件？', '行政复议有多少件？', '存在哪些主要问题？', '不予公开多少件？', '其中自然人呢？'];

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 1500; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('server did not come up');
}

function run(opts: object): Promise<Result> {
  return autocannon({ connections: 10, ...opts } as Parameters<typeof autocannon>[0]) as Promise<Result>;
}

function rss(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

const per = (r: Result) => r.requests.average;
const fmt = (n: number) => `${Math.round(n).toLocaleString('en')} /s`;

async function startServe(root: string, env: Record<string, string>): Promise<{ server: ChildProcess; url: string }> {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'bin', 'gongkai.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), GONGKAI_RATE_LIMIT: '0', LOG_LEVEL: 'error', GONGKAI_LLM: '', ...env },
    stdio: 'ignore',
  });
  process.on('exit', () => server.kill());
  const url = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${url}/healthz`)).ok);
  return { server, url };
}

/** Session cookies as the server signs them (it replaces any it did not issue), one per visitor. */
async function issuedCookies(url: string, count: number): Promise<string[]> {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const res = await fetch(`${url}/`);
    await res.arrayBuffer();
    out.push(String(res.headers.get('set-cookie')).split(';')[0]!);
  }
  return out;
}

/** /healthz, new visitors and returning visitors on one server, 5 s each after a warm-up. */
async function arrivals(url: string): Promise<{ health: Result; fresh: Result; returning: Result }> {
  const headers = { 'content-type': 'application/json' };
  const bodies = QUESTIONS.map((question) => JSON.stringify({ question }));
  let i = 0;
  const nextBody = (req: object) => ({ ...req, body: bodies[i++ % bodies.length] });
  let c = 0;
  // Two hundred returning visitors, each with the cookie the server gave them.
  const cookies = await issuedCookies(url, 200);
  const returningRequest = (req: object) => ({ ...req, headers: { ...headers, cookie: cookies[c++ % cookies.length] }, body: bodies[c % bodies.length] });
  await run({ url: `${url}/healthz`, duration: 2 });
  await run({ url: `${url}/api/ask`, method: 'POST', headers, duration: 2, requests: [{ setupRequest: nextBody }] });
  const health = await run({ url: `${url}/healthz`, duration: 5 });
  const fresh = await run({ url: `${url}/api/ask`, method: 'POST', headers, duration: 5, requests: [{ setupRequest: nextBody }] });
  const returning = await run({ url: `${url}/api/ask`, method: 'POST', headers, duration: 5, requests: [{ setupRequest: returningRequest }] });
  return { health, fresh, returning };
}

function fileSize(file: string): number {
  return [file, `${file}-wal`].reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0);
}

export async function benchServe(root: string, rows: Row[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-sessions-'));
  const sqlite = join(dir, 'sessions.sqlite');
  const started = performance.now();
  const { server, url } = await startServe(root, { SESSION_URL: `sqlite://${sqlite}` });
  rows.push(['time from start to /healthz (gongkai serve)', `${Math.round(performance.now() - started)} ms`]);
  const a = await arrivals(url);
  // Write-behind: give the last batch its moment before measuring the file.
  await new Promise((r) => setTimeout(r, 500));
  rows.push(['HTTP /healthz, sessions in SQLite (the default)', fmt(per(a.health))]);
  rows.push(['/api/ask new visitors (no cookie): answers per second, ÷ /healthz', `${fmt(per(a.fresh))}, ${(per(a.fresh) / per(a.health)).toFixed(2)}`]);
  rows.push(['/api/ask returning visitors (200 cookies): answers per second, ÷ /healthz', `${fmt(per(a.returning))}, ${(per(a.returning) / per(a.health)).toFixed(2)}`]);
  rows.push([`session file after ${(a.fresh.requests.total + a.returning.requests.total).toLocaleString('en')} answers`, `${(fileSize(sqlite) / 1024).toFixed(0)} KiB`]);
  rows.push(['errors (valid requests)', String(a.fresh.errors + a.fresh.non2xx + a.returning.errors + a.returning.non2xx)]);
  await bareRoute(url, server.pid!, dir, a, rows);
  server.kill();

  if (spawnSync('redis-server', ['--version']).status === 0) {
    const redisPort = await freePort();
    const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    process.on('exit', () => redis.kill());
    await until(() => new Promise((done) => {
      const s = connect(redisPort, '127.0.0.1');
      s.once('connect', () => (s.destroy(), done(true)));
      s.once('error', () => done(false));
    }));
    const r = await startServe(root, { SESSION_URL: `redis://127.0.0.1:${redisPort}` });
    const b = await arrivals(r.url);
    rows.push(['HTTP /healthz, sessions in Redis', fmt(per(b.health))]);
    rows.push(['/api/ask new visitors, Redis: answers per second, ÷ /healthz', `${fmt(per(b.fresh))}, ${(per(b.fresh) / per(b.health)).toFixed(2)}`]);
    rows.push(['/api/ask returning visitors, Redis: answers per second, ÷ /healthz', `${fmt(per(b.returning))}, ${(per(b.returning) / per(b.health)).toFixed(2)}`]);
    r.server.kill();
    redis.kill();
  } else rows.push(['sessions in Redis', 'skipped: no redis-server']);

  await soak(root, rows, dir);
  await soakHostile(root, rows);
}

/**
 * The same load on a bare fastify route that returns this server's replies to the same bodies: what
 * /api/ask costs beyond the HTTP layer itself. The two alternate (server, bare, server, bare) and
 * each side counts its better run, so that load from elsewhere during one run does not decide it.
 */
async function bareRoute(url: string, pid: number, dir: string, first: { fresh: Result; returning: Result }, rows: Row[]): Promise<void> {
  const replies: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    const r = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    replies[question] = await r.json();
  }
  const file = join(dir, 'replies.json');
  writeFileSync(file, JSON.stringify(replies));
  const port = await freePort();
  const bare = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bare.ts'), String(port), file], { stdio: 'ignore' });
  process.on('exit', () => bare.kill());
  const bareUrl = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${bareUrl}/healthz`)).ok);
  const b = await arrivals(bareUrl);
  const again = await arrivals(url);
  const b2 = await arrivals(bareUrl);
  // The same in server CPU per answer, which load from elsewhere on the machine disturbs far less
  // than answers per second: each process's own CPU time over a fixed number of requests.
  // Returning visitors bring cookies this server signed (one it did not sign is replaced, as a new visitor's).
  const cookies = await issuedCookies(url, 200);
  const cpu = { server: await cpuPerAnswer(url, pid, cookies), bare: await cpuPerAnswer(bareUrl, bare.pid!, cookies) };
  bare.kill();
  rows.push(['server CPU per answer, /api/ask vs bare route: new visitors (µs)', `${cpu.server.fresh.toFixed(0)} vs ${cpu.bare.fresh.toFixed(0)}, ÷ ${(cpu.bare.fresh / cpu.server.fresh).toFixed(2)}`]);
  rows.push(['server CPU per answer, /api/ask vs bare route: returning visitors (µs)', `${cpu.server.returning.toFixed(0)} vs ${cpu.bare.returning.toFixed(0)}, ÷ ${(cpu.bare.returning / cpu.server.returning).toFixed(2)}`]);
  const best = (x: Result, y: Result) => Math.max(per(x), per(y));
  rows.push(['bare fastify route, same replies to the same bodies: new / returning, answers per second', `${fmt(best(b.fresh, b2.fresh))} / ${fmt(best(b.returning, b2.returning))}`]);
  rows.push(['/api/ask ÷ bare route: new visitors, returning visitors', `${(best(first.fresh, again.fresh) / best(b.fresh, b2.fresh)).toFixed(2)}, ${(best(first.returning, again.returning) / best(b.returning, b2.returning)).toFixed(2)}`]);
}

/** CPU time (user + system) a process has used, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The server's CPU per answer over 20,000 questions, new visitors and returning ones. */
async function cpuPerAnswer(url: string, pid: number, cookies: string[]): Promise<{ fresh: number; returning: number }> {
  const headers = { 'content-type': 'application/json' };
  const bodies = QUESTIONS.map((question) => JSON.stringify({ question }));
  let i = 0;
  const measure = async (setupRequest: (req: object) => object) => {
    const before = cpuMs(pid);
    const r = await run({ url: `${url}/api/ask`, method: 'POST', headers, amount: 20_000, requests: [{ setupRequest }] });
    return ((cpuMs(pid) - before) * 1000) / r.requests.total;
  };
  const fresh = await measure((req) => ({ ...req, body: bodies[i++ % bodies.length] }));
  const returning = await measure((req) => ({ ...req, headers: { ...headers, cookie: cookies[i % cookies.length] }, body: bodies[i++ % bodies.length] }));
  return { fresh, returning };
}

/** Keeps `count` sockets stalled (headers sent, body never): each one the server cuts is opened again. */
function stallSockets(port: number, count: number): { cut: () => number; stop: () => void } {
  let cut = 0;
  let stopped = false;
  let k = 0;
  const open = (): Socket => {
    // From five local addresses, as from many clients: one address may hold only so many connections.
    const s = connect({ port, host: '127.0.0.1', localAddress: `127.0.1.${1 + (k++ % 5)}` });
    s.on('error', () => undefined);
    s.resume();
    s.write('POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"q');
    s.once('close', () => {
      cut += 1;
      if (!stopped) setTimeout(open, 10);
    });
    return s;
  };
  const sockets = Array.from({ length: count }, open);
  return { cut: () => cut, stop: () => ((stopped = true), sockets.forEach((s) => s.destroy())) };
}

async function soak(root: string, rows: Row[], dir: string): Promise<void> {
  const seconds = Number(process.env.SOAK_SECONDS ?? 60);
  const sqlite = join(dir, 'soak.sqlite');
  // Stalled sockets are cut after 10 s here (30 s by default), so the soak sees them cut and replaced.
  const { server, url } = await startServe(root, { SESSION_URL: `sqlite://${sqlite}`, GONGKAI_REQUEST_TIMEOUT_MS: '10000', GONGKAI_HEADERS_TIMEOUT_MS: '5000' });
  const port = Number(new URL(url).port);
  const headers = { 'content-type': 'application/json' };
  const bodies = QUESTIONS.map((question) => JSON.stringify({ question }));
  let i = 0;
  const cookies = await issuedCookies(url, 500);
  const valid = (req: object) => ({ ...req, headers: { ...headers, cookie: cookies[i % cookies.length] }, body: bodies[i++ % bodies.length] });
  const invalid = ['{"question":', '{"qestion":"x"}', '[1,2]', '{"question":""}', `{"question":"${'问'.repeat(600)}"}`];
  let j = 0;
  const bad = (req: object) => ({ ...req, body: invalid[j++ % invalid.length] });
  const stalled = stallSockets(port, 1000);
  // Memory at the start of the soak, once the stalled sockets are in and traffic has begun.
  await new Promise((r) => setTimeout(r, 2000));
  const rssStart = rss(server.pid!);
  // Memory every third of the soak: flat means the last two agree, whatever the first rise.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rss(server.pid!)), (seconds * 1000) / 3);
  let healthFailures = 0;
  let healthChecks = 0;
  let healthWorst = 0;
  const poll = setInterval(() => {
    const t = performance.now();
    healthChecks += 1;
    fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })
      .then((r) => {
        if (!r.ok) healthFailures += 1;
        healthWorst = Math.max(healthWorst, performance.now() - t);
      })
      .catch(() => (healthFailures += 1));
  }, 1000);
  const [ok, wrong, cookieless] = await Promise.all([
    run({ url: `${url}/api/ask`, method: 'POST', headers, duration: seconds, connections: 4, overallRate: 150, requests: [{ setupRequest: valid }] }),
    run({ url: `${url}/api/ask`, method: 'POST', headers, duration: seconds, connections: 2, overallRate: 50, requests: [{ setupRequest: bad }] }),
    run({ url: `${url}/api/ask`, method: 'POST', headers, duration: seconds, connections: 2, overallRate: 100, body: JSON.stringify({ question: '有多少申请予以公开？' }) }),
  ]);
  clearInterval(poll);
  clearInterval(sampler);
  const rssEnd = rss(server.pid!);
  stalled.stop();
  rows.push([`soak ${seconds} s: valid answers, errors on valid requests`, `${ok.requests.total.toLocaleString('en')}, ${ok.errors + ok.non2xx}`]);
  rows.push([`soak: invalid requests (all 400), cookieless answers`, `${wrong.requests.total.toLocaleString('en')} (${wrong['4xx']} × 4xx), ${cookieless.requests.total.toLocaleString('en')} (${cookieless.errors + cookieless.non2xx} errors)`]);
  rows.push(['soak: 1,000 stalled sockets held open, cut by the server and reopened', `${stalled.cut().toLocaleString('en')} cut`]);
  rows.push(['soak: /healthz once a second: failures, slowest', `${healthFailures} of ${healthChecks}, ${healthWorst.toFixed(0)} ms`]);
  rows.push(['soak: server memory at start, each third, end', `${[rssStart, ...samples.slice(0, 2), rssEnd].map((m) => m.toFixed(0)).join(' → ')} MiB`]);
  rows.push(['soak: session file after the soak', `${(fileSize(sqlite) / 1024).toFixed(0)} KiB`]);
  server.kill();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const rows: Row[] = [];
  await benchServe(resolve(process.argv[2] ?? join(import.meta.dirname, '..')), rows);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  process.exit(0);
}
