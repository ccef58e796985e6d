// A local server that speaks the part of Slack's Web API the bot uses, plus response_url: tests
// point SLACK_API_URL here and read back exactly what Slack would have been asked to post.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  /** e.g. chat.postMessage, or respond:<id> for a response_url */
  method: string;
  body: Record<string, unknown>;
  authorization?: string;
}

export interface FakeSlackApi {
  url: string;
  /** base for response_url values: `${responseUrl}/<id>` */
  responseUrl: string;
  calls: SlackCall[];
  posts(method?: string): SlackCall[];
  close(): Promise<void>;
}

export const FAKE_IDS = { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' };

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: SlackCall[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = parseBody(req, await readAll(req));
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const reply = (data: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (path.startsWith('/respond/')) {
      calls.push({ method: `respond:${path.slice('/respond/'.length)}`, body });
      return reply({ ok: true });
    }
    const method = path.replace(/^\/api\//, '');
    calls.push({ method, body, authorization: req.headers.authorization });
    if (method === 'auth.test') return reply({ ok: true, url: 'https://gongkai.slack.com/', team: 'Gongkai', user: 'gongkai', ...FAKE_IDS });
    if (method === 'chat.postMessage') return reply({ ok: true, channel: body.channel, ts: `${Date.now() / 1000}`, message: body });
    return reply({ ok: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/api/`,
    responseUrl: `${base}/respond`,
    calls,
    posts: (method = 'chat.postMessage') => calls.filter((c) => c.method === method),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

// The Web API client posts form-urlencoded bodies whose object fields (blocks) are JSON strings;
// respond() posts JSON. Both come back as one plain object.
function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
