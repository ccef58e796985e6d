// The web session lives in one random cookie the server sets: HttpOnly (page scripts never see
// it), SameSite=Lax (other sites cannot post questions as this user), Secure behind https.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'gongkai_session';
const MAX_AGE_S = 30 * 24 * 60 * 60;
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The caller's session id, and whether it came with the request (false: issued just now). */
export function ensureSession(request: FastifyRequest, reply: FastifyReply): { id: string; known: boolean } {
  const current = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (current && VALID.test(current)) return { id: current, known: true };
  // randomUUID draws from a buffered pool: cheaper than a fresh randomBytes call per new visitor.
  const id = randomUUID();
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header('set-cookie', `${SESSION_COOKIE}=${id}; Path=/; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure}`);
  return { id, known: false };
}
