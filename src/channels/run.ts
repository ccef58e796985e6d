// Composition root for `gongkai serve` and `gongkai wechat`: the environment decides which channels
// run; each is built over the same knowledge base, session store and Ask, started in order and
// stopped in reverse on SIGINT/SIGTERM.
import { KnowledgeBase } from '../kb/index.ts';
import { storeHealth } from '../store/health.ts';
import { liveKnowledge, type LiveKnowledge } from '../kb/watch.ts';
import { readImportLimits } from '../report/limits.ts';
import { registerAdmin } from './http/admin.ts';
import { openConversations, openStore } from '../store/store.ts';
import { askSettings, createAsk } from './ask.ts';
import type { Channel } from './channel.ts';
import { DEFAULT_STOP_GRACE_MS, type ChannelConfig } from './config.ts';
import { serverCookieSecret } from './http/cookie-secret.ts';
import { buildHttpServer, httpChannel } from './http/server.ts';
import type { Logger } from './log.ts';
import { createOnce } from './once.ts';
import type { SlackHttp } from './slack/app.ts';

export interface Running {
  channels: Channel[];
  stop(): Promise<void>;
}

export async function runServe(config: ChannelConfig, log: Logger): Promise<Running & { url: string; reports: number }> {
  // Reports added to or replaced in the folder are answered from without a restart.
  const live = followKnowledge(config.kbDir, loadKb(config, log), log);
  const kb = live.current;
  const { sessions, link } = await openConversations(config.sessionUrl, config.redis, log, storeHealth(log));
  const ask = createAsk(kb, sessions, askSettings(config, log));

  const channels: Channel[] = [];
  let slackHttp: SlackHttp | undefined;
  if (config.slack) {
    // Bolt is loaded only when Slack is configured: it is a large part of start-up time otherwise.
    const { createSlackHttp, createSlackSocket } = await import('./slack/app.ts');
    const deps = { ask, log, once: createOnce(link) };
    const { botToken, apiUrl, appToken, signingSecret } = config.slack;
    if (appToken) channels.push(createSlackSocket({ botToken, apiUrl, appToken }, deps));
    else if (signingSecret) slackHttp = createSlackHttp({ botToken, apiUrl, signingSecret }, deps);
    log.info({ channel: 'slack', mode: appToken ? 'socket' : 'http' }, 'slack enabled');
  }

  const app = buildHttpServer({
    ask, kb, log, redis: link, rateLimit: config.rateLimit, trustProxy: config.trustProxy, http: config.http, slack: slackHttp,
    cookieSecret: await serverCookieSecret(config, log, link),
  });
  const token = process.env.GONGKAI_ADMIN_TOKEN;
  if (token) {
    registerAdmin(app, { token, kbDir: config.kbDir, limits: readImportLimits(process.env), refresh: () => live.refresh(), log });
    log.info({ path: '/api/admin/reports' }, 'admin endpoint on');
  }
  const http = httpChannel(app, { port: config.port, host: config.host });
  channels.unshift(http);
  const closers = [() => sessions.close(), ...(link ? [() => link.close()] : []), async () => live.stop()];
  const running = await startAll(channels, closers, log);
  log.info({ channel: 'http', url: http.url(), slackEvents: slackHttp ? slackHttp.path : undefined }, 'listening');
  return { ...running, url: http.url(), reports: kb().size };
}

export async function runWechat(config: ChannelConfig, log: Logger): Promise<Running> {
  const kb = loadKb(config, log);
  const sessions = await openStore({ url: config.sessionUrl, namespace: 'sessions' });
  const store = await openStore({ url: config.sessionUrl, namespace: 'wechat' });
  const { createWechatChannel } = await import('./wechat/bot.ts');
  const wechat = await createWechatChannel({
    ask: createAsk(kb, sessions, askSettings(config, log)), log, store, puppet: config.wechatPuppet, name: 'gongkai',
    flood: { perContact: config.rateLimit, perRoom: config.wechatRoomLimit, queue: config.wechatQueue },
  });
  return startAll([wechat], [() => sessions.disconnect(), () => store.disconnect()], log);
}

/**
 * Resolves after the first SIGINT or SIGTERM has stopped everything; the caller then exits. A
 * channel whose far side does not answer (Slack's API unreachable, Bolt retrying auth.test) must
 * not keep the process: past `graceMs` it exits anyway, with status 1 and a line saying why, and a
 * second signal exits at once.
 */
export function stopOnSignal(running: Running, log: Logger, graceMs: number = DEFAULT_STOP_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      log.info({ signal, graceMs }, 'stopping');
      const late = setTimeout(() => {
        log.error({ signal, graceMs }, 'stopping took longer than the grace period: exiting now');
        process.exit(1);
      }, graceMs);
      late.unref();
      for (const again of ['SIGINT', 'SIGTERM']) process.once(again, () => process.exit(1));
      running.stop().finally(() => {
        clearTimeout(late);
        resolve();
      });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

/** The knowledge base following its folder; GONGKAI_KB_POLL_MS sets the check on a timer (0: events only). */
function followKnowledge(dir: string, initial: KnowledgeBase, log: Logger): LiveKnowledge {
  const poll = Number(process.env.GONGKAI_KB_POLL_MS ?? 30_000);
  return liveKnowledge(dir, initial, {
    pollMs: Number.isFinite(poll) && poll >= 0 ? poll : 30_000,
    onChange: (change) => log.info(change, 'knowledge base changed'),
    onError: (file, err) => log.warn({ file, err: err.message }, 'a knowledge file could not be read: the report it held before is kept'),
  });
}

function loadKb(config: ChannelConfig, log: Logger): KnowledgeBase {
  const { kb, unreadable } = KnowledgeBase.loadReadable(config.kbDir);
  for (const { file, message } of unreadable) log.error({ kb: config.kbDir, file, reason: message }, 'a knowledge file cannot be read: its report is not served');
  if (kb.size === 0) log.warn({ kb: config.kbDir }, 'the knowledge base is empty: every question will be answered "not found"');
  else log.info({ kb: config.kbDir, reports: kb.size }, 'knowledge base loaded');
  return kb;
}

async function startAll(channels: Channel[], closers: (() => Promise<unknown>)[], log: Logger): Promise<Running> {
  const started: Channel[] = [];
  const stop = async () => {
    for (const channel of started.reverse()) {
      await channel.stop().catch((err: unknown) => log.error({ channel: channel.name, err }, 'stop failed'));
    }
    await Promise.all(closers.map((close) => close().catch((err: unknown) => log.error({ err }, 'closing a store failed'))));
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
