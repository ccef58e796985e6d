// Start-up figures of `npm run bench`: how long a command takes from launch to exit, run from dist/
// as an install runs it, beside `node -e 0` measured in the same run (the machine's own floor).
// Each figure is the median of several runs, alternating the commands so that a burst of load
// from elsewhere falls on all of them, in wall time and in CPU time (user + system, which other
// work on the machine does not inflate). Runs alone too: node --import tsx bench/start.ts [ROOT]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/helpers.ts';

export type Row = [string, string];

function newest(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n = Math.max(n, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs);
  return n;
}

/** dist/ as bin/gongkai.js would use it: rebuilt when the sources (or how they are bundled) are newer. */
export function ensureBuilt(root: string): void {
  const built = join(root, 'dist', '.built');
  const script = join(root, 'build.mjs');
  const sources = Math.max(newest(join(root, 'src')), existsSync(script) ? statSync(script).mtimeMs : 0);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const PRELOAD = join(import.meta.dirname, 'cpu-at.cjs');
const cpuFile = join(mkdtempSync(join(tmpdir(), 'gongkai-bench-cpu-')), 'cpu.txt');

/** The CPU time (ms) the last run noted at `what` (exit, or ready: the first /healthz). */
function lastCpu(what: 'exit' | 'ready'): number {
  const line = readFileSync(cpuFile, 'utf8').split('\n').filter((l) => l.startsWith(`${what} `)).at(-1);
  if (!line) throw new Error(`no CPU time noted at ${what}`);
  return Number(line.slice(what.length + 1));
}

/** `gongkai serve` from launch to its first 200 on /healthz: wall ms, CPU ms. */
async function serveReady(root: string, env: NodeJS.ProcessEnv): Promise<[number, number]> {
  const port = await freePort();
  const t = performance.now();
  const server = spawn(process.execPath, ['--require', PRELOAD, join(root, 'bin', 'gongkai.js'), 'serve'], {
    cwd: root, env: { ...env, PORT: String(port), HOST: '127.0.0.1', SESSION_URL: `sqlite://${join(tmpdir(), `gongkai-bench-ready-${port}.sqlite`)}` }, stdio: 'ignore',
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    return [performance.now() - t, lastCpu('ready')];
  } finally {
    server.kill();
    await new Promise((r) => server.once('exit', r));
  }
}

export async function benchStart(root: string, rows: Row[], runs = 9): Promise<void> {
  ensureBuilt(root);
  const bin = join(root, 'bin', 'gongkai.js');
  const commands: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['gongkai --help', [bin, '--help']],
    ['gongkai --version', [bin, '--version']],
    ['gongkai ask (one question, one shot)', [bin, 'ask', '有多少申请予以公开？']],
  ];
  const env = { ...process.env, GONGKAI_LLM: '', GONGKAI_BENCH_CPU: cpuFile, LOG_LEVEL: 'error' };
  writeFileSync(cpuFile, '');
  // One run of each first: the compiled matcher is then in the knowledge base's cache, as after any first run.
  for (const [, args] of commands) spawnSync(process.execPath, args, { cwd: root, env, stdio: 'ignore' });
  const times = commands.map((): number[] => []);
  const cpu = commands.map((): number[] => []);
  const ready: number[] = [];
  const readyCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    commands.forEach(([name, args], k) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd: root, env, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${name} exited with ${r.status}`);
      times[k]!.push(performance.now() - t);
      cpu[k]!.push(lastCpu('exit'));
    });
    const [wall, used] = await serveReady(root, env);
    ready.push(wall);
    readyCpu.push(used);
  }
  const floor = median(times[0]!);
  const cpuFloor = median(cpu[0]!);
  const figure = (wall: number[], used: number[], of: boolean) => {
    const [m, c] = [median(wall), median(used)];
    return of ? `${Math.round(m)} ms, ${(m / floor).toFixed(1)}×; CPU ${Math.round(c)} ms, ${(c / cpuFloor).toFixed(1)}×` : `${Math.round(m)} ms; CPU ${Math.round(c)} ms`;
  };
  commands.forEach(([name], k) => {
    rows.push([`start: ${name}, median of ${runs}${k ? ', ÷ node -e 0' : ''}`, figure(times[k]!, cpu[k]!, k > 0)]);
  });
  rows.push([`start: gongkai serve to its first /healthz, median of ${runs}, ÷ node -e 0`, figure(ready, readyCpu, true)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: Row[] = [];
  await benchStart(resolve(process.argv[2] ?? join(import.meta.dirname, '..')), rows);
  for (const [k, v] of rows) console.log(`${k.padEnd(60)}  ${v}`);
}
