// "Handle this delivery once": Slack retries an event it thinks we missed and a signed request
// can be replayed; a WeChat puppet can replay messages after a reconnect. With Redis, one atomic
// SET NX with an expiry decides, so of several instances receiving the same delivery exactly one
// handles it. Without Redis (or while it is away), a bounded set in this process decides; with a
// Keyv store (the WeChat bot's SQLite file) a record there marks a delivery as taken.
import type Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import type { RedisLink } from '../store/redis.ts';

export type Once = (key: string) => Promise<boolean>;

export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;
const REDIS_PREFIX = 'gongkai:once:';

/** Returns a function that is true the first time it sees a key, false after. */
export function createOnce(shared?: RedisLink | Keyv, ttlMs = DEDUPE_TTL_MS): Once {
  const seen = new LRUCache<string, true>({ max: 100_000, ttl: ttlMs });
  const inProcess = (key: string) => {
    if (seen.has(key)) return false;
    seen.set(key, true);
    return true;
  };
  if (!shared) return async (key) => inProcess(key);
  if ('run' in shared) {
    const link = shared;
    return async (key) => {
      if (!link.available()) return inProcess(key);
      try {
        const reply = await link.run((c) => c.set(REDIS_PREFIX + key, '1', { condition: 'NX', expiration: { type: 'PX', value: ttlMs } }));
        if (reply !== 'OK' && reply !== null) {
          link.unexpected('delivery record', reply);
          return inProcess(key);
        }
        seen.set(key, true);
        return reply === 'OK';
      } catch {
        return inProcess(key);
      }
    };
  }
  const store = shared;
  return async (key) => {
    // The in-process set also closes the window between reading and writing the record.
    if (!inProcess(key)) return false;
    if (await store.get(key)) return false;
    await store.set(key, 1, ttlMs);
    return true;
  };
}
