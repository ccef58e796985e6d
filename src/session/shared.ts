// Conversations shared by several instances through Redis (SESSION_URL=redis://), at one round
// trip a question. Each instance keeps a copy of the conversations it has answered: the exact
// record it last read or wrote. A question is answered from that copy, and the answer goes out only
// once Redis has confirmed, in the same step that stores the new state, that it still holds that
// very record (a compare-and-set in one Lua script). If another instance has changed the
// conversation since, or it has expired, Redis sends what it holds instead and the question is
// answered again from that: a copy never answers for a conversation that has moved on elsewhere.
// While Redis is away, conversations carry on from the copies alone.
import { LRUCache } from 'lru-cache';
import type { Turns } from '../answer/session.ts';
import { frozenJson } from './frozen-json.ts';
import { luaScript } from './lua.ts';
import type { RedisLink } from './redis.ts';

/**
 * KEYS[1] the conversation; ARGV[1] the record the instance answered from ('' for none), ARGV[2]
 * the record to store ('' to leave it), ARGV[3] its time to live in ms. Returns 1 when the
 * conversation was as the instance saw it, else what it holds (nil for nothing).
 */
const COMPARE_AND_SET = `
local held = redis.call('GET', KEYS[1])
if (held or '') ~= ARGV[1] then return held end
if ARGV[2] ~= '' then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`;
const compareAndSet = luaScript(COMPARE_AND_SET);

/**
 * A turn answered this often, each time from a state another instance had changed meanwhile (the
 * same conversation asked on several instances at once), goes out without its state being kept.
 */
const ATTEMPTS = 3;

/** A record as stored: Keyv's shape, {"value":…,"expires":…} as JSON, under Keyv's namespaced key. */
interface Copy {
  raw: string;
  value: unknown;
  expires?: number;
}

function copyOf(raw: string): Copy {
  try {
    const { value, expires } = JSON.parse(raw) as { value?: unknown; expires?: number };
    return { raw, value, expires };
  } catch {
    return { raw, value: undefined }; // unreadable: answered as no conversation, then replaced
  }
}

export interface SharedSessionsOptions {
  /** Keyv's namespace, so the keys are the ones Keyv would use */
  namespace?: string;
  /** conversations this process keeps a copy of (the most recent) */
  maxCopies?: number;
}

export class SharedSessions implements Turns {
  private readonly copies: LRUCache<string, Copy>;
  private readonly namespace: string;

  constructor(private readonly link: RedisLink, { namespace = 'sessions', maxCopies = 20_000 }: SharedSessionsOptions = {}) {
    this.namespace = namespace;
    this.copies = new LRUCache<string, Copy>({ max: maxCopies });
  }

  async turn<T>(key: string, ttlMs: number, reply: (stored: unknown) => Promise<{ result: T; next?: unknown }>): Promise<T> {
    const id = `${this.namespace}:${key}`;
    // What this process last saw stored: compared as it is, answered from only while it is live.
    let seen = this.copies.get(id);
    for (let attempt = 1; ; attempt++) {
      const { result, next } = await reply(seen && live(seen) ? seen.value : undefined);
      if (attempt === ATTEMPTS) return result;
      const expires = Date.now() + ttlMs;
      // Keyv's shape, written out around the state's own JSON (written once per state, see frozenJson).
      const raw = next === undefined ? '' : `{"value":${frozenJson(next)},"expires":${expires}}`;
      let held: unknown;
      try {
        held = await this.link.run((c) => compareAndSet(c, [id], [seen?.raw ?? '', raw, String(ttlMs)]));
      } catch {
        // Redis is away (the link has said so in the log): this process carries the conversation on.
        if (raw) this.copies.set(id, { raw, value: next, expires });
        return result;
      }
      if (held === 1) {
        if (raw) this.copies.set(id, { raw, value: next, expires });
        return result;
      }
      // Changed by another instance, or expired: answered again from what Redis holds.
      seen = typeof held === 'string' ? copyOf(held) : undefined;
      if (seen) this.copies.set(id, seen);
      else this.copies.delete(id);
    }
  }

  /** Nothing waits to be written: each turn is stored before its answer goes out. */
  async close(): Promise<void> {}
}

function live(copy: Copy): boolean {
  return copy.expires === undefined || copy.expires > Date.now();
}
