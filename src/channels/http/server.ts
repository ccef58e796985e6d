// One fastify instance carries the whole HTTP side: the JSON API, the chat page, and (when Slack
// is configured for HTTP events) Bolt's receiver mounted at /slack/events, so one port and one
// TLS terminator serve every channel.
import type { RequestListener } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import type Keyv from 'keyv';
import type { KnowledgeBase } from '../../kb/index.ts';
import type { Ask, Channel } from '../channel.ts';
import type { Logger } from '../log.ts';
import { createRateLimiter } from '../rate-limit.ts';
import { registerApi, sendError } from './api.ts';
import { registerStaticPage } from './static.ts';

export const BODY_LIMIT = 16 * 1024;
/** One address may ask this many times the per-session limit (several people behind one NAT). */
const ADDRESS_FACTOR = 5;

export interface HttpServerOptions {
  ask: Ask;
  kb: KnowledgeBase;
  log: Logger;
  /** shared store for the rate counters (Redis with several instances); in-process when absent */
  rateStore?: Keyv;
  /** questions per session per minute; 0 = off */
  rateLimit: number;
  /** Bolt's HTTPReceiver.requestListener, mounted at /slack/events */
  slack?: { path: string; listener: RequestListener };
  now?: () => number;
}

export function buildHttpServer(options: HttpServerOptions): FastifyInstance {
  const { log } = options;
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false, trustProxy: process.env.TRUST_PROXY === '1' });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, _request, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) return sendError(reply, 413, 'too_large', `request body is larger than ${BODY_LIMIT / 1024} KB`);
    if (status >= 400 && status < 500) return sendError(reply, status, 'bad_request', err.message);
    log.error({ code: err.code, err: err.message }, 'http handler failed');
    return sendError(reply, 500, 'internal', 'internal error');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`));

  if (options.slack) mountRaw(app, options.slack.path, options.slack.listener);

  const limiter = createRateLimiter({ store: options.rateStore, limit: options.rateLimit, now: options.now });
  // A client can name any session it likes; the address bounds what one client can send in all.
  const addressLimiter = createRateLimiter({ store: options.rateStore, limit: options.rateLimit * ADDRESS_FACTOR, now: options.now });
  registerApi(app, { ask: options.ask, kb: options.kb, limiter, addressLimiter, log });
  registerStaticPage(app);
  return app;
}

/**
 * Hand the untouched request to a Node listener. It happens in onRequest, before fastify reads
 * the body, because Bolt verifies the signature over the raw bytes and reads them itself.
 */
function mountRaw(app: FastifyInstance, path: string, listener: RequestListener): void {
  app.route({
    method: 'POST',
    url: path,
    onRequest: async (request, reply) => {
      reply.hijack();
      try {
        listener(request.raw, reply.raw);
      } catch {
        // Bolt throws when it does not own the request; the route already matched, so this is a bug.
        if (!reply.raw.headersSent) reply.raw.writeHead(404).end();
      }
    },
    handler: async () => undefined,
  });
}

export function httpChannel(app: FastifyInstance, { port, host }: { port: number; host: string }): Channel & { url(): string } {
  return {
    name: 'http',
    async start() {
      await app.listen({ port, host });
    },
    async stop() {
      await app.close();
    },
    url: () => listeningUrl(app),
  };
}

/** http://host:port of a listening server (the real port when it was asked to listen on 0). */
export function listeningUrl(app: FastifyInstance): string {
  const address = app.server.address();
  if (!address || typeof address === 'string') return String(address);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
