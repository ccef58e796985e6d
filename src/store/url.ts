// A store's address as logs and error messages show it: the credentials of
// redis://user:password@host are never written out. Apart from redis.ts, so that configuration
// and the SQLite store can say an address without loading the Redis client.

export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
