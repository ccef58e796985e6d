// The last check before a reply leaves: every number in its text must be one the knowledge base
// vouches for. A reply that says a number from nowhere (a bug, a forged source, a template that
// went wrong, later a language model) is refused as a whole rather than corrected.
import type { KnowledgeBase } from '../kb/index.ts';
import type { Answer } from './types.ts';
import { HOTLINE } from './render.ts';

const NUMBER = /\d+(?:\.\d+)?/g;
// A citation runs from its prefix to the end of its line.
const CITATION = /(?:来源：|Source: )[^\n]*/g;
// Numbers a citation may carry besides the report's year: section numbers, and the article and
// item numbers of section 二 in English (Article 20 (1)).
const CITATION_NUMBERS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 20]);

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

export function checkNumbers(answer: Answer, kb: KnowledgeBase): GuardVerdict {
  let text = answer.text.normalize('NFKC');
  for (const s of answer.sources) {
    if (s.quote && quoted(kb, s.report, s.quote)) text = text.replaceAll(s.quote.normalize('NFKC'), ' ');
  }
  const years = new Set<number>();
  for (const r of kb.all()) years.add(r.meta.year);
  const unexplained: string[] = [];
  text = text.replace(CITATION, (citation) => {
    for (const n of citation.match(NUMBER) ?? []) if (!years.has(Number(n)) && !CITATION_NUMBERS.has(Number(n))) unexplained.push(n);
    return ' ';
  });
  const allowed = new Set<number>([...years, Number(HOTLINE)]);
  if (answer.value !== null) allowed.add(answer.value);
  for (const s of answer.sources) if (s.value !== null) allowed.add(s.value);
  for (const p of answer.parts ?? []) allowed.add(p.value);
  for (const n of text.match(NUMBER) ?? []) {
    const v = Number(n);
    if (![...allowed].some((a) => Math.abs(a - v) < 1e-9)) unexplained.push(n);
  }
  return { ok: unexplained.length === 0, unexplained };
}
