// What is stored is not lost by accident: a shorter copy does not replace a complete report
// without --replace, and two imports of the same reports at once do not silently overwrite each
// other. The concurrent case is made deterministic by holding the knowledge base's lock here
// until both imports are waiting for it.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '../src/kb/lock.ts';
import { readReportFile } from '../src/kb/store.ts';
import { importFiles } from '../src/kb/import.ts';
import { cli, ROOT, SEED, tempDir, until } from './helpers.ts';

const seedText = readFileSync(SEED, 'utf8');
const src = tempDir('gongkai-replace-src-');
const write = (name: string, text: string) => {
  const file = join(src, name);
  writeFileSync(file, text);
  return file;
};
const full = write('full.txt', seedText);
const cut = write('cut.txt', seedText.slice(0, seedText.indexOf('5. 属于三类内部事务信息')));
// The same cells, one value changed: a correction, not a loss.
const corrected = write('corrected.txt', seedText.replace('本年度没有产生信息公开处理费', '本年度没有产生任何信息公开处理费'));

describe('replacing a stored report', () => {
  it('a truncated copy under the complete report\'s id is refused, saying what would be lost; --replace replaces it', () => {
    const kb = tempDir();
    expect(cli(['import', full, '--kb', kb, '--id', 'zk']).code).toBe(0);
    const before = readFileSync(join(kb, 'zk.json'), 'utf8');
    const res = cli(['import', cut, '--kb', kb, '--id', 'zk']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`✗ ${cut}: not stored, to keep zk in ${kb}: this report would leave 134 of its cells missing (三(三)5 属于三类内部事务信息: 7; 三(三)6 属于四类过程性信息: 7;`);
    expect(res.stderr).toContain('and lacks sections 四、政府信息公开行政复议、行政诉讼情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项; pass --replace to replace it anyway');
    expect(readFileSync(join(kb, 'zk.json'), 'utf8')).toBe(before);
    expect(cli(['import', cut, '--kb', kb, '--id', 'zk', '--replace']).code).toBe(0);
    expect(readReportFile(join(kb, 'zk.json')).sections.review.present).toBe(false);
  });

  it('a copy that keeps every cell and section replaces the stored one, as does the same file again', () => {
    const kb = tempDir();
    importFiles([full], kb, { id: 'zk' });
    expect(importFiles([full], kb, { id: 'zk' })[0]!.error).toBeUndefined();
    const [r] = importFiles([corrected], kb, { id: 'zk' });
    expect(r!.error).toBeUndefined();
    expect(readFileSync(join(kb, 'zk.json'), 'utf8')).toContain('本年度没有产生任何信息公开处理费');
  });
});

/** The gongkai command, running while the test goes on; resolves when it exits. */
function start(args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'gongkai.js'), ...args], { cwd: ROOT, env: { ...process.env, GONGKAI_LLM: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { done, stderr: () => stderr };
}

describe('two imports into one knowledge base at once', () => {
  /** Holds the lock as a live process would, starts both imports, and lets go once both wait. */
  async function race(a: string, b: string) {
    const kb = tempDir();
    mkdirSync(kb, { recursive: true });
    const lock = join(kb, LOCK_FILE);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    const first = start(['import', a, '--kb', kb, '--id', 'zk']);
    const second = start(['import', b, '--kb', kb, '--id', 'zk']);
    await until(() => first.stderr().includes('waiting for another import') && second.stderr().includes('waiting for another import'), 'both imports to wait', { tries: 1200 });
    expect(first.stderr()).toContain(`waiting for another import (process ${process.pid} on ${hostname()}`);
    rmSync(lock);
    return { kb, results: await Promise.all([first.done, second.done]) };
  }

  it('of different reports under one id: one is stored, the other reports the conflict and changes nothing', async () => {
    const { kb, results } = await race(full, corrected);
    const codes = results.map((r) => r.code).sort();
    expect(codes).toEqual([0, 1]);
    const loser = results.find((r) => r.code === 1)!;
    expect(loser.stderr).toMatch(/: another import wrote zk in .* while this one ran; kept what it wrote \(import again to compare with it, or pass --replace\)/);
    const winner = results.find((r) => r.code === 0)!;
    const stored = readReportFile(join(kb, 'zk.json'));
    expect(winner.stdout).toContain(stored.meta.source.file);
    expect(existsSync(join(kb, LOCK_FILE))).toBe(false);
  });

  it('of the same report: both succeed, nothing to choose between', async () => {
    const { results } = await race(full, full);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
  });

  it('a lock left by a process that died is taken over', () => {
    const kb = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(join(kb, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout.trim()), host: hostname(), since: new Date().toISOString() }));
    const res = cli(['import', full, '--kb', kb, '--id', 'zk']);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    expect(existsSync(join(kb, LOCK_FILE))).toBe(false);
  });
});
