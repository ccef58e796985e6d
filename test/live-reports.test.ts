// Reports added while the server runs: the knowledge base follows its folder (kb/watch.ts), and the
// admin endpoint imports a file and answers from it at once, all without a restart.
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/kb/index.ts';
import { importDocuments } from '../src/kb/import.ts';
import { readReportFile } from '../src/kb/store.ts';
import { liveKnowledge } from '../src/kb/watch.ts';
import { documentBytes, generateReports, type GeneratedReport } from '../src/report/generate.ts';
import { freePort, ROOT, serving, startServe, tempDir, until } from './helpers.ts';
import { CHROMIUM, launchChromium, PHONE } from './support/browser.ts';

const SEED_JSON = join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json');
const seed = readReportFile(SEED_JSON);
/** Reports of other agencies, every cell filled, as a text file each. */
const others = generateReports(seed, { count: 3, seed: 5, layout: 'tab', blankRate: 0 });
const granted = (d: GeneratedReport) => (d.model.figures as { requests: Record<string, Record<string, number>> }).requests.granted!.total;

function seededKb(): string {
  const dir = tempDir('gongkai-live-');
  copyFileSync(SEED_JSON, join(dir, 'zhoukou-zhujianju-2024.json'));
  return dir;
}

describe('a knowledge base that follows its folder', () => {
  it('a report imported into the folder is there without a restart; the knowledge base before stays whole', async () => {
    const dir = seededKb();
    const live = liveKnowledge(dir, KnowledgeBase.load(dir), { pollMs: 0 });
    try {
      const before = live.current();
      const file = join(tempDir(), others[0]!.file);
      writeFileSync(file, documentBytes(others[0]!));
      const [result] = await importDocuments([file], dir);
      await until(() => live.current().size === 2, 'the new report');
      expect(live.current().get(result!.report!.id)?.meta.agency).toBe(others[0]!.model.agency);
      // A question that took the knowledge base before the import answers from it to the end.
      expect(before.size).toBe(1);
      expect(live.current()).not.toBe(before);
    } finally {
      live.stop();
    }
  });

  it('the check on a timer finds a change when no event comes, and a broken file keeps the report before', async () => {
    const dir = seededKb();
    const errors: string[] = [];
    const live = liveKnowledge(dir, KnowledgeBase.load(dir), { pollMs: 50, debounceMs: 10_000, onError: (f) => errors.push(f) });
    try {
      const target = join(dir, 'zhoukou-zhujianju-2024.json');
      writeFileSync(target, '{"half": ');
      await until(() => errors.length > 0, 'the broken file noticed');
      expect(errors).toEqual([target]);
      expect(live.current().get('zhoukou-zhujianju-2024')?.meta.agency).toBe('周口市住房和城乡建设局');
      copyFileSync(SEED_JSON, target);
      const other = readReportFile(SEED_JSON);
      other.id = 'copy';
      writeFileSync(join(dir, 'copy.json'), JSON.stringify(other));
      await until(() => live.current().size === 2, 'the copy');
    } finally {
      live.stop();
    }
  });

  it('keeps a report whose file is not named by its id when another file changes', async () => {
    const dir = tempDir('gongkai-live-');
    copyFileSync(SEED_JSON, join(dir, 'renamed.json'));
    const live = liveKnowledge(dir, KnowledgeBase.load(dir), { pollMs: 50 });
    try {
      const other = readReportFile(SEED_JSON);
      other.id = 'copy';
      writeFileSync(join(dir, 'copy.json'), JSON.stringify(other));
      await until(() => live.current().size === 2, 'the copy');
      expect(live.current().get('zhoukou-zhujianju-2024')).toBeDefined();
    } finally {
      live.stop();
    }
  });
});

