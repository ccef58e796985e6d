// The session disk is full: every batch write and every sweep fails, alternating, several times a
// second, while reads still work. The log says once that writes fail and once that sweeps do, and
// once each that they work again, however many times they failed meanwhile.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/channels/log.ts';
import type { Durable, Record } from '../src/store/durable.ts';
import { storeHealth } from '../src/store/health.ts';
import { ConversationStore } from '../src/store/conversations.ts';

describe('a session store whose disk is full', () => {
  it('logs each failing operation once, and once when it works again', async () => {
    const lines: { msg: string; what: string; failures?: number }[] = [];
    const sink = new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const health = storeHealth(createLogger(sink, 'info'));
    let full = true;
    const kept = new Map<string, Record>();
    const noSpace = () => Promise.reject(Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' }));
    let failures = 0;
    const durable: Durable = {
      get: async (key) => kept.get(key),
      setMany: (entries) => (full ? (failures++, noSpace()) : (entries.forEach(({ key, record }) => kept.set(key, record)), Promise.resolve())),
      sweep: () => (full ? (failures++, noSpace()) : Promise.resolve(0)),
      close: async () => undefined,
    };
    const store = new ConversationStore({ durable, flushEveryMs: 5, sweepEveryMs: 7, onError: health.failed, onOk: health.worked });
    // Conversations keep coming: each follow-up makes a write that fails.
    for (let i = 0; failures < 40; i++) {
      await store.returning.set(`k${i % 3}`, { n: i });
      await store.returning.get(`k${i % 3}`);
      await new Promise((r) => setTimeout(r, 3));
    }
    full = false;
    await store.flush();
    for (let i = 0; i < 200 && lines.filter((l) => l.msg === 'session store works again').length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    await store.close();
    expect(failures).toBeGreaterThanOrEqual(40);
    const failed = lines.filter((l) => l.msg.startsWith('session store failed'));
    const again = lines.filter((l) => l.msg === 'session store works again');
    expect(failed.map((l) => l.what).sort()).toEqual(['sweep', 'write']);
    expect(again.map((l) => l.what).sort()).toEqual(['sweep', 'write']);
    expect(again.reduce((n, l) => n + l.failures!, 0)).toBe(failures);
    expect(lines).toHaveLength(4);
    // What was waiting was written once the disk had room.
    expect(kept.size).toBe(3);
  }, 30_000);
});
