// One small key-value store for sessions, caches and de-duplication records (the grammY
// StorageAdapter idea): an embedded SQLite file by default, Redis when SESSION_URL says so, or
// memory for tests and benchmarks. Everything above sees only Keyv. Conversations (what a chat
// remembers between questions, under its session id) are kept by a ConversationStore
// (conversations.ts) or, across instances, by SharedConversations (shared-conversations.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv from 'keyv';
import { GongkaiError } from '../errors.ts';
import { memoryDurable, sqliteDurable } from './durable.ts';
import type { LinkLog, RedisLimits, RedisLink } from './redis.ts';
import type { StoreHealth } from './health.ts';
import { ConversationStore } from './conversations.ts';
import { SharedConversations } from './shared-conversations.ts';
import { redactUrl, storeAddress } from './url.ts';

export interface StoreOptions {
  /** redis://host:port, sqlite://path, or memory:// ; default: the SQLite file */
  url?: string;
  namespace: string;
}

export async function openStore({ url, namespace }: StoreOptions): Promise<Keyv> {
  const address = storeAddress(url);
  if (address?.kind === 'memory') return sweeping(new Keyv({ namespace }));
  if (address?.kind === 'redis') {
    const target = address.url;
    const { default: KeyvRedis } = await import('@keyv/redis');
    // A Redis that goes away must not stall answers: commands fail at once instead of queueing
    // (disableOfflineQueue), reads then miss, and the client keeps reconnecting in the background,
    // so sessions resume when Redis is back.
    const adapter = new KeyvRedis(
      {
        url: target,
        disableOfflineQueue: true,
        socket: { connectTimeout: 1000, reconnectStrategy: (attempt: number) => Math.min(100 * 2 ** attempt, 2000) },
      },
      { throwOnConnectError: false, throwOnErrors: false, connectionTimeout: 1000 },
    );
    return withWarning(new Keyv({ store: adapter, namespace, throwOnErrors: false }), target);
  }
  if (address?.kind === 'sqlite') {
    const { file } = address;
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (err) {
      throw new GongkaiError('store_unavailable', `session store ${file} cannot be created: ${(err as Error).message}`, { file }, { cause: err });
    }
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    return sweeping(new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 }), namespace }));
  }
  throw new GongkaiError('bad_config', `session store ${url}: expected redis://, sqlite:// or memory://`);
}

/**
 * Where the server keeps conversations for SESSION_URL, and the Redis link when it is Redis;
 * `health` hears of failed and working writes, sweeps and reads of the file.
 */
export async function openConversations(
  url: string | undefined,
  redis: RedisLimits,
  log: LinkLog,
  health?: StoreHealth,
): Promise<{ sessions: ConversationStore | SharedConversations; link?: RedisLink }> {
  const onError = health?.failed;
  const onOk = health?.worked;
  const address = storeAddress(url);
  if (address?.kind === 'memory') return { sessions: new ConversationStore({ durable: memoryDurable(), onError, onOk }) };
  if (address?.kind === 'redis') {
    // The Redis client loads only when sessions live in Redis.
    const { openRedisLink } = await import('./redis.ts');
    const link = openRedisLink(address.url, redis, log);
    return { sessions: new SharedConversations(link), link };
  }
  if (address?.kind === 'sqlite') {
    const { file } = address;
    try {
      return { sessions: new ConversationStore({ durable: await sqliteDurable(file), onError, onOk }) };
    } catch (err) {
      throw new GongkaiError('store_unavailable', `session store ${file} cannot be opened: ${(err as Error).message}`, { file }, { cause: err });
    }
  }
  throw new GongkaiError('bad_config', `SESSION_URL ${url}: expected redis://, sqlite:// or memory://`);
}

/** One warning when the store fails, one note when it works again; never an unhandled error. */
function withWarning(store: Keyv, target: string): Keyv {
  let down = false;
  const redacted = redactUrl(target);
  store.on('error', (err: Error) => {
    if (down) return;
    down = true;
    process.emitWarning(`session store ${redacted} unavailable (${err.message}); answers go on without follow-ups`, { code: 'GONGKAI_STORE_DOWN' });
  });
  const adapter = store.store as { client?: { on?: (e: string, f: () => void) => void } };
  adapter.client?.on?.('ready', () => {
    down = false;
  });
  return store;
}

const SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * SQLite and memory drop an expired entry only when it is read again, and an abandoned
 * conversation never is: walking the store now and then (Keyv deletes what has expired as it
 * goes) keeps it from growing without bound. Redis expires keys by itself.
 */
function sweeping(store: Keyv): Keyv {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sweepExpired(store);
    } catch (err) {
      // tried again next time
      process.emitWarning(`session store sweep failed: ${(err as Error).message}`, { code: 'GONGKAI_STORE_SWEEP' });
    } finally {
      running = false;
    }
  }, SWEEP_EVERY_MS);
  timer.unref();
  return store;
}

export async function sweepExpired(store: Keyv): Promise<void> {
  if (!store.iterator) return;
  for await (const entry of store.iterator(undefined)) void entry;
}
