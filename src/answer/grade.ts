// The grading rules of shared/eval/grade.mjs, for `gongkai eval`: a figure must equal the
// expected value (within tol), a passage must quote the expected words, a clarify/help must be that
// kind without a value, and where no figure exists no number may be given. A number given where it
// is not the answer is "wrong", which is worse than a miss.
import type { Answer } from './types.ts';

export interface Expectation {
  value?: number;
  tol?: number;
  kind?: string;
  contains?: string[];
  none?: boolean;
}

export interface EvalQuestion {
  id?: string;
  question: string;
  cat?: string;
  session?: string;
  report?: string;
  /** the day the question is asked (YYYY-MM-DD), for 今年/去年 */
  today?: string;
  expect: Expectation;
}

export type Verdict = { verdict: 'ok' } | { verdict: 'miss' | 'wrong'; why: string };

const NONE_KINDS = ['out_of_scope', 'not_found'];
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function grade(e: Expectation, a: Pick<Answer, 'kind' | 'text' | 'value'> | undefined): Verdict {
  if (!a) return { verdict: 'miss', why: 'no answer' };
  if (e.value !== undefined) {
    if (!isNum(a.value)) return { verdict: 'miss', why: `no value (kind ${a.kind})` };
    return Math.abs(a.value - e.value) <= (e.tol ?? 0) ? { verdict: 'ok' } : { verdict: 'wrong', why: `value ${a.value} != ${e.value}` };
  }
  if (e.none) {
    if (isNum(a.value)) return { verdict: 'wrong', why: `gave ${a.value} where no figure exists` };
    return NONE_KINDS.includes(a.kind) ? { verdict: 'ok' } : { verdict: 'miss', why: `kind ${a.kind}` };
  }
  if (e.kind === 'text') {
    if (a.kind !== 'text') return { verdict: 'miss', why: `kind ${a.kind}` };
    const lacking = (e.contains ?? []).filter((s) => !a.text.includes(s));
    return lacking.length ? { verdict: 'miss', why: `text lacks ${lacking.join(' / ')}` } : { verdict: 'ok' };
  }
  if (isNum(a.value)) return { verdict: 'wrong', why: `gave ${a.value} where ${e.kind} was expected` };
  return a.kind === e.kind ? { verdict: 'ok' } : { verdict: 'miss', why: `kind ${a.kind} != ${e.kind}` };
}

export interface EvalReport {
  total: number;
  ok: number;
  wrong: number;
  byCategory: Map<string, { n: number; ok: number }>;
  misses: { question: EvalQuestion; answer: Answer; verdict: Exclude<Verdict, { verdict: 'ok' }> }[];
}

export function summarise(results: { question: EvalQuestion; answer: Answer }[]): EvalReport {
  const report: EvalReport = { total: results.length, ok: 0, wrong: 0, byCategory: new Map(), misses: [] };
  for (const { question, answer } of results) {
    const v = grade(question.expect, answer);
    const cat = question.cat ?? '-';
    const c = report.byCategory.get(cat) ?? { n: 0, ok: 0 };
    report.byCategory.set(cat, c);
    c.n++;
    if (v.verdict === 'ok') {
      report.ok++;
      c.ok++;
    } else {
      if (v.verdict === 'wrong') report.wrong++;
      report.misses.push({ question, answer, verdict: v });
    }
  }
  return report;
}
