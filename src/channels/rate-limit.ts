// Questions per session and per address, counted by @fastify/rate-limit. Its counts live in Redis
// when SESSION_URL is Redis (one atomic INCR per question, so several instances hold one limit
// exactly), and in this process otherwise, and also while Redis is away: the limit never stops
// limiting. The Redis link says once in the log when it goes away and when it is back, and once when
// it answers the count with anything but two whole numbers (then this process counts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { LRUCache } from 'lru-cache';
import { luaScript } from '../store/lua.ts';
import type { RedisLink } from '../store/redis.ts';

const WINDOW_MS = 60_000;
const KEY_PREFIX = 'gongkai:rate:';

// One step: count, start the window on the first count, report the count and the time left.
const INCR = `
local current = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if current == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}`;
const count = luaScript(INCR);

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** The script's {count, ms left} when the reply has that shape, else undefined. */
export function countedReply(reply: unknown): Counted | undefined {
  if (!Array.isArray(reply) || reply.length !== 2) return undefined;
  const [current, ttl] = reply as unknown[];
  if (typeof current !== 'number' || !Number.isSafeInteger(current) || current < 1) return undefined;
  if (typeof ttl !== 'number' || !Number.isSafeInteger(ttl) || ttl < 0) return undefined;
  return { current, ttl };
}

/** Fixed windows in this process; a bounded map, so no count piles up whatever keys arrive. */
export class LocalCounts {
  private readonly windows = new LRUCache<string, { count: number; ends: number }>({ max: 100_000 });
  incr(key: string, windowMs: number): Counted {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || w.ends <= now) this.windows.set(key, (w = { count: 0, ends: now + windowMs }));
    w.count += 1;
    return { current: w.count, ttl: w.ends - now };
  }
}

/** The store class @fastify/rate-limit instantiates: Redis while it answers, this process otherwise. */
function countsStore(link: RedisLink | undefined) {
  const local = new LocalCounts();
  class Counts {
    incr(key: string, callback: Callback, timeWindow: number): void {
      const inProcess = () => callback(null, local.incr(key, timeWindow));
      if (!link?.available()) return inProcess();
      link
        .run((c) => count(c, [KEY_PREFIX + key], [String(timeWindow)]))
        .then((reply) => {
          const counted = countedReply(reply);
          if (counted) return callback(null, counted);
          // nil, a number, a string…: never trusted as a count (a string once read as "not over").
          link.unexpected('rate count', reply);
          inProcess();
        }, inProcess);
    }
    child(): Counts {
      return this;
    }
  }
  return Counts;
}

export interface RateLimitOptions {
  /** questions per session per minute; 0 = off */
  limit: number;
  /** one address may ask this many times the per-session limit (several people behind one NAT) */
  addressFactor: number;
  /** the key a request's session is counted under */
  sessionKey: (request: FastifyRequest) => string;
}

export type RateCheck = (request: FastifyRequest) => Promise<{ retryAfter: number } | undefined>;

/** Registers the counting plugin (nothing when the limit is off). */
export function registerRateLimit(app: FastifyInstance, { limit, link }: { limit: number; link?: RedisLink }): void {
  if (limit > 0) app.register(fastifyRateLimit, { global: false, store: countsStore(link) as never, timeWindow: WINDOW_MS });
}

/** Within a scope registered after registerRateLimit: says when a request is over either limit. */
export function rateCheck(scope: FastifyInstance, { limit, addressFactor, sessionKey }: RateLimitOptions): RateCheck {
  if (limit <= 0) return async () => undefined;
  // A client can name any session it likes; the address bounds what one client can send in all.
  const checks = [
    scope.createRateLimit({ max: limit * addressFactor, timeWindow: WINDOW_MS, keyGenerator: (r) => `addr:${r.ip}` }),
    scope.createRateLimit({ max: limit, timeWindow: WINDOW_MS, keyGenerator: sessionKey }),
  ];
  return async (request) => {
    for (const check of checks) {
      const decision = await check(request);
      if (!decision.isAllowed && decision.isExceeded) return { retryAfter: Math.max(1, decision.ttlInSeconds) };
    }
    return undefined;
  };
}
