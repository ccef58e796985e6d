// What a conversation remembers between questions: the last question understood and the report it
// was answered from, so that 「那部分公开呢？」 can take the rest from before. Kept in whatever Keyv
// the channel opened (SQLite by default), so a conversation survives a restart.
import type Keyv from 'keyv';
import type { Query } from '../understand/query.ts';

export interface SessionState {
  query: Query;
  report?: string;
}

const KEY = (session: string) => `answer:${session}`;
// A conversation left for a day is over: a new question then starts afresh.
const TTL_MS = 24 * 60 * 60 * 1000;

function isState(v: unknown): v is SessionState {
  const q = (v as SessionState | undefined)?.query;
  return !!q && typeof q.intent === 'string' && (q.measures === undefined || Array.isArray(q.measures));
}

/** Said once per process: the store's own log (or this warning) is where its failures show. */
let warned = false;
function storeFailed(err: unknown): void {
  if (warned) return;
  warned = true;
  process.emitWarning(`session store failed (${(err as Error)?.message ?? String(err)}); answers go on without follow-ups`, { code: 'GONGKAI_STORE_DOWN' });
}

export async function loadState(store: Keyv, session: string): Promise<SessionState | undefined> {
  try {
    const v: unknown = await store.get(KEY(session));
    return isState(v) ? v : undefined;
  } catch (err) {
    storeFailed(err);
    return undefined; // a store that is down costs the follow-up, not the answer
  }
}

export async function saveState(store: Keyv, session: string, state: SessionState): Promise<void> {
  try {
    await store.set(KEY(session), state, TTL_MS);
  } catch (err) {
    storeFailed(err); // as above: the answer still goes out
  }
}
