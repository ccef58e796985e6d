// POST /api/admin/reports: an agency's staff add or replace a report while the server runs. Off
// unless GONGKAI_ADMIN_TOKEN is set; the token comes as `Authorization: Bearer …` and is compared
// in constant time, before the body is read. The body is the report file itself (any content
// type, its name in `X-Filename` or `?filename=`) or a multipart form with one file field, as
// `curl -F report=@file.pdf` sends it. The file goes through the same import as `gongkai import`,
// with the same limits, and the reply is that import's summary; the knowledge base is read again
// at once, so the next question can be about the new report.
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ImportLimits } from '../../report/limits.ts';
import type { Logger } from '../log.ts';
import { sendError } from './api.ts';

export interface AdminOptions {
  token: string;
  kbDir: string;
  limits: ImportLimits;
  /** reads the knowledge base again after an import */
  refresh: () => void;
  log: Logger;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether the request carries the token: compared as digests, so in constant time and length. */
export function authorised(request: FastifyRequest, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token));
}

/** The one file of a multipart/form-data body: its name and bytes. */
export function multipartFile(body: Buffer, contentType: string): { name: string; bytes: Buffer } | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]!.trim()}`);
  for (let at = body.indexOf(delimiter); at >= 0;) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(at + delimiter.length, next);
    const headEnd = part.indexOf('\r\n\r\n');
    if (headEnd >= 0) {
      const head = part.subarray(0, headEnd).toString('utf8');
      const name = /filename\*?=(?:UTF-8'')?"?([^";\r\n]+)"?/i.exec(head)?.[1];
      // The part's bytes end before the CRLF that precedes the next delimiter.
      if (name) return { name: decodeURIComponent(name), bytes: part.subarray(headEnd + 4, part.length - 2) };
    }
    at = next;
  }
  return undefined;
}

/** A file name to import under: its last path segment, nothing that climbs out of the folder. */
function safeName(name: string): string | undefined {
  const base = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '');
  return base && base !== '.' && base !== '..' ? base : undefined;
}

export function registerAdmin(app: FastifyInstance, options: AdminOptions): void {
  const { token, kbDir, limits, refresh, log } = options;
  app.register(async (scope) => {
    // Report files come as they are: every content type is read as bytes here, up to the import's size limit.
    scope.removeAllContentTypeParsers();
    scope.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
      if (err.statusCode === 413) return sendError(reply, 413, 'too_large', `the report file is larger than the import's limit of ${Math.round(limits.fileBytes / 1024 / 1024 * 10) / 10} MB (GONGKAI_IMPORT_MAX_MB)`);
      if (err.statusCode && err.statusCode < 500) return sendError(reply, err.statusCode, 'bad_request', err.message);
      log.error({ err, url: request.url }, 'admin import failed');
      return sendError(reply, 500, 'internal', 'internal error');
    });
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limits.fileBytes }, (_request, body, done) => done(null, body));
    scope.post('/api/admin/reports', {
      bodyLimit: limits.fileBytes,
      onRequest: async (request, reply) => {
        if (!authorised(request, token)) {
          reply.header('www-authenticate', 'Bearer');
          return sendError(reply, 401, 'unauthorised', 'the admin endpoint needs Authorization: Bearer <GONGKAI_ADMIN_TOKEN>');
        }
        return undefined;
      },
    }, async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const query = request.query as { filename?: string; replace?: string; id?: string };
      const type = String(request.headers['content-type'] ?? '');
      const upload = type.startsWith('multipart/form-data')
        ? multipartFile(body, type)
        : { name: String(request.headers['x-filename'] ?? query.filename ?? ''), bytes: body };
      const name = upload && safeName(upload.name);
      if (!upload || !name) return sendError(reply, 400, 'bad_request', 'name the report file: X-Filename header, ?filename=, or a multipart form with one file');
      if (!upload.bytes.length) return sendError(reply, 400, 'bad_request', `${name}: the file is empty`);
      const dir = mkdtempSync(join(tmpdir(), 'gongkai-upload-'));
      try {
        const file = join(dir, name);
        writeFileSync(file, upload.bytes);
        const { importDocuments } = await import('../../kb/import.ts');
        const replace = query.replace === '1' || query.replace === 'true';
        const sourceUrl = String(request.headers['x-source-url'] ?? '');
        if (sourceUrl && !/^https?:\/\/\S+$/.test(sourceUrl)) return sendError(reply, 400, 'bad_request', 'X-Source-Url must be an http:// or https:// address');
        const [result] = await importDocuments([file], kbDir, { limits, ...(replace ? { replace } : {}), ...(query.id ? { id: query.id } : {}), ...(sourceUrl ? { sourceUrl } : {}) });
        if (result?.error) {
          log.warn({ file: name, code: result.error.code }, 'admin import refused');
          return sendError(reply, 422, result.error.code, result.error.message.replaceAll(dir + '/', ''));
        }
        refresh();
        const r = result!.report!;
        log.info({ file: name, report: r.id }, 'admin import');
        return reply.header('cache-control', 'no-store').send({
          imported: { id: r.id, agency: r.meta.agency, year: r.meta.year, format: r.meta.format, file: name, ...(r.meta.source.url ? { url: r.meta.source.url } : {}), warnings: r.warnings.map((w) => w.message) },
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
