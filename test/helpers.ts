// Shared by the tests: paths to the shared reports and a runner for the real command line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
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

export function cli(args: string[], input?: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'gongkai.js'), ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, GONGKAI_LLM: '', ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A port nobody listens on, on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

export const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

/** A throwaway redis-server on 127.0.0.1, without persistence. */
export function startRedis(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

/** Bounded wait until something accepts connections on the port (or, with `open` false, stops). */
export async function untilAccepting(port: number, open = true): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const ok = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), done(true)));
      socket.once('error', () => done(false));
    });
    if (ok === open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`port ${port} did not ${open ? 'open' : 'close'}`);
}

/** Bounded wait until `check` holds (a check that throws has not held yet); whether it did. */
export async function waitUntil(check: () => boolean | Promise<boolean>, { tries = 200, everyMs = 50 } = {}): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await Promise.resolve().then(check).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

/** As waitUntil, failing the test with `what` when the check never holds. */
export async function until(check: () => boolean | Promise<boolean>, what: string, options?: { tries?: number; everyMs?: number }): Promise<void> {
  if (!(await waitUntil(check, options))) throw new Error(`${what} did not happen`);
}

/** Whether a server on the port answers /healthz now. */
export const healthz = (port: number): Promise<boolean> => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);

/** The patience a started `gongkai serve` is given to answer /healthz. */
export const SERVE_START = { tries: 150, everyMs: 100 };

/** Waits until `gongkai serve` on the port answers /healthz. */
export function serving(port: number): Promise<void> {
  return until(() => healthz(port), `gongkai serve on ${port}`, SERVE_START);
}

/**
 * `gongkai serve` as a deployment starts it, on 127.0.0.1 with the model off, `env` over the
 * environment's settings; `log()` is what it has written so far (nothing when `quiet`).
 */
export function startServe(env: Record<string, string>, { quiet = false } = {}): { server: ChildProcess; log: () => string } {
  let out = '';
  const server = spawn(process.execPath, [join(ROOT, 'bin', 'gongkai.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', GONGKAI_LLM: '', ...env },
    stdio: quiet ? 'ignore' : ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (out += String(d)));
  server.stderr?.on('data', (d) => (out += String(d)));
  return { server, log: () => out };
}
