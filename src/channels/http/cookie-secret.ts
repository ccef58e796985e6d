// The secret that signs session cookies. Several instances behind one load balancer must share it
// (GONGKAI_COOKIE_SECRET); otherwise it is generated once and kept in a file beside the session
// store, so cookies outlive a restart. A secret in memory only (tests, memory://) lasts as long
// as the process.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GongkaiError } from '../../errors.ts';
import { DEFAULT_SESSION_FILE, storeAddress } from '../../store/url.ts';
import type { ChannelConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { RedisLink } from '../../store/redis.ts';

/** Shorter secrets are refused: the signature is only as strong as the secret. */
export const MIN_COOKIE_SECRET_LENGTH = 32;
export const COOKIE_SECRET_FILE = 'cookie-secret';

/** GONGKAI_COOKIE_SECRET when set; else the file in `dir` (made on first use); else a fresh one. */
export function cookieSecret(fromEnv: string | undefined, dir: string | undefined): string {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_COOKIE_SECRET_LENGTH) {
      throw new GongkaiError('bad_config', `GONGKAI_COOKIE_SECRET is ${fromEnv.length} characters: it must be at least ${MIN_COOKIE_SECRET_LENGTH}`);
    }
    return fromEnv;
  }
  const fresh = () => randomBytes(32).toString('base64url');
  if (!dir) return fresh();
  const file = join(dir, COOKIE_SECRET_FILE);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= MIN_COOKIE_SECRET_LENGTH) return kept;
  } catch {
    // not there yet: made below
  }
  const secret = fresh();
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  } catch {
    // A read-only folder: cookies then last as long as this process, which is still safe.
  }
  return secret;
}

const SHARED_KEY = 'gongkai:cookie-secret';
/** How long start-up waits for Redis to connect before taking a secret of its own. */
const SHARED_WAIT_MS = 500;

/**
 * The secret for `gongkai serve`: GONGKAI_COOKIE_SECRET; else, with Redis, one secret for every
 * instance, set once in Redis by whichever instance starts first (SET NX), so that a cookie one
 * instance issued is accepted by the others; else the file beside the SQLite sessions.
 */
export async function serverCookieSecret(config: Pick<ChannelConfig, 'cookieSecret' | 'sessionUrl'>, log: Logger, link?: RedisLink): Promise<string> {
  const address = storeAddress(config.sessionUrl);
  if (config.cookieSecret) return cookieSecret(config.cookieSecret, undefined);
  if (address?.kind === 'memory') return cookieSecret(undefined, undefined);
  if (address?.kind === 'sqlite') return cookieSecret(undefined, dirname(address.file));
  const local = cookieSecret(undefined, dirname(DEFAULT_SESSION_FILE));
  if (link) {
    for (let waited = 0; !link.available() && waited < SHARED_WAIT_MS; waited += 50) await new Promise((r) => setTimeout(r, 50));
    try {
      await link.run((c) => c.set(SHARED_KEY, local, { condition: 'NX' }));
      const shared = await link.run((c) => c.get(SHARED_KEY));
      if (typeof shared === 'string' && shared.length >= MIN_COOKIE_SECRET_LENGTH) return shared;
      link.unexpected('cookie secret', shared);
    } catch {
      // Redis away at start: said below.
    }
  }
  log.warn({ setting: 'GONGKAI_COOKIE_SECRET' }, 'no cookie secret shared through Redis and GONGKAI_COOKIE_SECRET is not set: this instance signs cookies with its own, which other instances do not accept; set GONGKAI_COOKIE_SECRET to the same value on each');
  return local;
}
