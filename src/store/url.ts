// SESSION_URL read once for every place that needs it: which store it names (memory, a SQLite
// file, Redis), and the address as logs and error messages show it, without the credentials of
// redis://user:password@host. Apart from redis.ts, so that configuration and the SQLite store can
// read an address without loading the Redis client.

export const DEFAULT_SESSION_FILE = '.gongkai/sessions.sqlite';

export type StoreAddress = { kind: 'memory' } | { kind: 'sqlite'; file: string } | { kind: 'redis'; url: string };

/** The store SESSION_URL names (the SQLite file when unset), or undefined for an address of no store. */
export function storeAddress(url: string | undefined): StoreAddress | undefined {
  const target = url ?? `sqlite://${DEFAULT_SESSION_FILE}`;
  if (target.startsWith('memory:')) return { kind: 'memory' };
  if (target.startsWith('redis://') || target.startsWith('rediss://')) return { kind: 'redis', url: target };
  if (target.startsWith('sqlite://')) return { kind: 'sqlite', file: target.slice('sqlite://'.length) };
  return undefined;
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
