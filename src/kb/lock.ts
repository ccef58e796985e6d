// One writer at a time per knowledge base: imports take a lock file in its folder while they
// compare and write, so two imports of the same reports cannot both decide that the file they
// read is the one they are replacing. The lock holds the writer's process id and host: a lock
// left by a process that died (kill -9 mid-import) is taken over, not waited on for good.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { GongkaiError } from '../errors.ts';

export const LOCK_FILE = '.import.lock';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

export interface LockOptions {
  /** how long to wait for another import to finish writing */
  waitMs?: number;
  /** hears once that the lock is held by another live import, and by whom */
  onWait?: (message: string) => void;
}

/** Runs `write` holding the knowledge base's lock; waits while another live import holds it. */
export function withKbLock<T>(dir: string, write: () => T, { waitMs = 60_000, onWait }: LockOptions = {}): T {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(path);
    if (holder && isDead(holder)) {
      // Another waiter may have taken it over meanwhile: remove only the dead holder's lock.
      if (JSON.stringify(readHolder(path)) === JSON.stringify(holder)) rmSync(path, { force: true });
      continue;
    }
    const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'another process';
    if (holder && !told) {
      told = true;
      onWait?.(`waiting for another import (${who}) to finish writing ${dir}`);
    }
    if (Date.now() >= deadline) {
      throw new GongkaiError('kb_busy', `${dir}: another import (${who}) is writing this knowledge base; try again when it ends, or remove ${path} if none is running`);
    }
    sleep(holder ? 50 : 5);
  }
  try {
    return write();
  } finally {
    rmSync(path, { force: true });
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? { pid: h.pid, host: h.host, since: String(h.since) } : undefined;
  } catch {
    // Gone, or not yet written by its creator: look again.
    return undefined;
  }
}

/** Only a process on this host can be known dead; a lock from another host is waited on. */
function isDead(h: Holder): boolean {
  if (h.host !== hostname()) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}
