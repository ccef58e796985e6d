// "Handle this delivery once": Slack retries an event it thinks we missed, and a WeChat puppet can
// replay messages after a reconnect. A record in the Keyv store (shared through Redis when
// SESSION_URL points there) marks a delivery as taken; the in-process set closes the window
// between reading and writing that record when two copies arrive at the same moment.
import type Keyv from 'keyv';

export type Once = (key: string) => Promise<boolean>;

export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

/** Returns a function that is true the first time it sees a key, false after. */
export function createOnce(store: Keyv, ttlMs = DEDUPE_TTL_MS): Once {
  const claiming = new Set<string>();
  return async (key) => {
    if (claiming.has(key)) return false;
    claiming.add(key);
    try {
      if (await store.get(key)) return false;
      await store.set(key, 1, ttlMs);
      return true;
    } finally {
      claiming.delete(key);
    }
  };
}
