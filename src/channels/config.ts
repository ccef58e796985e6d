// Everything `gongkai serve` and `gongkai wechat` read from the environment, read in one place and
// checked up front: a typo in PORT fails at start, not at the first request, and one error lists
// every variable that is wrong, so a deployment is fixed in one go.
import { isIP } from 'node:net';
import { z } from 'zod';
import { GongkaiError } from '../errors.ts';
import { DEFAULT_KB } from '../kb/paths.ts';
import { trustsEveryone } from './trust-ranges.ts';
import type { RedisLimits } from '../store/redis.ts';
import { redactUrl } from '../store/url.ts';
import { readLlmConfig, type LlmConfig } from '../llm/config.ts';

export interface SlackConfig {
  signingSecret?: string;
  botToken: string;
  /** present: Socket Mode instead of HTTP events */
  appToken?: string;
  /** Web API base, with the trailing /api/ */
  apiUrl?: string;
}

/** How long the server waits for a slow or silent client, and how many it holds at once. */
export interface HttpLimits {
  /** a request, headers and body, must arrive and be answered within this; a stalled socket is closed */
  requestTimeoutMs: number;
  /** the headers must arrive within this (Node's headersTimeout) */
  headersTimeoutMs: number;
  /** an idle keep-alive connection is closed after this */
  keepAliveTimeoutMs: number;
  /** requests served on one keep-alive connection before it is closed; 0 = no cap */
  maxRequestsPerSocket: number;
  /** open connections at once; more are refused at once (Node's maxConnections) */
  maxConnections: number;
  /** open connections at once from one address (proxies named in TRUST_PROXY excepted; with a hop count, not applied) */
  maxConnectionsPerAddress: number;
}


/**
 * Which proxies may say who the client is (X-Forwarded-For): a hop count, or the proxies'
 * addresses and CIDR ranges. Never "everyone": then a client could name any address it likes.
 */
export type TrustProxy = false | number | string[];

export interface ChannelConfig {
  port: number;
  host: string;
  kbDir: string;
  /** questions per session per minute; 0 = off */
  rateLimit: number;
  /** redis://, sqlite:// or memory:// for sessions, rate counters and dedupe records; undefined = the SQLite file */
  sessionUrl?: string;
  trustProxy: TrustProxy;
  http: HttpLimits;
  redis: RedisLimits;
  slack?: SlackConfig;
  wechatPuppet?: string;
  /** how questions are answered: the default report and the optional model */
  answering: AnsweringConfig;
  /** GONGKAI_COOKIE_SECRET: signs session cookies; the same on every instance behind one balancer */
  cookieSecret?: string;
  /** after SIGTERM or SIGINT, the process exits within this long, whatever a far side does */
  stopGraceMs: number;
  /** WeChat: questions one room may ask a minute, and questions waiting to be answered */
  wechatRoomLimit: number;
  wechatQueue: number;
}

/** Under Docker's and systemd's own grace before they kill (10 s and 90 s). */
export const DEFAULT_STOP_GRACE_MS = 8_000;

/** What answer() is given by every channel: read here, never by answer() itself. */
export interface AnsweringConfig {
  /** GONGKAI_DEFAULT_REPORT: the report to lean on when a question names none and several fit */
  defaultReport?: string;
  /** GONGKAI_LLM…: the optional model's settings; absent = no model */
  llm?: LlmConfig;
}

/** The answering settings alone (for the command line, which reads nothing else of the environment). */
export function readAnsweringConfig(env: Env = process.env): AnsweringConfig {
  const llm = readLlmConfig(env);
  return { ...(env.GONGKAI_DEFAULT_REPORT ? { defaultReport: env.GONGKAI_DEFAULT_REPORT } : {}), ...(llm ? { llm } : {}) };
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxRequestsPerSocket: 1000,
  maxConnections: 10_000,
  maxConnectionsPerAddress: 256,
};

export const DEFAULT_REDIS_LIMITS: RedisLimits = { connectTimeoutMs: 50, commandTimeoutMs: 50, retryAfterMs: 5_000 };

type Env = Record<string, string | undefined>;

/** An optional whole number from the environment, within bounds, with its default. */
function whole(fallback: number, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return fallback;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${raw}: expected a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });
}

const KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

const trustProxy = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy => {
    if (raw === undefined || raw.trim() === '' || raw.trim() === '0') return false;
    const text = raw.trim();
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = entries.filter((e) => !KEYWORDS.has(e) && !isAddressOrRange(e));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `${raw}: expected a hop count (1, 2 …) or proxy addresses/CIDR ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1); not ${bad.join(', ')}` });
      return z.NEVER;
    }
    const everyone = trustsEveryone(entries);
    if (everyone) {
      ctx.addIssue({ code: 'custom', message: `${raw}: these ranges together trust every ${everyone} address, so any client could claim any address; name only your proxies' addresses or ranges` });
      return z.NEVER;
    }
    return entries;
  });

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  // A zone (fe80::1%eth0) is not an address the proxy-address library reads.
  if (rest.length || !address || address.includes('%')) return false;
  const family = isIP(address);
  if (!family) return false;
  if (bits === undefined) return true;
  // /0 is everyone: refused here by name (below, with the ranges that add up to it), never by a stack trace.
  return /^\d+$/.test(bits) && Number(bits) >= 0 && Number(bits) <= (family === 4 ? 32 : 128);
}

