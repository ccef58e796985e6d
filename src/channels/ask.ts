// The production Ask: the channels' one call into answer(), over one knowledge base and the shared
// session store. Tests inject their own Ask instead, or build this one over a test knowledge base.
import type Keyv from 'keyv';
import { answer } from '../answer/answer.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Ask } from './channel.ts';

export function createAsk(kb: KnowledgeBase, sessions?: Keyv): Ask {
  return (question, { session, report, brief }) => answer(question, { kb, sessions, session, report, brief });
}
