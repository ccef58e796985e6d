// The Receiver idea from bolt-js: every transport (fastify, Bolt, Wechaty) hides behind the same
// three verbs, so `gongkai serve` can start and stop whatever the environment configures without
// knowing how each one talks to the outside world.
import type { Answer } from '../answer/types.ts';

export interface AskOptions {
  /** channel-scoped session key: `web:…`, `slack:team:user`, `wechat:contact` */
  session: string;
  /** restrict the question to one report id */
  report?: string;
  /** the terse operator style */
  brief?: boolean;
}

/**
 * The one thing a channel needs from the rest of Gongkai. Injected (the wechaty "swap the puppet"
 * idea) so that tests can run a channel against a fake or against the real `answer()`.
 */
export type Ask = (question: string, options: AskOptions) => Promise<Answer>;

export interface Channel {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The citations a reply shows under the answer text: each once, and not again when the answer
 * text already quotes it (answer() may put the citation into the text itself).
 */
export function citationsOf(answer: Answer): string[] {
  const seen = new Set<string>();
  for (const s of answer.sources) {
    if (s.citation && !answer.text.includes(s.citation)) seen.add(s.citation);
  }
  return [...seen];
}

/** `32 件`, or null when the answer carries no single figure. */
export function figureOf(answer: Answer): string | null {
  if (answer.kind !== 'figure' || answer.value === null) return null;
  return answer.unit ? `${answer.value} ${answer.unit}` : String(answer.value);
}
