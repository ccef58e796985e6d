// Everything `gongkai serve` and `gongkai wechat` read from the environment, read in one place and
// checked up front: a typo in PORT fails at start, not at the first request.
import { GongkaiError } from '../errors.ts';
import { DEFAULT_KB } from '../kb/store.ts';

export interface SlackConfig {
  signingSecret?: string;
  botToken: string;
  /** present: Socket Mode instead of HTTP events */
  appToken?: string;
  /** Web API base, with the trailing /api/ */
  apiUrl?: string;
}

export interface ChannelConfig {
  port: number;
  host: string;
  kbDir: string;
  /** questions per session per minute; 0 = off */
  rateLimit: number;
  /** Keyv url for sessions, rate counters and dedupe records; undefined = the SQLite file */
  sessionUrl?: string;
  slack?: SlackConfig;
  wechatPuppet?: string;
}

type Env = Record<string, string | undefined>;

export function readChannelConfig(env: Env = process.env): ChannelConfig {
  const slack = readSlackConfig(env);
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    kbDir: env.GONGKAI_KB || DEFAULT_KB,
    rateLimit: integer(env, 'GONGKAI_RATE_LIMIT', 60, 0, 1_000_000),
    sessionUrl: env.SESSION_URL || undefined,
    slack,
    wechatPuppet: env.WECHATY_PUPPET || undefined,
  };
}

function readSlackConfig(env: Env): SlackConfig | undefined {
  const botToken = env.SLACK_BOT_TOKEN;
  const signingSecret = env.SLACK_SIGNING_SECRET;
  const appToken = env.SLACK_APP_TOKEN;
  if (!botToken) {
    if (signingSecret || appToken) throw new GongkaiError('bad_config', 'SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
    return undefined;
  }
  if (!signingSecret && !appToken) {
    throw new GongkaiError('bad_config', 'SLACK_BOT_TOKEN needs SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode)');
  }
  return { botToken, signingSecret, appToken, apiUrl: slackApiUrl(env.SLACK_API_URL) };
}

/** The Web API client joins method names onto this URL, so it must end in /api/. */
export function slackApiUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const base = raw.replace(/\/+$/, '');
  return base.endsWith('/api') ? `${base}/` : `${base}/api/`;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new GongkaiError('bad_config', `${name}=${raw}: expected a whole number from ${min} to ${max}`);
  }
  return n;
}
