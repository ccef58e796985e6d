// The web chat page: three plain files beside this module, read once at start and served by the
// same fastify instance. No bundler and no CDN: the page must work on a machine without internet.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { ensureSession } from './cookie.ts';
import { logoOrigin, readSite, type Site } from './site.ts';

const PUBLIC = new URL('./public/', import.meta.url);

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

// Defence in depth behind textContent: even an injected <script> would have nowhere to load from.
// Images may come from the agency's logo address too.
const csp = (site: Site) => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data:${logoOrigin(site) ? ` ${logoOrigin(site)}` : ''}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerStaticPage(app: FastifyInstance, site: Site = readSite()): void {
  const CSP = csp(site);
  const siteJson = JSON.stringify(site);
  app.get('/api/site', async (_request, reply) => reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').send(siteJson));
  const files = new Map(Object.entries(FILES).map(([name, type]) => [name, { type, body: readFileSync(new URL(name, PUBLIC)) }]));

  const send = (name: string) => {
    const file = files.get(name)!;
    return { file, headers: { 'content-type': file.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } };
  };

  app.get('/', async (request, reply) => {
    ensureSession(request, reply);
    const { file, headers } = send('index.html');
    return reply.headers({ ...headers, 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' }).send(file.body);
  });

  app.get<{ Params: { name: string } }>('/static/:name', async (request, reply) => {
    if (!files.has(request.params.name) || request.params.name === 'index.html') return reply.callNotFound();
    const { file, headers } = send(request.params.name);
    return reply.headers(headers).send(file.body);
  });
}
