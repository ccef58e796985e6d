// The JSON API the web page (and anyone with curl) uses. Every error body has the same shape,
// {error: {code, message}}: the code is for programs, the message says what to fix.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { KnowledgeBase } from '../../kb/index.ts';
import { askSafely, apology } from '../boundary.ts';
import type { Ask } from '../channel.ts';
import type { Logger } from '../log.ts';
import type { RateLimiter } from '../rate-limit.ts';
import { ensureSession } from './cookie.ts';
import { AskRequestSchema, describeIssues } from './schema.ts';

export interface ApiDeps {
  ask: Ask;
  kb: KnowledgeBase;
  limiter: RateLimiter;
  addressLimiter: RateLimiter;
  log: Logger;
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error: { code, message } });
}

export function registerApi(app: FastifyInstance, { ask, kb, limiter, addressLimiter, log }: ApiDeps): void {
  app.post('/api/ask', async (request, reply) => {
    const parsed = AskRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'bad_request', describeIssues(parsed.error));
    const { question, report, brief, session } = parsed.data;
    if (report !== undefined && !kb.get(report)) {
      return sendError(reply, 400, 'unknown_report', `report ${report} is not in the knowledge base (see GET /api/reports)`);
    }

    const cookie = ensureSession(request, reply);
    const sessionId = session ?? cookie.id;
    // A client that keeps no cookie and names no session would get a fresh session per request;
    // counting it by address keeps the limit meaningful for it.
    const rateKey = session !== undefined || cookie.known ? `web:${sessionId}` : `ip:${request.ip}`;
    const byAddress = await addressLimiter.hit(`ip:${request.ip}`);
    const decision = byAddress.allowed ? await limiter.hit(rateKey) : byAddress;
    if (!decision.allowed) {
      reply.header('retry-after', String(decision.retryAfter));
      return sendError(reply, 429, 'rate_limited', `too many questions from this session; try again in ${decision.retryAfter} s`);
    }

    const outcome = await askSafely(ask, question, { session: `web:${sessionId}`, report, brief }, { channel: 'web', log });
    if (!outcome.ok) return sendError(reply, 500, outcome.error.code, apology(outcome.error));
    return reply.header('cache-control', 'no-store').send(outcome.answer);
  });

  app.get('/api/reports', async () =>
    [...kb.all()]
      .map((r) => ({ id: r.id, agency: r.meta.agency, year: r.meta.year, format: r.meta.format }))
      .sort((a, b) => a.agency.localeCompare(b.agency, 'zh') || b.year - a.year),
  );

  app.get('/healthz', async () => ({ ok: true, reports: kb.size }));
}
