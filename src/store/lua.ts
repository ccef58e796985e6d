// Lua scripts run on Redis, apart from the connection (redis.ts) so that code which only declares
// a script does not load the Redis client: a server whose sessions live in SQLite never needs it.
import { createHash } from 'node:crypto';
import type { RedisClient } from './redis.ts';

/**
 * A Lua script called by its digest (EVALSHA), so a call sends a few bytes and not the script; a
 * Redis that does not have it yet (just started, or flushed) is sent the whole script once.
 */
export function luaScript(source: string): (client: RedisClient, keys: string[], args: string[]) => Promise<unknown> {
  const sha = createHash('sha1').update(source).digest('hex');
  return (client, keys, args) =>
    client.evalSha(sha, { keys, arguments: args }).catch((err: unknown) =>
      (err as Error)?.message?.startsWith('NOSCRIPT') ? client.eval(source, { keys, arguments: args }) : Promise.reject(err));
}

