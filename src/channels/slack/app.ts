// The two ways Slack reaches the bot. HTTP events: Bolt's own HTTPReceiver (signature check
// included), not started on a port of its own but mounted into the fastify server at
// /slack/events, so one port serves the web chat and Slack. Bolt refuses a request stamped more
// than 5 minutes ago; one stamped in the future is refused here, before Bolt sees it. Socket Mode: Bolt opens a
// WebSocket to Slack, for hosts that cannot take inbound requests.
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import type { Ask, Channel } from '../channel.ts';
import type { SlackConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Once } from '../once.ts';
import { registerSlackHandlers } from './handlers.ts';
import { boltLogger } from './logger.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackChannelDeps {
  ask: Ask;
  log: Logger;
  /** true the first time a delivery (event id, trigger id) is seen: shared through Redis between instances */
  once: Once;
}

/** Slack's own bound on how far a request's timestamp may be from now, either way. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export interface SlackHttp {
  app: App;
  /** mount with buildHttpServer({ slack: { path, listener } }) */
  path: string;
  listener: RequestListener;
}

export function createSlackHttp(
  config: Pick<SlackConfig, 'botToken' | 'apiUrl'> & { signingSecret: string },
  deps: SlackChannelDeps,
  // true answers before the HTTP 200 (needed on FaaS, and deterministic in tests); false acks at
  // once, which keeps Slack's 3-second deadline however long an answer takes.
  { processBeforeResponse = false }: { processBeforeResponse?: boolean } = {},
): SlackHttp {
  const logger = boltLogger(deps.log);
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, processBeforeResponse, logger });
  const app = new App({ receiver, token: config.botToken, logger, clientOptions: clientOptions(config.apiUrl) });
  registerSlackHandlers(app, { ask: deps.ask, log: deps.log, once: deps.once });
  const listener: RequestListener = (req, res) => {
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (!Number.isFinite(stamp) || Math.abs(Date.now() / 1000 - stamp) > MAX_CLOCK_SKEW_S) {
      deps.log.warn({ channel: 'slack', timestamp: req.headers['x-slack-request-timestamp'] }, 'request refused: timestamp more than 5 minutes from now');
      res.writeHead(401, { 'content-type': 'text/plain' }).end('x-slack-request-timestamp is more than 5 minutes from now');
      return;
    }
    receiver.requestListener(req, res);
  };
  return { app, path: SLACK_EVENTS_PATH, listener };
}

export function createSlackSocket(config: Pick<SlackConfig, 'botToken' | 'apiUrl'> & { appToken: string }, deps: SlackChannelDeps): Channel {
  const logger = boltLogger(deps.log);
  const app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, logger, clientOptions: clientOptions(config.apiUrl) });
  registerSlackHandlers(app, { ask: deps.ask, log: deps.log, once: deps.once });
  return {
    name: 'slack',
    async start() {
      await app.start();
    },
    async stop() {
      await app.stop();
    },
  };
}

function clientOptions(apiUrl: string | undefined) {
  return apiUrl ? { slackApiUrl: apiUrl } : undefined;
}
