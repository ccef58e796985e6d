// The last check before a reply leaves: every number in its text must be one the knowledge base
// vouches for. A reply that says a number from nowhere (a bug, a forged source, a template that
// went wrong, later a language model) is refused as a whole rather than corrected.
import { mapped } from '../arrays.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Report } from '../report/schema.ts';
import type { Answer } from './types.ts';
import { HOTLINE } from './render.ts';
import { FINANCIAL_NUMERALS, OTHER_SCRIPT_DIGITS } from '../catalogue/numerals.ts';

const NUMBER = /\d+(?:\.\d+)?/g;
// The format's own numbering as English replies spell it (Chinese replies use 三、 and （一）).
const STRUCTURE = /\bSection [1-6]\b|\bArticle 20 \([1-9]\)/g;

export interface GuardVerdict {
  ok: boolean;
  /** the numbers that nothing vouches for */
  unexplained: string[];
}

/** One spelling for comparing quotes: NFKC, runs of spaces as one, runs of line breaks as one. */
// Not report/text.ts squash (which drops every space to compare labels): quotes keep their words apart.
const evenSpacing = (s: string) => s.normalize('NFKC').replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n');

const proseCache = new WeakMap<Report, string[]>();
/** A report's own words: its passages and the sentences of its prose figures, evenly spaced. */
function wordsOf(report: Report): string[] {
  let words = proseCache.get(report);
  if (!words) proseCache.set(report, (words = [...mapped(report.prose, (p) => evenSpacing(p.text)), ...mapped(report.figures, (f) => evenSpacing(f.sentence))]));
  return words;
}

/** Text one of these reports really holds, word for word: a passage or the sentence of a prose figure. */
function verbatim(kb: KnowledgeBase, reportIds: Iterable<string>, quote: string): boolean {
  const q = evenSpacing(quote).trim();
  if (!q) return false;
  for (const id of reportIds) {
    const report = kb.get(id);
    if (report && wordsOf(report).some((w) => w.includes(q))) return true;
  }
  return false;
}

const QUOTE_PAIRS: Record<string, string> = { '「': '」', '“': '”', '『': '』' };

/**
 * Blanks every quoted span (「…」, “…”) whose words the cited reports hold verbatim. The widest
 * such span wins, so that a passage quoting something itself (“…“上网不涉密”…”) goes whole.
 */
function blankQuotes(text: string, isVerbatim: (quote: string) => boolean): string {
  let out = text;
  for (let i = 0; i < out.length; i++) {
    const close = QUOTE_PAIRS[out[i]!];
    if (!close) continue;
    const ends: number[] = [];
    for (let j = out.indexOf(close, i + 1); j >= 0; j = out.indexOf(close, j + 1)) ends.push(j);
    for (const j of ends.reverse()) {
      if (!isVerbatim(out.slice(i + 1, j))) continue;
      out = out.slice(0, i) + ' '.repeat(j + 1 - i) + out.slice(j + 1);
      i = j;
      break;
    }
  }
  return out;
}

const yearCache = new WeakMap<KnowledgeBase, { version: number; years: Set<number> }>();

/** The years the knowledge base has reports for: a reply may always name those. */
export function yearsOf(kb: KnowledgeBase): Set<number> {
  const hit = yearCache.get(kb);
  if (hit && hit.version === kb.version) return hit.years;
  const years = new Set<number>();
  for (const r of kb.all()) years.add(r.meta.year);
  yearCache.set(kb, { version: kb.version, years });
  return years;
}

/**
 * @param vouched numbers the question itself gives the reply (the year it asked about, 去年 read
 *   against today): never a figure of a report.
 */
export function checkNumbers(answer: Answer, kb: KnowledgeBase, vouched: number[] = []): GuardVerdict {
  // NFKC: a full-width ９９９ is a number too.
  let text = evenSpacing(answer.text);
  for (const s of answer.sources) {
    if (s.quote && verbatim(kb, [s.report], s.quote)) text = text.replaceAll(evenSpacing(s.quote).trim(), ' ');
  }
  if (/[「“『]/.test(text)) {
    const cited = new Set(mapped(answer.sources, (s) => s.report));
    text = blankQuotes(text, (q) => verbatim(kb, cited, q));
  }
  const years = yearsOf(kb);
  const unexplained: string[] = [];
  // A citation may hold no number but a report's year; it is checked as the citation it is.
  for (const citation of answer.citations) {
    for (const n of citation.replace(STRUCTURE, ' ').match(NUMBER) ?? []) if (!years.has(Number(n))) unexplained.push(n);
    text = text.replaceAll(evenSpacing(citation), ' ');
  }
  text = text.replace(STRUCTURE, ' ');
  const allowed = [Number(HOTLINE), ...mapped(answer.sources, (s) => s.value), ...mapped(answer.parts ?? [], (p) => p.value),
    ...mapped(answer.derived ?? [], (d) => d.value), answer.value, ...vouched];
  // A sign is said in words (「减少 5 件」 for −5): the digits are the size.
  for (const n of text.match(NUMBER) ?? []) {
    const v = Number(n);
    if (!years.has(v) && !allowed.some((a) => a !== null && Math.abs(Math.abs(a) - v) < 1e-9)) unexplained.push(n);
  }
  // Digits of other scripts and financial numerals: no template writes them, no figure is kept so.
  for (const n of text.match(OTHER_SCRIPT_DIGITS) ?? []) unexplained.push(n);
  for (const n of text.match(FINANCIAL_NUMERALS) ?? []) unexplained.push(n);
  return { ok: unexplained.length === 0, unexplained };
}
