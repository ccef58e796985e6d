// What a person sees first: the version, the help, and where the server answers.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_NAMES } from '../src/cli/report-commands.ts';
import { ALL_LAYOUTS } from '../src/report/generate.ts';
import { cli, freePort, ROOT, startServe, tempDir } from './helpers.ts';

describe('the command line at start', () => {
  it('gongkai --version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('gongkai --help lists every command, and generate its layouts as generate.ts names them', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['import', 'generate', 'check', 'show', 'list', 'ask', 'chat', 'eval', 'serve', 'wechat']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    expect(LAYOUT_NAMES).toEqual(ALL_LAYOUTS);
  });

  it("a one-shot ask keeps the segmenter's dictionary beside the knowledge base, and answers alike from it", () => {
    const kb = tempDir();
    copyFileSync(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'), join(kb, 'zhoukou-zhujianju-2024.json'));
    const first = cli(['ask', '有多少申请予以公开？', '--kb', kb]);
    expect(readdirSync(join(kb, '.cache')).filter((f) => f.startsWith('segmenter-'))).toHaveLength(1);
    const second = cli(['ask', '有多少申请予以公开？', '--kb', kb]);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain('32 件');
    // A knowledge folder that does not exist is not made for the cache.
    cli(['ask', '有多少申请予以公开？', '--kb', join(kb, 'missing')]);
    expect(existsSync(join(kb, 'missing'))).toBe(false);
  });

  it('gongkai eval --help points to a question file in the repository', () => {
    const r = cli(['eval', '--help']);
    const file = /for example\s+(\S+?)\)/.exec(r.stdout)?.[1];
    expect(file).toBeDefined();
    expect(readFileSync(join(ROOT, file!), 'utf8').length).toBeGreaterThan(0);
  });

  it('gongkai serve says in plain words where it answers and over how many reports', async () => {
    const port = await freePort();
    const { server } = startServe({ PORT: String(port), SESSION_URL: `sqlite://${join(tempDir(), 's.sqlite')}` });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let err = '';
        server.stderr!.on('data', (d) => {
          err += String(d);
          if (err.includes('\n')) resolve(err.split('\n')[0]!);
        });
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
      });
      expect(line).toBe(`Gongkai is answering on http://127.0.0.1:${port} (1 report)`);
    } finally {
      server.kill();
    }
  });
});
