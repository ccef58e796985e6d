// GET /api/examples?report=ID: questions to try about the chosen report (or, with none chosen, the
// newest report, named in each question), each one answered with a figure or a passage: a question
// that would ask back or find nothing is never offered. Checked once per knowledge base and report.
import type { FastifyInstance } from 'fastify';
import { EXAMPLE_QUESTIONS } from '../../catalogue/examples.ts';
import type { KnowledgeBase } from '../../kb/index.ts';
import type { Report } from '../../report/schema.ts';
import type { Ask } from '../channel.ts';

const SHOWN = 6;

/** The report the page asks about when none is chosen: the only one, or the newest. */
function newest(kb: KnowledgeBase): Report | undefined {
  let best: Report | undefined;
  for (const r of kb.all()) if (!best || r.meta.year > best.meta.year || (r.meta.year === best.meta.year && r.id < best.id)) best = r;
  return best;
}

export async function examplesFor(ask: Ask, kb: KnowledgeBase, reportId: string | undefined): Promise<string[]> {
  const chosen = reportId ? kb.get(reportId) : undefined;
  const report = chosen ?? newest(kb);
  if (!report) return [];
  // Without a chosen report, the question names it, so that it stands alone among many.
  const prefix = chosen || kb.size === 1 ? '' : `${report.meta.agency}${report.meta.year}年`;
  const checked = await Promise.all(EXAMPLE_QUESTIONS.map(async (q, order) => {
    const question = prefix + q;
    // No session: a check is no conversation, and stores nothing.
    const a = await ask(question, { session: '', ...(chosen ? { report: chosen.id } : {}) });
    const ok = (a.kind === 'figure' && a.value !== null) || a.kind === 'text';
    return ok ? { question, order, rank: a.kind === 'figure' && a.value === 0 ? 1 : 0 } : undefined;
  }));
  return checked.filter((c) => c !== undefined).sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, SHOWN).map((c) => c.question);
}

export function registerExamples(app: FastifyInstance, ask: Ask, kb: () => KnowledgeBase): void {
  const cache = new WeakMap<KnowledgeBase, Map<string, Promise<string[]>>>();
  app.get<{ Querystring: { report?: string } }>('/api/examples', async (request, reply) => {
    const current = kb();
    const id = typeof request.query.report === 'string' && current.get(request.query.report) ? request.query.report : '';
    let byReport = cache.get(current);
    if (!byReport) cache.set(current, (byReport = new Map()));
    let questions = byReport.get(id);
    if (!questions) {
      questions = examplesFor(ask, current, id || undefined);
      byReport.set(id, questions);
      questions.catch(() => byReport!.delete(id));
    }
    return reply.header('cache-control', 'no-cache').send({ report: id || null, questions: await questions });
  });
}
