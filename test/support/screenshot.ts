// Takes docs/screenshot.png for the README: the chat on a phone after a figure question and a
// breakdown. Uses the real knowledge base and answer() when they exist, the fake otherwise.
//   npx tsx test/support/screenshot.ts [out.png]
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv from 'keyv';
import { KnowledgeBase } from '../../src/kb/index.ts';
import type { Ask } from '../../src/channels/channel.ts';
import { buildHttpServer, listeningUrl } from '../../src/channels/http/server.ts';
import { createLogger } from '../../src/channels/log.ts';
import { launchChromium, PHONE } from './browser.ts';
import { recordingAsk } from './fake-ask.ts';

const out = process.argv[2] ?? 'docs/screenshot.png';
const kb = KnowledgeBase.load(process.env.GONGKAI_KB ?? 'knowledge');
const real = kb.size > 0 && existsSync(new URL('../../src/answer/answer.ts', import.meta.url));
const ask: Ask = real ? (await import('../../src/channels/ask.ts')).createAsk(kb, new Keyv()) : recordingAsk();

const app = buildHttpServer({ ask, kb, log: createLogger(undefined, 'silent'), rateLimit: 0 });
await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
try {
  const page = await browser.newPage(PHONE);
  await page.goto(listeningUrl(app));
  for (const question of ['有多少申请予以公开？', '办理结果构成']) {
    const before = await page.locator('.msg.bot').count();
    await page.fill('#question', question);
    await page.click('#send');
    await page.locator('.msg.bot').nth(before).and(page.locator(':not(.pending)')).waitFor();
  }
  // A tall phone instead of a full-page shot: the sticky header and input bar stay at the edges.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: PHONE.viewport.width, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`${out} (${real ? 'real answer()' : 'fake answers'})`);
} finally {
  await browser.close();
  await app.close();
}
