// Another process holds a write lock on the session file (a backup, a sqlite3 shell left in a
// transaction): the batch write waits for it, and follow-ups must not wait behind that write.
// Reads have their own connection, so a read answers while the write is still waiting.
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it } from 'vitest';
import { sqliteDurable } from '../src/store/durable.ts';
import { tempDir } from './helpers.ts';

describe('a session file another process has locked for writing', () => {
  it('a read answers while the batch write waits for the lock', async () => {
    const file = join(tempDir('gongkai-locked-'), 'sessions.sqlite');
    const durable = await sqliteDurable(file);
    await durable.setMany([{ key: 'sessions:old', record: { value: { q: 1 } } }]);

    // The other holder: its own connection, inside a write transaction.
    const other = new KeyvSqlite({ uri: `sqlite://${file}` });
    await other.query('BEGIN IMMEDIATE');
    await other.query(`INSERT INTO keyv (key, value) VALUES ('elsewhere', '{}')`);

    const order: string[] = [];
    const writing = durable.setMany([{ key: 'sessions:new', record: { value: { q: 2 } } }]).then(() => order.push('write'), () => order.push('write failed'));
    await new Promise((r) => setTimeout(r, 50)); // the write is now waiting on the lock
    const read = await durable.get('sessions:old');
    order.push('read');
    expect(read).toEqual({ value: { q: 1 } });

    await other.query('COMMIT');
    await writing;
    // The read came back first; the write went through once the lock was let go.
    expect(order).toEqual(['read', 'write']);
    expect(await durable.get('sessions:new')).toEqual({ value: { q: 2 } });
    await other.disconnect();
    await durable.close();
  }, 30_000);
});
