// What a user installs: `npm pack`, then the tarball installed with --omit=dev into an empty
// folder (from npm's cache where it can), then `gongkai ask` answers from the bundled report,
// running the compiled dist/ (no tsx, no TypeScript). Install scripts are skipped: they compile
// SQLite for the session file (minutes, and checked by `npm ci` in CI), which `ask` does not load.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('installs with --omit=dev into an empty folder and answers a question from dist/', () => {
    const packDir = tempDir('gongkai-pack-');
    const home = tempDir('gongkai-install-');
    dirs.push(packDir, home);
    // Packed from a copy of the tracked files, so that building dist/ (prepare) cannot change
    // what other tests are running in this checkout.
    const copy = tempDir('gongkai-copy-');
    dirs.push(copy);
    const files = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
    for (const f of files) cpSync(join(ROOT, f), join(copy, f));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const pack = spawnSync('npm', ['pack', '--pack-destination', packDir, '--loglevel=error'], { cwd: copy, encoding: 'utf8', timeout: 240_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toBeTruthy();

    writeFileSync(join(home, 'package.json'), JSON.stringify({ name: 'gongkai-user', private: true }));
    const install = spawnSync('npm', ['install', '--omit=dev', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', join(packDir, tarball)], {
      cwd: home, encoding: 'utf8', timeout: 480_000,
    });
    expect(install.status, install.stderr).toBe(0);
    const pkg = join(home, 'node_modules', 'gongkai');
    expect(existsSync(join(pkg, 'dist', 'cli', 'main.cjs'))).toBe(true);
    expect(existsSync(join(pkg, 'src'))).toBe(false);
    expect(existsSync(join(home, 'node_modules', 'typescript'))).toBe(false);

    const ask = spawnSync(join(home, 'node_modules', '.bin', 'gongkai'), ['ask', '有多少申请予以公开？', '--kb', join(pkg, 'knowledge')], {
      cwd: home, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GONGKAI_LLM: '' },
    });
    expect(ask.status, ask.stderr).toBe(0);
    expect(ask.stdout).toContain('32');
    expect(ask.stderr).not.toContain('tsx');
  }, 600_000);
});
