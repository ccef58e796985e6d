// The production Ask: the channels' one call into answer(), over one knowledge base and the shared
// session store. Tests inject their own Ask instead, or build this one over a test knowledge base.
import type Keyv from 'keyv';
import { answer } from '../answer/answer.ts';
import type { LlmReaderLike } from '../llm/tools.ts';
import { kbGetter, type KbSource } from '../kb/source.ts';
import type { Turns } from '../store/turns.ts';
import { ConversationStore } from '../store/conversations.ts';
import type { Ask } from './channel.ts';
import type { ChannelConfig } from './config.ts';
import type { Logger } from './log.ts';
import { lazyLlmReader } from '../llm/from-config.ts';

/** What every answer of a channel shares: the configured default report and the optional model. */
export interface AskSettings {
  defaultReport?: string;
  llm?: LlmReaderLike | null;
}

export function createAsk(source: KbSource, sessions?: Keyv | Turns | ConversationStore, settings: AskSettings = {}): Ask {
  const { defaultReport, llm } = settings;
  // Each question takes the knowledge base of the moment once, and answers from it to the end.
  const current = kbGetter(source);
  if (sessions instanceof ConversationStore) {
    // A new visitor's first question reads nothing and writes nothing to disk (see ConversationStore).
    return (question, { session, report, brief, fresh, today }) =>
      answer(question, { kb: current(), sessions: fresh ? sessions.fresh : sessions.returning, session, report, brief, defaultReport, llm, now: today });
  }
  return (question, { session, report, brief, today }) => answer(question, { kb: current(), sessions, session, report, brief, defaultReport, llm, now: today });
}

/** The answering settings as answer() takes them: the default report, and the model when one is configured. */
export function askSettings(config: Pick<ChannelConfig, 'answering'>, log: Logger): AskSettings {
  const { defaultReport, llm } = config.answering;
  return {
    defaultReport,
    llm: llm ? lazyLlmReader(llm, (r) => log.info({ llm: llm.provider, model: llm.model, ...r }, 'llm')) : null,
  };
}

