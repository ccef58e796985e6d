// Composition root for `gongkai serve` and `gongkai wechat`: the environment decides which channels
// run; each is built over the same knowledge base, session store and Ask, started in order and
// stopped in reverse on SIGINT/SIGTERM.
import type Keyv from 'keyv';
import { KnowledgeBase } from '../kb/index.ts';
import { openStore } from '../session/store.ts';
import { createAsk } from './ask.ts';
import type { Channel } from './channel.ts';
import type { ChannelConfig } from './config.ts';
import { buildHttpServer, httpChannel } from './http/server.ts';
import type { Logger } from './log.ts';
import type { SlackHttp } from './slack/app.ts';

export interface Running {
  channels: Channel[];
  stop(): Promise<void>;
}

export async function runServe(config: ChannelConfig, log: Logger): Promise<Running & { url: string }> {
  const kb = loadKb(config, log);
  const stores: Keyv[] = [];
  const store = async (namespace: string) => {
    const s = await openStore({ url: config.sessionUrl, namespace });
    stores.push(s);
    return s;
  };
  const ask = createAsk(kb, await store('sessions'));

  const channels: Channel[] = [];
  let slackHttp: SlackHttp | undefined;
  if (config.slack) {
    // Bolt is loaded only when Slack is configured: it is a large part of start-up time otherwise.
    const { createSlackHttp, createSlackSocket } = await import('./slack/app.ts');
    const deps = { ask, log, dedupeStore: await store('slack-dedupe') };
    const { botToken, apiUrl, appToken, signingSecret } = config.slack;
    if (appToken) channels.push(createSlackSocket({ botToken, apiUrl, appToken }, deps));
    else if (signingSecret) slackHttp = createSlackHttp({ botToken, apiUrl, signingSecret }, deps);
    log.info({ channel: 'slack', mode: appToken ? 'socket' : 'http' }, 'slack enabled');
  }

  // Rate counts are shared only where instances share: in Redis. The SQLite file keeps no counts.
  const shared = config.sessionUrl?.startsWith('redis');
  const app = buildHttpServer({ ask, kb, log, ...(shared ? { rateStore: await store('rate') } : {}), rateLimit: config.rateLimit, slack: slackHttp });
  const http = httpChannel(app, { port: config.port, host: config.host });
  channels.unshift(http);
  const running = await startAll(channels, stores, log);
  log.info({ channel: 'http', url: http.url(), slackEvents: slackHttp ? slackHttp.path : undefined }, 'listening');
  return { ...running, url: http.url() };
}

export async function runWechat(config: ChannelConfig, log: Logger): Promise<Running> {
  const kb = loadKb(config, log);
  const sessions = await openStore({ url: config.sessionUrl, namespace: 'sessions' });
  const store = await openStore({ url: config.sessionUrl, namespace: 'wechat' });
  const { createWechatChannel } = await import('./wechat/bot.ts');
  const wechat = await createWechatChannel({ ask: createAsk(kb, sessions), log, store, puppet: config.wechatPuppet, name: 'gongkai' });
  return startAll([wechat], [sessions, store], log);
}

/** Resolves after the first SIGINT or SIGTERM has stopped everything. */
export function stopOnSignal(running: Running, log: Logger): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ signal }, 'stopping');
      running.stop().finally(resolve);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

function loadKb(config: ChannelConfig, log: Logger): KnowledgeBase {
  const kb = KnowledgeBase.load(config.kbDir);
  if (kb.size === 0) log.warn({ kb: config.kbDir }, 'the knowledge base is empty: every question will be answered "not found"');
  else log.info({ kb: config.kbDir, reports: kb.size }, 'knowledge base loaded');
  return kb;
}

async function startAll(channels: Channel[], stores: Keyv[], log: Logger): Promise<Running> {
  const started: Channel[] = [];
  const stop = async () => {
    for (const channel of started.reverse()) {
      await channel.stop().catch((err: Error) => log.error({ channel: channel.name, err: err.message }, 'stop failed'));
    }
    await Promise.all(stores.map((s) => s.disconnect().catch(() => undefined)));
  };
  try {
    for (const channel of channels) {
      await channel.start();
      started.push(channel);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { channels, stop };
}
