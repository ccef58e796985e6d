// Where one server's sessions outlive the process: the SQLite file. It keeps Keyv's record shape,
// {"value":…,"expires":…} as JSON, under Keyv's namespaced keys, so `gongkai ask --session-url`
// and the server read each other's conversations. (Redis, shared by instances, is shared.ts.)
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Record {
  value: unknown;
  expires?: number;
}

/** Written in batches, behind the answers. */
export interface Durable {
  get(key: string): Promise<Record | undefined>;
  setMany(entries: { key: string; record: Record }[]): Promise<void>;
  /** drops expired records; returns how many */
  sweep(now: number): Promise<number>;
  close(): Promise<void>;
}

type Query = (sql: string, ...params: unknown[]) => Promise<unknown[]>;

const TABLE = 'keyv';
// SQLite takes at most 32,766 bound values a statement; two per row.
const ROWS_PER_STATEMENT = 500;
/** How long a batch write waits for a lock another process holds before it is tried again later. */
const WRITE_BUSY_MS = 5000;
/** How long a read waits: in WAL it needs no writer's lock, so only a checkpoint can hold it up. */
const READ_BUSY_MS = 100;

export async function sqliteDurable(file: string): Promise<Durable> {
  mkdirSync(dirname(file), { recursive: true });
  const { default: KeyvSqlite } = await import('@keyv/sqlite');
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: WRITE_BUSY_MS });
  const query = adapter.query as unknown as Query;
  // WAL: a write does not block readers and commits without rewriting the journal; NORMAL sync
  // is safe in WAL (a crash loses at most the last batch, never the file).
  await query('PRAGMA journal_mode=WAL');
  await query('PRAGMA synchronous=NORMAL');
  // Reads have a connection of their own. On one connection a read queues behind the batch write,
  // and that write may wait seconds for a lock another process holds (a backup, a sqlite3 shell
  // left in a transaction): every follow-up would wait with it. In WAL a reader needs no lock a
  // writer holds, so this connection answers at once.
  const reader = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: READ_BUSY_MS });
  const read = reader.query as unknown as Query;
  return {
    async get(key) {
      const rows = (await read(`SELECT value FROM ${TABLE} WHERE key = ?`, key)) as { value: string }[];
      return rows[0] ? (JSON.parse(rows[0].value) as Record) : undefined;
    },
    async setMany(entries) {
      for (let i = 0; i < entries.length; i += ROWS_PER_STATEMENT) {
        const chunk = entries.slice(i, i + ROWS_PER_STATEMENT);
        const params = chunk.flatMap(({ key, record }) => [key, JSON.stringify(record)]);
        await query(
          `INSERT INTO ${TABLE} (key, value) VALUES ${chunk.map(() => '(?, ?)').join(', ')} ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
          ...params,
        );
      }
    },
    async sweep(now) {
      const rows = (await query(`DELETE FROM ${TABLE} WHERE json_valid(value) AND json_extract(value, '$.expires') < ? RETURNING key`, now)) as unknown[];
      return rows.length;
    },
    close: async () => {
      await Promise.all([adapter.disconnect(), reader.disconnect()]);
    },
  };
}

/** SESSION_URL=memory:// (tests, benchmarks): the process's own memory is all there is. */
export function memoryDurable(): Durable {
  return { get: async () => undefined, setMany: async () => undefined, sweep: async () => 0, close: async () => undefined };
}