describe('POST /api/admin/reports on a real server', () => {
  const servers: ChildProcess[] = [];
  afterAll(() => servers.forEach((s) => s.kill()));

  async function serve(env: Record<string, string>): Promise<string> {
    const port = await freePort();
    servers.push(startServe({ PORT: String(port), LOG_LEVEL: 'error', SESSION_URL: 'memory://', GONGKAI_RATE_LIMIT: '0', ...env }, { quiet: true }).server);
    const url = `http://127.0.0.1:${port}`;
    await serving(port);
    return url;
  }

  const post = (url: string, body: BodyInit, headers: Record<string, string>) => fetch(`${url}/api/admin/reports`, { method: 'POST', body, headers });
  const ask = async (url: string, question: string) =>
    (await (await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })).json()) as { kind: string; value: number | null };

  it('with the token, a report file is imported and answered from at once; without it, nothing is read', async () => {
    const kb = seededKb();
    const url = await serve({ GONGKAI_KB: kb, GONGKAI_ADMIN_TOKEN: 'secret-token-for-tests', GONGKAI_KB_POLL_MS: '0' });
    const [raw, form] = others;
    const bytes = new Uint8Array(documentBytes(raw!));

    expect((await post(url, bytes, { 'x-filename': raw!.file })).status).toBe(401);
    expect((await post(url, bytes, { 'x-filename': raw!.file, authorization: 'Bearer secret-token-for-test' })).status).toBe(401);
    const missingName = await post(url, bytes, { authorization: 'Bearer secret-token-for-tests' });
    expect(missingName.status).toBe(400);

    // The raw file, named by a header.
    const res = await post(url, bytes, { 'x-filename': raw!.file, authorization: 'Bearer secret-token-for-tests', 'content-type': 'text/plain' });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { imported: { id: string; agency: string; year: number; warnings: string[] } };
    expect(summary.imported).toMatchObject({ id: 'gen-0001-2023', agency: raw!.model.agency, year: raw!.model.year });
    const answer = await ask(url, `${raw!.model.agency}${raw!.model.year}年予以公开多少件？`);
    expect(answer).toMatchObject({ kind: 'figure', value: granted(raw!) });

    // A multipart form, as curl -F sends it.
    const data = new FormData();
    data.append('report', new Blob([new Uint8Array(documentBytes(form!))]), form!.file);
    const multipart = await post(url, data, { authorization: 'Bearer secret-token-for-tests' });
    expect(multipart.status).toBe(200);
    expect(((await fetch(`${url}/api/reports`).then((r) => r.json())) as unknown[]).length).toBe(3);
    expect(await ask(url, `${form!.model.agency}${form!.model.year}年予以公开多少件？`)).toMatchObject({ kind: 'figure', value: granted(form!) });

    // The import's own refusals come back as they are.
    const poem = await post(url, '床前明月光，疑是地上霜。', { 'x-filename': 'poem.txt', authorization: 'Bearer secret-token-for-tests' });
    expect(poem.status).toBe(422);
    expect(((await poem.json()) as { error: { message: string } }).error.message).toMatch(/^poem\.txt: no section of an annual report found/);
  });

  it.skipIf(!existsSync(CHROMIUM))('in the page: a report added through the endpoint is answered, and listed after a reload', async () => {
    const url = await serve({ GONGKAI_KB: seededKb(), GONGKAI_ADMIN_TOKEN: 'page-token' });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage(PHONE);
      await page.goto(url);
      const added = others[2]!;
      expect((await post(url, new Uint8Array(documentBytes(added)), { 'x-filename': added.file, authorization: 'Bearer page-token' })).status).toBe(200);
      await page.fill('#question', `${added.model.agency}${added.model.year}年予以公开多少件？`);
      await page.click('#send');
      const bubble = page.locator('.msg.bot').last();
      await bubble.and(page.locator(':not(.pending)')).waitFor();
      expect(await bubble.textContent()).toContain(`${granted(added)} 件`);
      await page.reload();
      await expect.poll(() => page.locator('#report option').allTextContents()).toContain(`${added.model.agency} ${added.model.year}年`);
    } finally {
      await browser.close();
    }
  });

  it('is off when GONGKAI_ADMIN_TOKEN is unset', async () => {
    const url = await serve({ GONGKAI_KB: seededKb(), GONGKAI_ADMIN_TOKEN: '' });
    expect((await post(url, 'x', { 'x-filename': 'a.txt', authorization: 'Bearer ' })).status).toBe(404);
  });
});
