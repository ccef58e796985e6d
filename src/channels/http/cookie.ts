// The web session lives in one random cookie the server sets (through @fastify/cookie): HttpOnly
// (page scripts never see it), SameSite=Lax (other sites cannot post questions as this user),
// Secure behind https, and signed with the server's secret: a session id planted in a browser (by
// a link, a shared computer, a script on a sibling domain) is not one this server issued, so it is
// replaced with a new one rather than accepted and kept.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'gongkai_session';
const MAX_AGE_S = 30 * 24 * 60 * 60;
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

/** The session id the request brings, when this server issued it (its signature holds). */
export function sessionFromCookie(request: FastifyRequest): string | undefined {
  const current = request.cookies[SESSION_COOKIE];
  if (!current || current.length > 200) return undefined;
  const { valid, value } = request.unsignCookie(current);
  return valid && value && VALID.test(value) ? value : undefined;
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
