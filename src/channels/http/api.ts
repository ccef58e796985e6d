// The JSON API the web page (and anyone with curl) uses. Every error body has the same shape,
// {error: {code, message}}: the code is for programs, the message says what to fix.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { KnowledgeBase } from '../../kb/index.ts';
import { kbGetter, type KbSource } from '../../kb/source.ts';
import { askSafely, apology } from '../boundary.ts';
import type { Answer } from '../../answer/types.ts';
import type { Ask } from '../channel.ts';
import type { Logger } from '../log.ts';
import { rateCheck } from '../rate-limit.ts';
import { ensureSession, sessionFromCookie } from './cookie.ts';
import { registerExamples } from './examples.ts';
import { readAskRequest, type AskRequest } from './schema.ts';
import { parseDay } from '../../understand/clock.ts';

export interface ApiDeps {
  ask: Ask;
  kb: KbSource;
  /** questions per session per minute; 0 = off */
  rateLimit: number;
  log: Logger;
}

/**
 * An answer as JSON. Answers from answer()'s response cache are frozen and shared by every asker
 * of the same question, so each is serialised once: on a busy day most questions are repeats.
 */
const serialised = new WeakMap<Answer, string>();
function answerJson(answer: Answer): string {
  if (!Object.isFrozen(answer)) return JSON.stringify(answer);
  let json = serialised.get(answer);
  if (json === undefined) serialised.set(answer, (json = JSON.stringify(answer)));
  return json;
}

/** One address may ask this many times the per-session limit (several people behind one NAT). */
const ADDRESS_FACTOR = 5;

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error: { code, message } });
}

declare module 'fastify' {
  interface FastifyRequest {
    ask?: AskRequest;
  }
}

/**
 * A client that keeps no cookie and names no session gets a fresh session per request; counting
 * it by address keeps the limit meaningful for it.
 */
function sessionKey(request: FastifyRequest): string {
  const named = request.ask?.session ?? sessionFromCookie(request);
  return named !== undefined ? `web:${named}` : `ip:${request.ip}`;
}

type ReportEntry = { id: string; agency: string; year: number; format: string; url?: string };

/** The reports for the page's picker: by agency in Chinese order, each agency's newest year first. */
function reportList(kb: KnowledgeBase): ReportEntry[] {
  return [...kb.all()]
    .map((r) => ({ id: r.id, agency: r.meta.agency, year: r.meta.year, format: r.meta.format, ...(r.meta.source.url ? { url: r.meta.source.url } : {}) }))
    .sort((a, b) => a.agency.localeCompare(b.agency, 'zh') || b.year - a.year);
}

export function registerApi(app: FastifyInstance, { ask, kb: source, rateLimit, log }: ApiDeps): void {
  const kb = kbGetter(source);
  const overLimit = rateCheck(app, { limit: rateLimit, addressFactor: ADDRESS_FACTOR, sessionKey });

  app.post('/api/ask', {
    // A request that cannot be answered is told so before it counts against any limit.
    preHandler: async (request, reply) => {
      const parsed = readAskRequest(request.body);
      if (!parsed.ok) return sendError(reply, 400, 'bad_request', parsed.message);
      const { report } = parsed.data;
      if (report !== undefined && !kb().get(report)) {
        return sendError(reply, 400, 'unknown_report', `report ${report} is not in the knowledge base (see GET /api/reports)`);
      }
      request.ask = parsed.data;
      const limited = await overLimit(request);
      if (limited) {
        reply.header('retry-after', String(limited.retryAfter));
        return sendError(reply, 429, 'rate_limited', `too many questions from this session; try again in ${limited.retryAfter} s`);
      }
      return undefined;
    },
    handler: async (request, reply) => {
      const { question, report, brief, session, today } = request.ask!;
      const cookie = ensureSession(request, reply);
      const sessionId = session ?? cookie.id;
      const fresh = session === undefined && !cookie.known;
      const outcome = await askSafely(ask, question, { session: `web:${sessionId}`, report, brief, ...(fresh ? { fresh } : {}), ...(today ? { today: parseDay(today) } : {}) }, { channel: 'web', log });
      if (!outcome.ok) return sendError(reply, 500, outcome.error.code, apology(outcome.error));
      return reply.header('cache-control', 'no-store').type('application/json; charset=utf-8').send(answerJson(outcome.answer));
    },
  });

  // Every page load asks for the list; it changes only with the knowledge base and its version.
  const lists = new WeakMap<KnowledgeBase, { version: number; list: ReportEntry[] }>();
  app.get('/api/reports', async () => {
    const current = kb();
    let kept = lists.get(current);
    if (kept?.version !== current.version) lists.set(current, (kept = { version: current.version, list: reportList(current) }));
    return kept.list;
  });

  app.get('/healthz', async () => ({ ok: true, reports: kb().size }));
  registerExamples(app, ask, kb);
}
