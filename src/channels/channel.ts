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
  /** the day the question is asked (for 今年/去年); the system date when absent */
  today?: Date;
  /** the session was issued with this very request: nothing can be stored under it yet */
  fresh?: boolean;
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

export interface Presentable {
  /** the answer text without its citation lines (and without the option list when options are given) */
  body: string;
  /** each citation once, in source order */
  citations: string[];
}

/** An Answer for display: answer() gives its body, citations and options apart; nothing is parsed back. */
export function presentable(answer: Answer): Presentable {
  return { body: answer.body || answer.text, citations: answer.citations };
}

/** `32 件`, or null when the answer carries no single figure. */
export function figureOf(answer: Answer): string | null {
  if (answer.kind !== 'figure' || answer.value === null) return null;
  return answer.unit ? `${answer.value} ${answer.unit}` : String(answer.value);
}
