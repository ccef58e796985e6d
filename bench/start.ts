// Start-up figures of `npm run bench`: how long a command takes from launch to exit, run from dist/
// as an install runs it, beside `node -e 0` measured in the same run (the machine's own floor).
// Each figure is the median of several runs, alternating the commands so that a burst of load
// from elsewhere falls on all of them. Runs alone too: node --import tsx bench/start.ts [ROOT]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export type Row = [string, string];

function newest(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n = Math.max(n, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs);
  return n;
}

/** dist/ as bin/gongkai.js would use it: rebuilt when the sources are newer. */
export function ensureBuilt(root: string): void {
  const built = join(root, 'dist', '.built');
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(root, 'src'))) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchStart(root: string, rows: Row[], runs = 9): void {
  ensureBuilt(root);
  const bin = join(root, 'bin', 'gongkai.js');
  const commands: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['gongkai --help', [bin, '--help']],
    ['gongkai --version', [bin, '--version']],
    ['gongkai ask (one question, one shot)', [bin, 'ask', '有多少申请予以公开？']],
  ];
  const env = { ...process.env, GONGKAI_LLM: '' };
  // One run of each first: the compiled matcher is then in the knowledge base's cache, as after any first run.
  for (const [, args] of commands) spawnSync(process.execPath, args, { cwd: root, env, stdio: 'ignore' });
  const times = commands.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([name, args], k) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${name} exited with ${r.status}`);
      times[k]!.push(performance.now() - t);
    });
  }
  const floor = median(times[0]!);
  commands.forEach(([name], k) => {
    const m = median(times[k]!);
    rows.push([`start: ${name}, median of ${runs} (ms)${k ? ', ÷ node -e 0' : ''}`, k ? `${Math.round(m)} ms, ${(m / floor).toFixed(1)}×` : `${Math.round(m)} ms`]);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: Row[] = [];
  benchStart(resolve(process.argv[2] ?? join(import.meta.dirname, '..')), rows);
  for (const [k, v] of rows) console.log(`${k.padEnd(60)}  ${v}`);
}
