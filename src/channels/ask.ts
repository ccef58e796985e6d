// The production Ask: the channels' one call into answer(), over one knowledge base and the shared
// session store. Tests inject their own Ask instead, or build this one over a test knowledge base.
import Keyv from 'keyv';
import { answer } from '../answer/answer.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { SessionStore } from '../session/sessions.ts';
import type { Ask } from './channel.ts';

export function createAsk(kb: KnowledgeBase, sessions?: Keyv | SessionStore): Ask {
  if (sessions === undefined || sessions instanceof Keyv) {
    return (question, { session, report, brief }) => answer(question, { kb, sessions, session, report, brief });
  }
  // A new visitor's first question reads nothing and writes nothing to disk (see SessionStore).
  return (question, { session, report, brief, fresh }) =>
    answer(question, { kb, sessions: fresh ? sessions.fresh : sessions.returning, session, report, brief });
}
