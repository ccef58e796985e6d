// What the bot does in Slack, independent of how events arrive (HTTP or Socket Mode): answer an
// @mention in its thread, a direct message in the DM, `/gongkai 问题`, and a click on a clarify
// option. Each reply is one askSafely() call, so a failure is one apology, not a crashed app.
import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import { askSafely, apology } from '../boundary.ts';
import type { Ask } from '../channel.ts';
import type { Logger } from '../log.ts';
import type { Once } from '../once.ts';
import { ASK_ACTION, answerMessage, plainMessage, questionFromSlackText, type SlackMessage } from './blocks.ts';

export const SLASH_COMMAND = '/gongkai';
const USAGE = '用法：/gongkai 问题，例如 /gongkai 有多少申请予以公开？';

export interface SlackDeps {
  ask: Ask;
  /** dedupe of deliveries: event ids, trigger ids */
  once: Once;
  log: Logger;
}

export function slackSession(team: string | undefined, user: string): string {
  return `slack:${team ?? 'unknown'}:${user}`;
}

export function registerSlackHandlers(app: App, { ask, once, log }: SlackDeps): void {
  app.use(dropRedeliveries(once, log));

  const reply = async (question: string, session: string, echo = false): Promise<SlackMessage> => {
    const outcome = await askSafely(ask, question, { session }, { channel: 'slack', log });
    if (!outcome.ok) return plainMessage(apology(outcome.error));
    return answerMessage(outcome.answer, echo ? { question } : {});
  };

  app.event('app_mention', async ({ event, body, client }) => {
    if (!event.user) return;
    const question = questionFromSlackText(event.text);
    const message = question ? await reply(question, slackSession(body.team_id, event.user)) : plainMessage(USAGE);
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...message });
  });

  app.message(async ({ message, body, client }) => {
    // Only plain user messages in a DM: channel messages come as app_mention, and edits, joins
    // and bot posts (our own replies included) carry a subtype or a bot_id.
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id) return;
    const question = questionFromSlackText(message.text);
    if (!question) return;
    const team = 'team_id' in body && typeof body.team_id === 'string' ? body.team_id : undefined;
    const answer = await reply(question, slackSession(team, message.user));
    await client.chat.postMessage({ channel: message.channel, thread_ts: message.thread_ts, ...answer });
  });

  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    const question = questionFromSlackText(command.text);
    if (!question) {
      await ack({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    // Acknowledge first: Slack wants the HTTP 200 within 3 s, and the answer goes to
    // response_url, which stays valid for 30 minutes.
    await ack();
    await respond({ response_type: 'ephemeral', ...(await reply(question, slackSession(command.team_id, command.user_id), true)) });
  });

  app.action(new RegExp(`^${ASK_ACTION}:`), async ({ ack, action, body, respond }) => {
    await ack();
    if (action.type !== 'button' || !action.value) return;
    // The clarify message turns into the answer to the option the user picked.
    await respond({ replace_original: true, ...(await reply(action.value, slackSession(body.team?.id, body.user.id), true)) });
  });
}

/**
 * Slack redelivers an event it thinks we missed (X-Slack-Retry-Num) with the same event_id, and a
 * signed slash command or button click can be sent again within its 5 minutes: each carries a
 * trigger_id that Slack never reuses. Bolt has already verified the request by the time
 * middleware runs; a repeat is acknowledged (so Slack stops retrying) and not answered again.
 */
function dropRedeliveries(once: Once, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, next, context } = args;
    const { event_id: eventId, trigger_id: triggerId, team_id: teamId, team } = body as {
      event_id?: unknown;
      trigger_id?: unknown;
      team_id?: unknown;
      team?: { id?: unknown } | null;
    };
    const teamKey = String(teamId ?? team?.id);
    const delivery = typeof eventId === 'string' ? `event:${teamKey}:${eventId}` : typeof triggerId === 'string' ? `trigger:${teamKey}:${triggerId}` : undefined;
    if (delivery && !(await once(delivery))) {
      log.info({ channel: 'slack', delivery: delivery.split(':')[0], eventId, retryNum: context.retryNum }, 'repeated delivery dropped');
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    await next();
  };
}
