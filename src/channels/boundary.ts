// grammY's errorBoundary: one failing answer is logged and turned into an apology for that one
// user; it never takes the channel down with it. Also the single place that writes the
// "one line per answer" log record, so every channel logs the same fields.
import type { Answer } from '../answer/types.ts';
import { GongkaiError } from '../errors.ts';
import type { Ask, AskOptions } from './channel.ts';
import type { Logger } from './log.ts';

export type Outcome = { ok: true; answer: Answer } | { ok: false; error: GongkaiError };

export async function askSafely(
  ask: Ask,
  question: string,
  options: AskOptions,
  { channel, log, now = () => performance.now() }: { channel: string; log: Logger; now?: () => number },
): Promise<Outcome> {
  const started = now();
  try {
    const answer = await ask(question, options);
    const latencyMs = Math.round(now() - started);
    // No question text and no session key: the log is for operations, not for reading chats.
    log.info({ channel, kind: answer.kind, latencyMs, report: options.report }, 'answer');
    return { ok: true, answer };
  } catch (err) {
    // The cause (with its stack) goes into the log; the user sees only the code.
    const error = GongkaiError.wrap(err, 'answer_failed');
    const latencyMs = Math.round(now() - started);
    log.error({ channel, code: error.code, latencyMs, err: error }, 'answer failed');
    return { ok: false, error };
  }
}

/** What a chat user sees when answering failed: short, Chinese, with a code to quote in a bug report. */
export function apology(error: GongkaiError): string {
  return `抱歉，暂时无法回答这个问题，请稍后再试。（错误代码：${error.code}）`;
}
