// One fastify instance carries the whole HTTP side: the JSON API, the chat page, and (when Slack
// is configured for HTTP events) Bolt's receiver mounted at /slack/events, so one port and one
// TLS terminator serve every channel. A client that stalls (headers and no body, a byte now and
// then) is cut off by the timeouts below, and the number of open connections is capped, so no
// client can hold the server's sockets for good.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { KbSource } from '../../kb/source.ts';
import type { RedisLink } from '../../store/redis.ts';
import type { Ask, Channel } from '../channel.ts';
import { DEFAULT_HTTP_LIMITS, type HttpLimits, type TrustProxy } from '../config.ts';
import type { Logger } from '../log.ts';
import { registerRateLimit } from '../rate-limit.ts';
import { registerApi, sendError } from './api.ts';
import { capConnectionsPerAddress } from './connections.ts';
import { registerStaticPage } from './static.ts';

export const BODY_LIMIT = 16 * 1024;

export interface HttpServerOptions {
  ask: Ask;
  kb: KbSource;
  log: Logger;
  /** shared rate counts (several instances); in-process when absent or away */
  redis?: RedisLink;
  /** questions per session per minute; 0 = off */
  rateLimit: number;
  trustProxy?: TrustProxy;
  http?: Partial<HttpLimits>;
  /** signs session cookies (see cookie-secret.ts); a fresh one per process when absent */
  cookieSecret?: string;
  /** Bolt's HTTPReceiver.requestListener, mounted at /slack/events */
  slack?: { path: string; listener: RequestListener };
}

export function buildHttpServer(options: HttpServerOptions): FastifyInstance {
  const { log } = options;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.http };
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: false,
    // A hop count is proxy-addr's "trust the nth hop"; fastify's types omit the number form.
    trustProxy: (options.trustProxy ?? false) as string[] | boolean,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    maxRequestsPerSocket: limits.maxRequestsPerSocket,
    serverFactory: (handler) => {
      const server = createServer({
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersTimeoutMs / 2))),
      }, handler);
      server.maxConnections = limits.maxConnections;
      enforceDeadlines(server, limits.requestTimeoutMs, limits.keepAliveTimeoutMs);
      capConnectionsPerAddress(server, limits.maxConnectionsPerAddress, options.trustProxy);
      return server;
    },
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) return sendError(reply, 413, 'too_large', `request body is larger than ${BODY_LIMIT / 1024} KB`);
    if (status >= 400 && status < 500) return sendError(reply, status, 'bad_request', err.message);
    log.error({ err, method: request.method, url: request.url.split('?')[0] }, 'http handler failed');
    return sendError(reply, 500, 'internal', 'internal error');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`));

  app.register(fastifyCookie, { secret: options.cookieSecret ?? randomBytes(32).toString('base64url') });
  registerRateLimit(app, { limit: options.rateLimit, link: options.redis });
  app.register(async (scope) => {
    if (options.slack) mountRaw(scope, options.slack.path, options.slack.listener, log);
    registerApi(scope, { ask: options.ask, kb: options.kb, rateLimit: options.rateLimit, log });
    registerStaticPage(scope);
  });
  return app;
}

/**
 * Each request must arrive, be answered and be sent within `requestMs` of the connection opening,
 * or of the previous response plus the keep-alive wait (Node closes an idle keep-alive socket
 * itself, politely): a client that sends headers and then nothing, or a byte now and then, loses
 * its socket. Node's own headersTimeout/requestTimeout are set too, but they depend on a periodic
 * sweep that was seen to leave such sockets open; this timer per socket does not.
 */
function enforceDeadlines(server: Server, requestMs: number, keepAliveMs: number): void {
  const deadlines = new WeakMap<Socket, NodeJS.Timeout>();
  const arm = (socket: Socket, ms: number) => {
    clearTimeout(deadlines.get(socket));
    if (socket.destroyed) return;
    deadlines.set(socket, setTimeout(() => socket.destroy(), ms).unref());
  };
  server.on('connection', (socket: Socket) => {
    arm(socket, requestMs);
    socket.once('close', () => clearTimeout(deadlines.get(socket)));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    response.once('finish', () => arm(request.socket, keepAliveMs + requestMs));
  });
}

/**
 * Hand the untouched request to a Node listener. It happens in onRequest, before fastify reads
 * the body, because Bolt verifies the signature over the raw bytes and reads them itself.
 */
function mountRaw(app: FastifyInstance, path: string, listener: RequestListener, log: Logger): void {
  app.route({
    method: 'POST',
    url: path,
    onRequest: async (request, reply) => {
      reply.hijack();
      try {
        listener(request.raw, reply.raw);
      } catch (err) {
        // Bolt throws when it does not own the request; the route already matched, so this is a bug.
        log.error({ err, path }, 'mounted listener failed');
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
