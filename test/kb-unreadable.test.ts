// One unreadable knowledge file among hundreds (cut short, edited by hand, not a report) costs its
// own report only: `serve` and `ask` start, answer from the others, and name the bad file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/kb/index.ts';
import { ROOT, cli, freePort, startServe, tempDir } from './helpers.ts';

const SEED_FILE = join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json');

/** 298 copies of the seed report under other ids, the seed itself, one cut short and one not a report. */
function knowledgeWithBadFiles(): string {
  const dir = tempDir('gongkai-kb-bad-');
  const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { id: string };
  writeFileSync(join(dir, `${seed.id}.json`), JSON.stringify(seed));
  for (let i = 0; i < 298; i++) writeFileSync(join(dir, `copy-${i}.json`), JSON.stringify({ ...seed, id: `copy-${i}` }));
  writeFileSync(join(dir, 'cut-short.json'), JSON.stringify(seed).slice(0, 500));
  writeFileSync(join(dir, 'not-a-report.json'), JSON.stringify({ id: 'x', meta: 7 }));
  return dir;
}

describe('a knowledge folder with unreadable files', () => {
  const dir = knowledgeWithBadFiles();

  it('loads every good report and names each bad file', () => {
    const { kb, unreadable } = KnowledgeBase.loadReadable(dir);
    expect(kb.size).toBe(299);
    expect(unreadable.map((u) => u.file).sort()).toEqual([join(dir, 'cut-short.json'), join(dir, 'not-a-report.json')]);
  });

  it('ask answers from the good reports and says which file it skipped', () => {
    const r = cli(['ask', '--kb', dir, '--report', 'zhoukou-zhujianju-2024', '予以公开多少件？']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('32');
    expect(r.stderr).toContain('cut-short.json');
    expect(r.stderr).toContain('not-a-report.json');
  });

  it('serve starts, answers, and logs the bad files', async () => {
    const port = await freePort();
    const { server, log } = startServe({ PORT: String(port), GONGKAI_KB: dir, SESSION_URL: 'memory://', LOG_LEVEL: 'info' });
    try {
      let health: { ok: boolean; reports: number } | undefined;
      for (let i = 0; i < 150 && !health; i++) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json() as Promise<{ ok: boolean; reports: number }>, () => undefined);
        if (!health) await new Promise((r) => setTimeout(r, 100));
      }
      expect(health).toEqual({ ok: true, reports: 299 });
      expect(log()).toContain('cut-short.json');
      expect(log()).toContain('not-a-report.json');
    } finally {
      server.kill();
    }
  }, 30_000);
});

// A file checked on an earlier run is not checked again (kb/checked.ts), until it changes.
describe('a knowledge file edited by hand after it was checked', () => {
  it('is checked again, and the error says which file and which field', () => {
    const dir = tempDir('gongkai-kb-edited-');
    const file = join(dir, 'zhoukou-zhujianju-2024.json');
    writeFileSync(file, readFileSync(SEED_FILE, 'utf8'));
    const first = cli(['ask', '--kb', dir, '予以公开多少件？'], undefined, { GONGKAI_CACHE_DIR: '' });
    expect(first.stdout).toContain('32');
    expect(readdirSync(join(dir, '.cache')).filter((f) => f.startsWith('checked-'))).toHaveLength(1);
    expect(cli(['ask', '--kb', dir, '予以公开多少件？'], undefined, { GONGKAI_CACHE_DIR: '' }).stdout).toBe(first.stdout);

    const report = JSON.parse(readFileSync(file, 'utf8')) as { meta: { year: unknown } };
    report.meta.year = 'last year';
    writeFileSync(file, JSON.stringify(report));
    const r = cli(['ask', '--kb', dir, '予以公开多少件？'], undefined, { GONGKAI_CACHE_DIR: '' });
    expect(r.stderr).toContain(`${file}: meta.year:`);
    expect(r.stdout).not.toContain('32');
  });
});
