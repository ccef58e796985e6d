// Conversations shared by several instances through Redis (SESSION_URL=redis://), at one round
// trip a question. Each instance keeps a copy of the conversations it has answered: the exact
// record it last read or wrote. A question is answered from that copy, and the answer goes out only
// once Redis has confirmed, in the same step that stores the new state, that it still holds that
// very record (a compare-and-set in one Lua script). If another instance has changed the
// conversation since, or it has expired, Redis sends what it holds instead and the question is
// answered again from that: a copy never answers for a conversation that has moved on elsewhere.
// While Redis is away, conversations carry on from the copies alone; when it comes back with older
// records (restored from its save) or none, the newer of the copy and the record wins, by the time
// each record carries.
import { LRUCache } from 'lru-cache';
import type { Turns } from './turns.ts';
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

/**
 * A record as stored: Keyv's shape, {"value":…,"expires":…} as JSON, under Keyv's namespaced key,
 * with the time the state was stored beside them ("at", which Keyv ignores).
 */
interface Copy {
  raw: string;
  value: unknown;
  expires?: number;
  /** when the state was stored (ms); always later than the state it was answered from */
  at: number;
}

function copyOf(raw: string): Copy {
  try {
    const { value, expires, at } = JSON.parse(raw) as { value?: unknown; expires?: number; at?: unknown };
    return { raw, value, expires, at: typeof at === 'number' && Number.isFinite(at) ? at : 0 };
  } catch {
    return { raw, value: undefined, at: 0 }; // unreadable: answered as no conversation, then replaced
  }
}

/**
 * Whether this process's copy is newer than what Redis holds: Redis went away while the
 * conversation went on here, and came back with what it had saved before (or with nothing).
 * Then the copy wins; when another instance stored the conversation after this copy was made
 * (it moved on, or began afresh while Redis was back), Redis wins. Instances' clocks are taken
 * to agree to well within the time between two questions of one conversation.
 */
function copyIsNewer(copy: Copy | undefined, held: Copy | undefined): copy is Copy {
  return !!copy && live(copy) && copy.at > (held?.at ?? 0);
}

export interface SharedConversationsOptions {
  /** Keyv's namespace, so the keys are the ones Keyv would use */
  namespace?: string;
  /** conversations this process keeps a copy of (the most recent) */
  maxCopies?: number;
}

export class SharedConversations implements Turns {
  private readonly copies: LRUCache<string, Copy>;
  private readonly namespace: string;

  constructor(private readonly link: RedisLink, { namespace = 'sessions', maxCopies = 20_000 }: SharedConversationsOptions = {}) {
    this.namespace = namespace;
    this.copies = new LRUCache<string, Copy>({ max: maxCopies });
  }

  async turn<T>(key: string, ttlMs: number, reply: (stored: unknown) => Promise<{ result: T; next?: unknown }>): Promise<T> {
    const id = `${this.namespace}:${key}`;
    // What this process last saw stored: compared as it is, answered from only while it is live.
    let seen = this.copies.get(id);
    // Set when Redis came back with an older record: this copy's state is written back even when
    // the question leaves it as it is.
    let restore: unknown;
    for (let attempt = 1; ; attempt++) {
      const answered = await reply(seen && live(seen) ? seen.value : undefined);
      const { result } = answered;
      const next = answered.next ?? restore;
      if (attempt === ATTEMPTS) return result;
      const expires = Date.now() + ttlMs;
      // Keyv's shape, written out around the state's own JSON (written once per state, see frozenJson).
      const at = Math.max(Date.now(), (seen?.at ?? 0) + 1);
      const raw = next === undefined ? '' : `{"value":${frozenJson(next)},"expires":${expires},"at":${at}}`;
      /** The answer goes out, and this process keeps the state it stored (or would have). */
      const kept = () => {
        if (raw) this.copies.set(id, { raw, value: next, expires, at });
        return result;
      };
      let held: unknown;
      try {
        held = await this.link.run((c) => compareAndSet(c, [id], [seen?.raw ?? '', raw, String(ttlMs)]));
      } catch {
        // Redis is away (the link has said so in the log): this process carries the conversation on.
        return kept();
      }
      if (held !== 1 && held !== null && typeof held !== 'string') {
        // Not a reply the script can give: treated like Redis away, the conversation goes on here.
        this.link.unexpected('conversation compare-and-set', held);
        return kept();
      }
      if (held === 1) return kept();
      const theirs = typeof held === 'string' ? copyOf(held) : undefined;
      if (copyIsNewer(seen, theirs)) {
        // Redis rolled back: answered again from this copy, compared with what Redis holds, so
        // that storing the answer's state replaces the older record.
        seen = { ...seen, raw: theirs?.raw ?? '' };
        restore = seen.value;
        continue;
      }
      // Changed by another instance, or expired: answered again from what Redis holds.
      seen = theirs;
      restore = undefined;
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
