// Questions per session per minute, as fixed one-minute windows: counted in Redis when
// SESSION_URL is Redis, so the count holds across instances, in this process otherwise. Keyv has no atomic increment: within a
// process the per-key queue keeps counts exact; across instances two simultaneous requests can
// both read the same count, which lets a burst overshoot by at most one per instance.
import type Keyv from 'keyv';

export interface RateDecision {
  allowed: boolean;
  /** seconds until the current window ends */
  retryAfter: number;
}

export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
}

export function createRateLimiter({
  store,
  limit,
  windowMs = 60_000,
  now = Date.now,
}: {
  /** shared counts (Redis, for several instances); without one, counts live in this process */
  store?: Keyv;
  /** questions allowed per window; 0 turns limiting off */
  limit: number;
  windowMs?: number;
  now?: () => number;
}): RateLimiter {
  const queues = new Map<string, Promise<unknown>>();

  function serialised<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  }

  // In-process counts are for the current window only: a new window starts them afresh, so
  // nothing piles up in memory or on disk however many sessions come and go.
  let localWindow = -1;
  const local = new Map<string, number>();

  return {
    async hit(key) {
      const t = now();
      const window = Math.floor(t / windowMs);
      const retryAfter = Math.max(1, Math.ceil(((window + 1) * windowMs - t) / 1000));
      if (limit <= 0) return { allowed: true, retryAfter };
      if (!store) {
        if (window !== localWindow) {
          local.clear();
          localWindow = window;
        }
        const count = (local.get(key) ?? 0) + 1;
        local.set(key, count);
        return { allowed: count <= limit, retryAfter };
      }
      const slot = `${key}@${window}`;
      const count = await serialised(slot, async () => {
        const next = ((await store.get<number>(slot)) ?? 0) + 1;
        await store.set(slot, next, windowMs);
        return next;
      });
      return { allowed: count <= limit, retryAfter };
    },
  };
}
