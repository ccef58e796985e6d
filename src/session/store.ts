// One small key-value store for sessions, caches and de-duplication records (the grammY
// StorageAdapter idea): an embedded SQLite file by default, Redis when SESSION_URL says so, or
// memory for tests and benchmarks. Everything above sees only Keyv.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv from 'keyv';

export const DEFAULT_SESSION_FILE = '.gongkai/sessions.sqlite';

export interface StoreOptions {
  /** redis://host:port, sqlite://path, or memory:// ; default: the SQLite file */
  url?: string;
  namespace: string;
}

export async function openStore({ url, namespace }: StoreOptions): Promise<Keyv> {
  const target = url ?? process.env.SESSION_URL ?? `sqlite://${DEFAULT_SESSION_FILE}`;
  if (target.startsWith('memory:')) return new Keyv({ namespace });
  if (target.startsWith('redis://') || target.startsWith('rediss://')) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    // throwOnConnectError false: a Redis that is down makes reads miss instead of crashing answers.
    const adapter = new KeyvRedis(target, { throwOnConnectError: false, throwOnErrors: false });
    return new Keyv({ store: adapter, namespace, throwOnErrors: false });
  }
  if (target.startsWith('sqlite://')) {
    const file = target.slice('sqlite://'.length);
    mkdirSync(dirname(file), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    return new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 }), namespace });
  }
  throw new Error(`SESSION_URL ${target}: expected redis://, sqlite:// or memory://`);
}
