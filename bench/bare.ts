// The floor for /api/ask on this machine: a bare fastify route that answers each question with the
// reply gongkai serve gave it (read from a file), parsing the same body, and nothing else: no
// validation, cookie, rate limit, session or answering. Run by bench/serve.ts as its own process,
// like the real server: node --import tsx bench/bare.ts PORT ANSWERS.json
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, file] = process.argv.slice(2);
const replies = new Map(Object.entries(JSON.parse(readFileSync(file!, 'utf8')) as Record<string, unknown>));
const app = Fastify({ logger: false });
app.post('/api/ask', async (request) => replies.get((request.body as { question: string }).question));
app.get('/healthz', async () => ({ ok: true }));
await app.listen({ port: Number(port), host: '127.0.0.1' });
