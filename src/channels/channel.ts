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

/**
 * Splits an Answer for display: answer() writes its citations (and a clarify answer its options,
 * as `· label` lines) into the text so that plain-text clients get everything, while a channel
 * with richer means shows them as a context block, a small caption or buttons instead.
 */
export function presentable(answer: Answer): Presentable {
  // The citation lines the reply itself shows (one per part of a breakdown, not one per cell)
  // are the ones to display; the sources list every cell for programs that want them all.
  const lines = answer.text.split('\n');
  const shown = lines.map((l) => l.trim()).filter((l) => CITATION_LINE.test(l));
  const citations = [...new Set(shown.length ? shown : answer.sources.map((s) => s.citation).filter(Boolean))];
  const drop = new Set([...citations, ...(answer.options ?? []).map((o) => `· ${o.label}`)]);
  const body = lines
    .filter((line) => !drop.has(line.trim()))
    .join('\n')
    .trim();
  return { body: body || answer.text, citations };
}

const CITATION_LINE = /^(?:来源：|Source: )/;

/** `32 件`, or null when the answer carries no single figure. */
export function figureOf(answer: Answer): string | null {
  if (answer.kind !== 'figure' || answer.value === null) return null;
  return answer.unit ? `${answer.value} ${answer.unit}` : String(answer.value);
}
