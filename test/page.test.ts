// The page an agency publishes, in a real Chromium against a real `gongkai serve`: its name, logo,
// colour and footer from GONGKAI_SITE_*, the report picker over many reports, example questions
// drawn from the chosen report, each answer's report and original, and that it reads and works
// for everyone (labels, contrast, keyboard).
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast } from '../src/channels/http/site.ts';
import { importDocuments } from '../src/kb/import.ts';
import { readReportFile } from '../src/kb/store.ts';
import { documentBytes, generateReports } from '../src/report/generate.ts';
import { freePort, ROOT, SEED, serving, startServe, tempDir } from './helpers.ts';
import { CHROMIUM, launchChromium, PHONE } from './support/browser.ts';

const ORIGINAL = 'https://zfcxjsj.zhoukou.gov.cn/2025/01/zfxxgk-ndbg-2024.html';
const SITE = {
  GONGKAI_SITE_NAME: '周口市住房和城乡建设局',
  GONGKAI_SITE_COLOR: '#ffd54f', // light: the page must choose dark text on it
  GONGKAI_SITE_LOGO_URL: 'https://zfcxjsj.zhoukou.gov.cn/logo.png',
  GONGKAI_SITE_OPERATOR: '周口市住房和城乡建设局办公室',
  GONGKAI_SITE_PRIVACY_URL: 'https://zfcxjsj.zhoukou.gov.cn/privacy.html',
  GONGKAI_SITE_HOTLINE: '0394-12345',
};

/** A knowledge base of ten reports: the seed with its original's address, and nine others. */
async function manyReports(): Promise<string> {
  const kb = tempDir('gongkai-page-kb-');
  const [seed] = await importDocuments([SEED], kb, { sourceUrl: ORIGINAL });
  expect(seed!.error).toBeUndefined();
  const src = tempDir();
  const files = generateReports(readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json')), { count: 9, seed: 21, layout: 'tab', blankRate: 0 })
    .map((d) => {
      const f = join(src, d.file);
      writeFileSync(f, documentBytes(d));
      return f;
    });
  await importDocuments(files, kb);
  return kb;
}

const rgb = (css: string) => '#' + (css.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

describe.skipIf(!existsSync(CHROMIUM))('the page an agency publishes', () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    const kb = await manyReports();
    const port = await freePort();
    server = startServe({ ...SITE, PORT: String(port), GONGKAI_KB: kb, LOG_LEVEL: 'error', SESSION_URL: 'memory://', GONGKAI_RATE_LIMIT: '0' }, { quiet: true }).server;
    url = `http://127.0.0.1:${port}`;
    await serving(port);
    browser = await launchChromium();
    page = await browser.newPage(PHONE);
    // The logo's host is not reachable from a test: answer it here.
    await page.route(SITE.GONGKAI_SITE_LOGO_URL, (route) => route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' }));
    await page.goto(url);
    await page.locator('#report optgroup').first().waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it("shows the agency's name, logo, footer and hotline", async () => {
    expect(await page.locator('#site-name').textContent()).toBe(SITE.GONGKAI_SITE_NAME);
    expect(await page.title()).toContain(SITE.GONGKAI_SITE_NAME);
    await expect.poll(() => page.locator('#logo').getAttribute('src')).toBe(SITE.GONGKAI_SITE_LOGO_URL);
    expect(await page.locator('#logo').getAttribute('alt')).toBe(`${SITE.GONGKAI_SITE_NAME}标志`);
    expect(await page.locator('#operator').textContent()).toBe(`主办：${SITE.GONGKAI_SITE_OPERATOR}`);
    expect(await page.locator('#privacy').getAttribute('href')).toBe(SITE.GONGKAI_SITE_PRIVACY_URL);
    expect(await page.locator('#disclaimer').textContent()).toMatch(/以原文为准/);
    expect(await page.locator('#hotline-number').getAttribute('href')).toBe('tel:039412345');
    expect(await page.locator('#hotline').textContent()).toContain('0394-12345');
  });

  it('text reads at 4.5:1 or more, on the agency colour too', async () => {
    const pairs = await page.evaluate(() => {
      const of = (sel: string) => {
        const e = document.querySelector(sel)!;
        let bg = 'rgba(0, 0, 0, 0)';
        for (let n: Element | null = e; n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
        return [sel, getComputedStyle(e).color, bg === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : bg];
      };
      return ['h1', 'h1 small', 'label[for="report"]', '#send', '#disclaimer', '#operator', '.welcome p', '#examples button'].map(of);
    });
    for (const [sel, fg, bg] of pairs) expect(contrast(rgb(fg!), rgb(bg!)), `${sel}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(rgb((await page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor)))).toBe(SITE.GONGKAI_SITE_COLOR);
  });

  it('every field has a label', async () => {
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select')]
      .filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label'))
      .map((e) => e.id));
    expect(unlabelled).toEqual([]);
  });

  it('the picker lists every report, grouped by agency, and finds them by name or year', async () => {
    expect(await page.locator('#report option[value]:not([value=""])').count()).toBe(10);
    const groups = await page.locator('#report optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    expect(groups).toContain(SITE.GONGKAI_SITE_NAME);
    expect(new Set(groups).size).toBe(groups.length);
    await expect.poll(() => page.locator('#report-search').isVisible()).toBe(true);
    await page.fill('#report-search', '周口');
    const shown = await page.locator('#report option').evaluateAll((os) => os.filter((o) => o.getAttribute('value') && !(o as HTMLOptionElement).hidden).map((o) => o.textContent));
    expect(shown).toEqual([`${SITE.GONGKAI_SITE_NAME} 2024年`]);
    await page.press('#report-search', 'Enter');
    expect(await page.locator('#report').inputValue()).toBe('zhoukou-zhujianju-2024');
  });

  it('example questions come from the chosen report, and none asks back', async () => {
    await expect.poll(() => page.locator('#examples button').allTextContents()).toContain('本机关不掌握相关政府信息的有多少件？');
    const questions = await page.locator('#examples button').allTextContents();
    expect(questions.length).toBeGreaterThanOrEqual(4);
    for (const question of questions) {
      const a = await (await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, report: 'zhoukou-zhujianju-2024' }) })).json() as { kind: string };
      expect(['figure', 'text'], question).toContain(a.kind);
    }
  });

  it("an answer names its report's year and links to the original; the keyboard alone can ask", async () => {
    await page.reload();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await page.keyboard.type('周口市住建局2024年有多少申请予以公开？');
    const before = await page.locator('.msg.bot').count();
    await page.keyboard.press('Enter');
    const bubble = page.locator('.msg.bot').nth(before);
    await bubble.and(page.locator(':not(.pending)')).waitFor();
    expect(await bubble.textContent()).toContain('32 件');
    expect(await bubble.locator('.report').textContent()).toBe(`${SITE.GONGKAI_SITE_NAME} 2024年度报告 · 查看原文`);
    expect(await bubble.locator('.report a').getAttribute('href')).toBe(ORIGINAL);
  });
});
