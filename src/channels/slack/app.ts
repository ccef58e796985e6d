// The two ways Slack reaches the bot. HTTP events: Bolt's own HTTPReceiver (signature and 5-minute
// timestamp check included), not started on a port of its own but mounted into the fastify
// server at /slack/events, so one port serves the web chat and Slack. Socket Mode: Bolt opens a
// WebSocket to Slack, for hosts that cannot take inbound requests.
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import type Keyv from 'keyv';
import type { Ask, Channel } from '../channel.ts';
import type { SlackConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { createOnce } from '../once.ts';
import { registerSlackHandlers } from './handlers.ts';
import { boltLogger } from './logger.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackChannelDeps {
  ask: Ask;
  log: Logger;
  /** Keyv store (namespace 'slack-dedupe') for delivery records */
  dedupeStore: Keyv;
}

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
  registerSlackHandlers(app, { ask: deps.ask, log: deps.log, once: createOnce(deps.dedupeStore) });
  return { app, path: SLACK_EVENTS_PATH, listener: receiver.requestListener };
}

export function createSlackSocket(config: Pick<SlackConfig, 'botToken' | 'apiUrl'> & { appToken: string }, deps: SlackChannelDeps): Channel {
  const logger = boltLogger(deps.log);
  const app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, logger, clientOptions: clientOptions(config.apiUrl) });
  registerSlackHandlers(app, { ask: deps.ask, log: deps.log, once: createOnce(deps.dedupeStore) });
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
