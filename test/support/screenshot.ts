// Takes the screenshots in docs/: the chat on a phone (docs/screenshot.png, in the README) and on a
// desktop (docs/screenshot-desktop.png), after a figure question and a breakdown, with an agency's
// name, colour and footer set as GONGKAI_SITE_* would set them. Uses the real knowledge base and
// answer() when they exist, the fake otherwise.
//   npx tsx test/support/screenshot.ts [DIR]
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Keyv from 'keyv';
import { KnowledgeBase } from '../../src/kb/index.ts';
import type { Ask } from '../../src/channels/channel.ts';
import { buildHttpServer, listeningUrl } from '../../src/channels/http/server.ts';
import { createLogger } from '../../src/channels/log.ts';
import { launchChromium, PHONE } from './browser.ts';
import { recordingAsk } from './fake-ask.ts';

const dir = process.argv[2] ?? 'docs';
// An agency's settings, as an operator would put them in the environment (read when the page is registered).
Object.assign(process.env, {
  GONGKAI_SITE_NAME: process.env.GONGKAI_SITE_NAME ?? '周口市住房和城乡建设局',
  GONGKAI_SITE_COLOR: process.env.GONGKAI_SITE_COLOR ?? '#1d4e89',
  GONGKAI_SITE_OPERATOR: process.env.GONGKAI_SITE_OPERATOR ?? '周口市住房和城乡建设局办公室',
  GONGKAI_SITE_PRIVACY_URL: process.env.GONGKAI_SITE_PRIVACY_URL ?? 'https://example.gov.cn/privacy.html',
});
const kb = KnowledgeBase.load(process.env.GONGKAI_KB ?? 'knowledge');
const real = kb.size > 0 && existsSync(new URL('../../src/answer/answer.ts', import.meta.url));
const ask: Ask = real ? (await import('../../src/channels/ask.ts')).createAsk(kb, new Keyv()) : recordingAsk();

const app = buildHttpServer({ ask, kb, log: createLogger(undefined, 'silent'), rateLimit: 0 });
await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
const DESKTOP = { viewport: { width: 1280, height: 800 } };
try {
  mkdirSync(dir, { recursive: true });
  for (const [name, device] of [['screenshot.png', PHONE], ['screenshot-desktop.png', DESKTOP]] as const) {
    const page = await browser.newPage(device);
    await page.goto(listeningUrl(app));
    await page.locator('#examples button').first().waitFor();
    for (const question of ['有多少申请予以公开？', '办理结果构成']) {
      const before = await page.locator('.msg.bot').count();
      await page.fill('#question', question);
      await page.click('#send');
      await page.locator('.msg.bot').nth(before).and(page.locator(':not(.pending)')).waitFor();
    }
    // A tall page instead of a full-page shot: the sticky header and input bar stay at the edges.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: device.viewport.width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(dir, name) });
    await page.close();
    console.log(`${join(dir, name)} (${real ? 'real answer()' : 'fake answers'})`);
  }
} finally {
  await browser.close();
  await app.close();
}
