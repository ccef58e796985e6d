// What a conversation remembers between questions: the last question understood and the report it
// was answered from, so that 「那部分公开呢？」 can take the rest from before. Kept in whatever Keyv
// the channel opened (SQLite by default), so a conversation survives a restart, or in a store of
// turns (Redis, shared by several instances) that reads and replaces it in one step.
import type Keyv from 'keyv';
import { frozenJson } from '../session/frozen-json.ts';
import type { Query } from '../understand/query.ts';
import { trusted, validState } from './state-schema.ts';
import { measureKey, type Measure } from '../understand/measure.ts';

export interface SessionState {
  query: Query;
  report?: string;
  /** the figures given in this conversation, oldest first, the last few (「三个加一起」 adds them) */
  recent?: Measure[];
  /** the figure offered when the last question was declined (「住建 复义 维持」 → 行政复议 结果维持) */
  declined?: Measure;
}

/** How many figures a conversation keeps for 「这俩加一块」「三个加一起」. */
const RECENT = 4;

/** The figures given, with the one this answer gave: only of the same report, each once. */
export function recentAfter(previous: SessionState | undefined, query: Query, report: string): Measure[] | undefined {
  const before = previous?.report === report ? previous.recent ?? [] : [];
  const given = query.intent === 'figure' && query.op === 'value' && query.measures?.length === 1 ? query.measures[0]! : undefined;
  if (!given) return before.length ? before : undefined;
  return [...before.filter((m) => measureKey(m) !== measureKey(given)), given].slice(-RECENT);
}

/**
 * A store where one question's turn reads a conversation and replaces it as one step: `reply`
 * gets what is stored under `key` and returns its result and what to store after it (nothing:
 * leave it as it is). The store may call `reply` more than once, with the state another instance
 * left meanwhile, so `reply` must have no effect of its own.
 */
export interface Turns {
  turn<T>(key: string, ttlMs: number, reply: (stored: unknown) => Promise<{ result: T; next?: unknown }>): Promise<T>;
}

/** The state before a question, and the answer with the state after it. */
export type Reply<T> = (previous: SessionState | undefined) => Promise<{ result: T; state?: SessionState }>;

const KEY = (session: string) => `answer:${session}`;
// A conversation left for a day is over: a new question then starts afresh.
const TTL_MS = 24 * 60 * 60 * 1000;

/** A repeated question leaves the conversation where it was: nothing to write. */
function changed(state: SessionState | undefined, previous: SessionState | undefined): state is SessionState {
  return !!state && state !== previous && (!previous || frozenJson(state) !== frozenJson(previous));
}

/** One question of `session`'s conversation: its state read, `reply` run over it, the new state kept. */
export async function inConversation<T>(sessions: Keyv | Turns, session: string, reply: Reply<T>): Promise<T> {
  if ('turn' in sessions) {
    return sessions.turn(KEY(session), TTL_MS, async (stored) => {
      const previous = validState(stored);
      const { result, state } = await reply(previous);
      return { result, next: changed(state, previous) ? trusted(state) : undefined };
    });
  }
  const previous = await loadState(sessions, session);
  const { result, state } = await reply(previous);
  if (changed(state, previous)) await saveState(sessions, session, trusted(state));
  return result;
}

/** Said once per process: the store's own log (or this warning) is where its failures show. */
let warned = false;
function storeFailed(err: unknown): void {
  if (warned) return;
  warned = true;
  process.emitWarning(`session store failed (${(err as Error)?.message ?? String(err)}); answers go on without follow-ups`, { code: 'GONGKAI_STORE_DOWN' });
}

async function loadState(store: Keyv, session: string): Promise<SessionState | undefined> {
  try {
    return validState(await store.get(KEY(session)));
  } catch (err) {
    storeFailed(err);
    return undefined; // a store that is down costs the follow-up, not the answer
  }
}

async function saveState(store: Keyv, session: string, state: SessionState): Promise<void> {
  try {
    await store.set(KEY(session), state, TTL_MS);
  } catch (err) {
    storeFailed(err); // as above: the answer still goes out
  }
}