const sessionUrl = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (!raw) return undefined;
    if (!/^(redis|rediss|sqlite|memory):\/\//.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `${redactUrl(raw)}: expected redis://, rediss://, sqlite:// or memory://` });
      return z.NEVER;
    }
    return raw;
  });

const EnvSchema = z.object({
  PORT: whole(3000, 0, 65535),
  HOST: z.string().optional(),
  GONGKAI_KB: z.string().optional(),
  GONGKAI_RATE_LIMIT: whole(60, 0, 1_000_000),
  SESSION_URL: sessionUrl,
  TRUST_PROXY: trustProxy,
  GONGKAI_REQUEST_TIMEOUT_MS: whole(DEFAULT_HTTP_LIMITS.requestTimeoutMs, 1, 3_600_000),
  GONGKAI_HEADERS_TIMEOUT_MS: whole(DEFAULT_HTTP_LIMITS.headersTimeoutMs, 1, 3_600_000),
  GONGKAI_KEEPALIVE_TIMEOUT_MS: whole(DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs, 1, 3_600_000),
  GONGKAI_MAX_REQUESTS_PER_SOCKET: whole(DEFAULT_HTTP_LIMITS.maxRequestsPerSocket, 0, 1_000_000_000),
  GONGKAI_MAX_CONNECTIONS: whole(DEFAULT_HTTP_LIMITS.maxConnections, 1, 1_000_000),
  GONGKAI_MAX_CONNECTIONS_PER_ADDRESS: whole(DEFAULT_HTTP_LIMITS.maxConnectionsPerAddress, 1, 1_000_000),
  GONGKAI_REDIS_TIMEOUT_MS: whole(DEFAULT_REDIS_LIMITS.commandTimeoutMs, 1, 60_000),
  GONGKAI_REDIS_RETRY_MS: whole(DEFAULT_REDIS_LIMITS.retryAfterMs, 1, 3_600_000),
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z.string().optional(),
  SLACK_API_URL: z.string().optional(),
  WECHATY_PUPPET: z.string().optional(),
  GONGKAI_COOKIE_SECRET: z.string().optional(),
  GONGKAI_STOP_GRACE_MS: whole(DEFAULT_STOP_GRACE_MS, 1, 3_600_000),
  GONGKAI_WECHAT_ROOM_LIMIT: whole(120, 0, 1_000_000),
  GONGKAI_WECHAT_QUEUE: whole(200, 1, 1_000_000),
});

export function readChannelConfig(env: Env = process.env): ChannelConfig {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])}=${i.message}`);
  const slack = parsed.success ? readSlackConfig(parsed.data, problems) : undefined;
  let answering: AnsweringConfig = {};
  try {
    answering = readAnsweringConfig(env);
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
  }
  if (!parsed.success || problems.length) {
    throw new GongkaiError('bad_config', problems.length === 1 ? problems[0]! : `${problems.length} settings are wrong:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST || '127.0.0.1',
    kbDir: e.GONGKAI_KB || DEFAULT_KB,
    rateLimit: e.GONGKAI_RATE_LIMIT,
    sessionUrl: e.SESSION_URL,
    trustProxy: e.TRUST_PROXY,
    http: {
      requestTimeoutMs: e.GONGKAI_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: Math.min(e.GONGKAI_HEADERS_TIMEOUT_MS, e.GONGKAI_REQUEST_TIMEOUT_MS),
      keepAliveTimeoutMs: e.GONGKAI_KEEPALIVE_TIMEOUT_MS,
      maxRequestsPerSocket: e.GONGKAI_MAX_REQUESTS_PER_SOCKET,
      maxConnections: e.GONGKAI_MAX_CONNECTIONS,
      maxConnectionsPerAddress: e.GONGKAI_MAX_CONNECTIONS_PER_ADDRESS,
    },
    redis: { connectTimeoutMs: e.GONGKAI_REDIS_TIMEOUT_MS, commandTimeoutMs: e.GONGKAI_REDIS_TIMEOUT_MS, retryAfterMs: e.GONGKAI_REDIS_RETRY_MS },
    slack,
    wechatPuppet: e.WECHATY_PUPPET || undefined,
    answering,
    ...(e.GONGKAI_COOKIE_SECRET ? { cookieSecret: e.GONGKAI_COOKIE_SECRET } : {}),
    stopGraceMs: e.GONGKAI_STOP_GRACE_MS,
    wechatRoomLimit: e.GONGKAI_WECHAT_ROOM_LIMIT,
    wechatQueue: e.GONGKAI_WECHAT_QUEUE,
  };
}

function readSlackConfig(env: z.infer<typeof EnvSchema>, problems: string[]): SlackConfig | undefined {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = env;
  if (!botToken) {
    if (signingSecret || appToken) problems.push('SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
    return undefined;
  }
  if (!signingSecret && !appToken) {
    problems.push('SLACK_BOT_TOKEN needs SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode)');
    return undefined;
  }
  return { botToken, signingSecret, appToken, apiUrl: slackApiUrl(env.SLACK_API_URL) };
}

/** The Web API client joins method names onto this URL, so it must end in /api/. */
export function slackApiUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const base = raw.replace(/\/+$/, '');
  return base.endsWith('/api') ? `${base}/` : `${base}/api/`;
}
