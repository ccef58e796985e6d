// The last check before a reply leaves: every number in its text must be one the knowledge base
// vouches for. A reply that says a number from nowhere (a bug, a forged source, a template that
// went wrong, later a language model) is refused as a whole rather than corrected.
import type { KnowledgeBase } from '../kb/index.ts';
import type { Answer } from './types.ts';
import { HOTLINE } from './render.ts';

const NUMBER = /\d+(?:\.\d+)?/g;
// A citation runs from its prefix to the end of its line; only a report's year may be a number in it.
const CITATION = /(?:来源：|Source: )[^\n]*/g;
// The format's own numbering as English replies spell it (Chinese replies use 三、 and （一）).
const STRUCTURE = /\bSection [1-6]\b|\bArticle 20 \([1-9]\)/g;

export interface GuardVerdict {
  ok: boolean;
  /** the numbers that nothing vouches for */
  unexplained: string[];
}

/** Text the knowledge base really holds: a passage or the sentence of a prose figure. */
function quoted(kb: KnowledgeBase, reportId: string, quote: string): boolean {
  const report = kb.get(reportId);
  if (!report || !quote.trim()) return false;
  return report.prose.some((p) => p.text.includes(quote)) || report.figures.some((f) => f.sentence.includes(quote));
}

const yearCache = new WeakMap<KnowledgeBase, { size: number; years: Set<number> }>();

/** The years the knowledge base has reports for: a reply may always name those. */
function yearsOf(kb: KnowledgeBase): Set<number> {
  const hit = yearCache.get(kb);
  if (hit && hit.size === kb.size) return hit.years;
  const years = new Set<number>();
  for (const r of kb.all()) years.add(r.meta.year);
  yearCache.set(kb, { size: kb.size, years });
  return years;
}

export function checkNumbers(answer: Answer, kb: KnowledgeBase): GuardVerdict {
  // NFKC: a full-width ９９９ is a number too. ASCII text is already in that form.
  let text = /[^\x00-\x7f]/.test(answer.text) ? answer.text.normalize('NFKC') : answer.text;
  for (const s of answer.sources) {
    if (s.quote && quoted(kb, s.report, s.quote)) text = text.replaceAll(s.quote.normalize('NFKC'), ' ');
  }
  const years = yearsOf(kb);
  const unexplained: string[] = [];
  text = text.replace(STRUCTURE, ' ').replace(CITATION, (citation) => {
    for (const n of citation.match(NUMBER) ?? []) if (!years.has(Number(n))) unexplained.push(n);
    return ' ';
  });
  const allowed = [Number(HOTLINE), ...answer.sources.map((s) => s.value), ...(answer.parts ?? []).map((p) => p.value), answer.value];
  for (const n of text.match(NUMBER) ?? []) {
    const v = Number(n);
    if (!years.has(v) && !allowed.some((a) => a !== null && Math.abs(a - v) < 1e-9)) unexplained.push(n);
  }
  return { ok: unexplained.length === 0, unexplained };
}
