// The web session lives in one random cookie the server sets (through @fastify/cookie): HttpOnly
// (page scripts never see it), SameSite=Lax (other sites cannot post questions as this user),
// Secure behind https, and signed with the server's secret: a session id planted in a browser (by
// a link, a shared computer, a script on a sibling domain) is not one this server issued, so it is
// replaced with a new one rather than accepted and kept.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';

export const SESSION_COOKIE = 'gongkai_session';
const MAX_AGE_S = 30 * 24 * 60 * 60;
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

// Signed cookies already checked, with the session id each holds: a returning visitor's cookie is
// verified (an HMAC) once, not on every question. Only cookies whose signature held are kept, so an
// entry says nothing a new check would not. One list per server: each has its own secret.
const verifiedBy = new WeakMap<FastifyInstance, LRUCache<string, string>>();

/** The session id the request brings, when this server issued it (its signature holds). */
export function sessionFromCookie(request: FastifyRequest): string | undefined {
  const current = request.cookies[SESSION_COOKIE];
  if (!current || current.length > 200) return undefined;
  let verified = verifiedBy.get(request.server);
  if (!verified) verifiedBy.set(request.server, (verified = new LRUCache<string, string>({ max: 20_000 })));
  const known = verified.get(current);
  if (known !== undefined) return known;
  const { valid, value } = request.unsignCookie(current);
  if (!valid || !value || !VALID.test(value)) return undefined;
  verified.set(current, value);
  return value;
}

/** The caller's session id, and whether it came with the request (false: issued just now). */
export function ensureSession(request: FastifyRequest, reply: FastifyReply): { id: string; known: boolean } {
  const current = sessionFromCookie(request);
  if (current) return { id: current, known: true };
  // randomUUID draws from a buffered pool: cheaper than a fresh randomBytes call per new visitor.
  const id = randomUUID();
  reply.setCookie(SESSION_COOKIE, id, { path: '/', maxAge: MAX_AGE_S, httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', signed: true });
  return { id, known: false };
}
