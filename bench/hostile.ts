// The soak's hostile part: a server whose "Redis" answers the rate-limit script with nil, a number
// or a string in turn (a proxy or a stand-in speaking Redis's protocol), under steady load; and a
// WeChat contact sending 3,000 messages at once. What counts: the server stays up, the limit keeps
// limiting, the log says so once, and the flood is answered only up to the contact's limit.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import Keyv from 'keyv';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { freePort } from '../test/helpers.ts';
import { recordingAsk } from '../test/support/fake-ask.ts';
import { startFakeRedis, type Resp } from '../test/support/fake-redis.ts';
import { createLogger } from '../src/channels/log.ts';
import { createWechatChannel, type Handled } from '../src/channels/wechat/bot.ts';
import type { Row } from './serve.ts';

const ODD: Resp[] = [null, 7, 'abc', [1]];

async function misbehavingRedis(root: string, rows: Row[]): Promise<void> {
  const seconds = Math.max(5, Math.round(Number(process.env.SOAK_SECONDS ?? 60) / 6));
  const fake = await startFakeRedis({ script: ODD[0]!, set: 'OK' });
  let turn = 0;
  const rotate = setInterval(() => (fake.replies = { script: ODD[++turn % ODD.length]!, set: 'OK' }), 1000);
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'bin', 'gongkai.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SESSION_URL: `redis://127.0.0.1:${fake.port}`, GONGKAI_RATE_LIMIT: '60', GONGKAI_REDIS_TIMEOUT_MS: '1000', LOG_LEVEL: 'warn', GONGKAI_LLM: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout!.on('data', (d) => (log += String(d)));
  server.stderr!.on('data', (d) => (log += String(d)));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 500 && !(await fetch(`${url}/healthz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 20));
  const result = await autocannon({
    url: `${url}/api/ask`, method: 'POST', duration: seconds, connections: 4, overallRate: 100,
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '有多少申请予以公开？', session: 'one-visitor' }),
  });
  clearInterval(rotate);
  const healthy = alive && (await fetch(`${url}/healthz`).then((r) => r.ok, () => false));
  server.kill();
  await fake.close();
  const oddLines = log.split('\n').filter((l) => l.includes('wrong shape')).length;
  rows.push([`soak: Redis answering the rate-limit script with nil, a number, a string (${seconds} s, one session)`,
    `${result['2xx'].toLocaleString('en')} answered, ${(result.non2xx - (result['5xx'] ?? 0)).toLocaleString('en')} × 429, ${(result['5xx'] ?? 0) + result.errors} errors; server ${healthy ? 'up' : 'DOWN'}, ${oddLines} log line(s)`]);
}

async function wechatFlood(rows: Row[]): Promise<void> {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const [bot, flooder] = mocker.createContacts(2) as [mock.ContactMock, mock.ContactMock];
  const handled: Handled[] = [];
  let replies = 0;
  const channel = await createWechatChannel({
    ask: recordingAsk(), log: createLogger(undefined, 'silent'), store: new Keyv({ namespace: 'wechat' }), puppet: puppet as never,
    flood: { perContact: 60 },
    onHandled: (how) => handled.push(how),
  });
  puppet.on('message', ({ messageId }) => {
    if (mocker.messagePayload(messageId).talkerId === bot.id) replies++;
  });
  await channel.start();
  mocker.login(bot);
  puppet.emit('ready', { data: 'ready' });
  await channel.bot.ready();
  const n = 3000;
  const t = performance.now();
  for (let i = 0; i < n; i++) flooder.say(`有多少申请予以公开？${i}`).to(bot);
  for (let i = 0; i < 3000 && handled.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  const ms = performance.now() - t;
  await channel.stop();
  const count = (how: Handled) => handled.filter((h) => h === how).length;
  rows.push([`soak: WeChat, ${n.toLocaleString('en')} messages from one contact at once`,
    `${count('answered')} answered, ${count('limited').toLocaleString('en')} dropped, ${replies} replies sent, all handled in ${(ms / 1000).toFixed(1)} s`]);
}

export async function soakHostile(root: string, rows: Row[]): Promise<void> {
  await misbehavingRedis(root, rows);
  await wechatFlood(rows);
}
