// The session store on disk: an abandoned conversation's row is swept once it has expired, so the
// SQLite file does not grow with every visitor who ever came.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, sweepExpired } from '../src/store/store.ts';
import { tempDir } from './helpers.ts';

describe('session store', () => {
  it('sweeps expired rows from the SQLite file and keeps live ones', async () => {
    const file = join(tempDir(), 'sessions.sqlite');
    const store = await openStore({ url: `sqlite://${file}`, namespace: 'sessions' });
    await store.set('gone', { q: 1 }, 1);
    await store.set('kept', { q: 2 }, 60_000);
    await new Promise((r) => setTimeout(r, 20));
    const raw = store.store as { has(key: string): Promise<boolean> };
    expect(await raw.has('sessions:gone')).toBe(true);
    await sweepExpired(store);
    expect(await raw.has('sessions:gone')).toBe(false);
    expect(await store.get('kept')).toEqual({ q: 2 });
    await store.disconnect();
  });
});
