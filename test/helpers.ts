// Shared by the tests: paths to the shared reports and a runner for the real command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEED = join(ROOT, 'knowledge', 'sources', 'zhoukou-zhujianju-2024.txt');
export const FRAGMENTS = join(ROOT, 'test', 'fixtures', 'fragments');

export function tempDir(prefix = 'gongkai-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function cli(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'gongkai.js'), ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, GONGKAI_LLM: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
