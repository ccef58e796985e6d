// The web chat in a real browser, on a phone-sized page: what a user types, what they see, and
// that markup in a question stays text.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Keyv from 'keyv';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { KnowledgeBase } from '../src/kb/index.ts';
import { buildHttpServer, listeningUrl } from '../src/channels/http/server.ts';
import { createLogger } from '../src/channels/log.ts';
import type { Ask } from '../src/channels/channel.ts';
import { recordingAsk, SEED_CITATION } from './support/fake-ask.ts';
import { CHROMIUM, launchChromium, PHONE } from './support/browser.ts';
import { answer } from '../src/answer/answer.ts';
import { seedKb } from './answer-fixture.ts';

const hasChromium = existsSync(CHROMIUM);

async function serve(ask: Ask, kb = new KnowledgeBase()): Promise<{ app: FastifyInstance; url: string }> {
  const app = buildHttpServer({ ask, kb, log: createLogger(undefined, 'silent'), rateLimit: 0 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: listeningUrl(app) };
}

/** types a question, sends it, and returns the text of the answer bubble once it has arrived */
async function askInPage(page: Page, question: string): Promise<string> {
  const before = await page.locator('.msg.bot').count();
  await page.fill('#question', question);
  await page.click('#send');
  const bubble = page.locator('.msg.bot').nth(before);
  await bubble.and(page.locator(':not(.pending)')).waitFor();
  return (await bubble.textContent()) ?? '';
}

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasChromium)('web chat in Chromium', () => {
  const ask = recordingAsk();
  let app: FastifyInstance;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    let url: string;
    ({ app, url } = await serve(ask));
    page = await browser.newPage(PHONE);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
  });
  afterAll(async () => {
    await page?.close();
    await app?.close();
  });

  it('a typed question gets the figure and its citation', async () => {
    const text = await askInPage(page, '有多少申请予以公开？');
    expect(text).toContain('32 件');
    expect(await page.locator('.msg.bot .cite').last().textContent()).toBe(SEED_CITATION);
    expect(await page.locator('.msg.bot .text').last().textContent()).not.toContain('来源'); // shown once, as the caption
    expect(await page.locator('.msg.me').last().textContent()).toBe('有多少申请予以公开？');
  });

  it('markup in a question is shown as text and runs nothing', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const text = await askInPage(page, evil);
    expect(await page.locator('.msg.me').last().textContent()).toBe(evil);
    expect(text).toContain('<script>alert(1)</script>'); // the answer echoes it, as text
    expect(await page.locator('#conversation script, #conversation img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('an example question draws a chart of the parts', async () => {
    await page.click('#examples button[data-question="予以公开和部分公开一共多少件？"]');
    await page.locator('.msg.bot .chart').waitFor();
    const chart = page.locator('.msg.bot .chart').last();
    expect(await chart.locator('.fill').count()).toBe(2);
    expect(await chart.textContent()).toContain('部分公开（总计）51');
    const widths = await chart.locator('.fill').evaluateAll((bars) => bars.map((b) => (b as HTMLElement).style.width));
    expect(widths[1]).toBe('100%');
  });

  it('clarify options are buttons that ask the chosen question', async () => {
    await askInPage(page, '多少件？');
    const before = await page.locator('.msg.bot').count();
    await page.locator('.msg.bot .options button', { hasText: '予以公开（总计）' }).last().click();
    const answer = page.locator('.msg.bot').nth(before);
    await answer.locator('.cite').waitFor();
    expect(await answer.textContent()).toContain(SEED_CITATION);
    expect(ask.calls.at(-1)!.question).toBe('予以公开（总计）是多少？');
  });

  it('the brief switch asks for the operator style; the session cookie is HttpOnly', async () => {
    await page.check('#brief');
    await askInPage(page, '有多少申请予以公开？');
    expect(ask.calls.at(-1)!.options.brief).toBe(true);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'gongkai_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // every question from this page was asked in the one cookie session
    expect(new Set(ask.calls.map((c) => c.options.session)).size).toBe(1);
  });
});

const realReady = existsSync('knowledge/zhoukou-zhujianju-2024.json') && existsSync('src/answer/answer.ts');

describe.skipIf(!hasChromium || !realReady)('web chat over the real answer()', () => {
  it('「有多少申请予以公开？」shows 32 and the citation', async () => {
    const kb = KnowledgeBase.load('knowledge');
    const { createAsk } = await import('../src/channels/ask.ts');
    const { app, url } = await serve(createAsk(kb, new Keyv()), kb);
    const page = await browser.newPage(PHONE);
    try {
      await page.goto(url);
      const text = await askInPage(page, '有多少申请予以公开？');
      expect(text).toContain('32');
      expect(text).toContain(SEED_CITATION);
    } finally {
      await page.close();
      await app.close();
    }
  });
});

describe.skipIf(!hasChromium)('web chat over the real answer()', () => {
  const kb = seedKb();
  const sessions = new Keyv();
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  let page: Page;
  beforeAll(async () => {
    served = await serve((q, o) => answer(q, { kb, sessions, session: o.session, report: o.report, brief: o.brief, llm: null }), kb);
    page = await browser.newPage(PHONE);
    await page.goto(served.url);
  });
  afterAll(async () => Promise.all([page?.close(), served?.app.close()]));

  it('a difference asked the wrong way round shows no negative headline, only the words that say which way', async () => {
    const text = await askInPage(page, '部分公开比予以公开少多少');
    expect(text).toContain('部分公开比予以公开多 19 件');
    expect(text).not.toContain('-19');
    expect(await page.locator('.msg.bot').last().locator('.figure').count()).toBe(0);
  });
});
