// One Redis connection for everything shared between instances (sessions, rate counts, delivery
// records), never waited on for long: commands time out in tens of milliseconds, nothing queues
// while the connection is down, and after a failure Redis is not tried again for a while (a
// circuit breaker), so a Redis that is away, or slow, costs each request nothing.
import { createClient } from '@keyv/redis';
import { redactUrl } from './url.ts';

export type RedisClient = ReturnType<typeof makeClient>;

export interface RedisLimits {
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  /** after a failure, no command is tried for this long */
  retryAfterMs: number;
}

/** Where the link says that Redis went away and came back: once each time, with the error. */
export interface LinkLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

export class RedisUnavailable extends Error {
  constructor(cause?: unknown) {
    super('Redis is unavailable', { cause });
    this.name = 'RedisUnavailable';
  }
}

export interface RedisLink {
  /** Runs `command` unless Redis is known to be away (then rejects at once with RedisUnavailable). */
  run<T>(command: (client: RedisClient) => Promise<T>): Promise<T>;
  available(): boolean;
  /**
   * Says that Redis (or something speaking its protocol) answered `what` with a reply of the wrong
   * shape: counted, and logged once per kind, so a misbehaving server cannot flood the log. The
   * caller then does the work in this process, as if Redis were away.
   */
  unexpected(what: string, reply: unknown): void;
  /** replies of the wrong shape seen so far, by what was asked */
  unexpectedReplies(): ReadonlyMap<string, number>;
  close(): Promise<void>;
}

/** Redis's answers to a wrong password or a user without rights. */
const REFUSED = /WRONGPASS|NOAUTH|NOPERM|invalid password|invalid username-password/i;

export function openRedisLink(url: string, limits: RedisLimits, log: LinkLog, now: () => number = Date.now): RedisLink {
  const client = makeClient(url, limits);
  const where = redactUrl(url);
  let openUntil = 0;
  let down = false;
  let closed = false;

  // A wrong password shows first as whatever the handshake hit (often the connect timeout), then
  // as WRONGPASS at each reconnect: it is said once, in its own words, even when Redis was already
  // said to be away.
  let refusedSaid = false;
  const fail = (err: unknown) => {
    openUntil = now() + limits.retryAfterMs;
    if (!refusedSaid && REFUSED.test((err as Error)?.message ?? '')) {
      refusedSaid = true;
      log.warn({ store: where, err }, 'Redis refuses the credentials in SESSION_URL: check the password (and user); meanwhile sessions, rate counts and delivery records use this process');
      down = true;
      return;
    }
    if (down) return;
    down = true;
    log.warn({ store: where, err }, 'Redis unavailable: sessions, rate counts and delivery records use this process until it is back');
  };
  client.on('error', fail);
  client.on('ready', () => {
    openUntil = 0;
    refusedSaid = false;
    if (!down) return;
    down = false;
    log.info({ store: where }, 'Redis is back');
  });
  // Not awaited: start-up and answers go on while it connects (or fails to).
  client.connect().catch(fail);
  const odd = new Map<string, number>();

  return {
    available: () => !closed && client.isReady && now() >= openUntil,
    unexpected(what, reply) {
      const seen = (odd.get(what) ?? 0) + 1;
      odd.set(what, seen);
      if (seen === 1) log.warn({ store: where, what, reply: describeReply(reply) }, 'Redis answered with a reply of the wrong shape: this process does the work instead (logged once)');
    },
    unexpectedReplies: () => odd,
    async run(command) {
      if (closed || !client.isReady || now() < openUntil) throw new RedisUnavailable();
      try {
        return await withinDeadline(command(client), limits.commandTimeoutMs);
      } catch (err) {
        fail(err);
        throw new RedisUnavailable(err);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await (client.isOpen ? client.close() : client.destroy());
    },
  };
}

/** A reply, short enough for a log line whatever it holds. */
function describeReply(reply: unknown): string {
  let text: string;
  try {
    text = reply === undefined ? 'undefined' : JSON.stringify(reply) ?? String(reply);
  } catch {
    text = String(reply);
  }
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * What `work` gives, or a rejection once `ms` have passed. One timer per command: node-redis's own
 * command timeout makes an AbortSignal.timeout per command instead, which costs more than the
 * command (an event target, a weakly held timer that fires even after the reply and builds a
 * DOMException then, more work for the garbage collector), and with two commands per follow-up
 * it was most of what an answer cost beyond /healthz.
 */
function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    // The timer may fire late, after this process was held up (a collection, a busy machine), with
    // the reply already waiting on the socket: the rejection waits until the socket has been read.
    const timer = setTimeout(() => setImmediate(() => reject(new Error(`Redis did not answer within ${ms} ms`))), ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err)),
    );
  });
}

function makeClient(url: string, limits: RedisLimits) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: limits.connectTimeoutMs,
      // Keep trying in the background, never more often than the breaker would allow a command.
      reconnectStrategy: (attempt: number) => Math.min(50 * 2 ** attempt, limits.retryAfterMs),
    },
  });
}
