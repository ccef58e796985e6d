// What a conversation remembers between questions: the last question understood and the report it
// was answered from, so that 「那部分公开呢？」 can take the rest from before. Kept in whatever Keyv
// the channel opened (SQLite by default), so a conversation survives a restart, or in a store of
// turns (Redis, shared by several instances) that reads and replaces it in one step.
import type Keyv from 'keyv';
import { frozenJson } from '../store/frozen-json.ts';
import type { Turns } from '../store/turns.ts';
import type { Query } from '../understand/query.ts';
import { measureKey, type Measure } from '../understand/measure.ts';
import { trusted, validState, type ConversationState } from './state-schema.ts';

/** How many figures a conversation keeps for 「这俩加一块」「三个加一起」. */
const RECENT = 4;

/** The figures given, with the one this answer gave: only of the same report, each once. */
export function recentAfter(previous: ConversationState | undefined, query: Query, report: string): Measure[] | undefined {
  const before = previous?.report === report ? previous.recent ?? [] : [];
  const given = query.intent === 'figure' && query.op === 'value' && query.measures?.length === 1 ? query.measures[0]! : undefined;
  if (!given) return before.length ? before : undefined;
  return [...before.filter((m) => measureKey(m) !== measureKey(given)), given].slice(-RECENT);
}

/** The state before a question, and the answer with the state after it. */
export type Reply<T> = (previous: ConversationState | undefined) => Promise<{ result: T; state?: ConversationState }>;

const KEY = (session: string) => `answer:${session}`;
// A conversation left for a day is over: a new question then starts afresh.
const TTL_MS = 24 * 60 * 60 * 1000;

/** A repeated question leaves the conversation where it was: nothing to write. */
function changed(state: ConversationState | undefined, previous: ConversationState | undefined): state is ConversationState {
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

async function loadState(store: Keyv, session: string): Promise<ConversationState | undefined> {
  try {
    return validState(await store.get(KEY(session)));
  } catch (err) {
    storeFailed(err);
    return undefined; // a store that is down costs the follow-up, not the answer
  }
}

async function saveState(store: Keyv, session: string, state: ConversationState): Promise<void> {
  try {
    await store.set(KEY(session), state, TTL_MS);
  } catch (err) {
    storeFailed(err); // as above: the answer still goes out
  }
}
