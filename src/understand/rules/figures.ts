// Rules that weigh figures made or stated otherwise than by one table cell: a derived figure (a
// sum, a difference), a sentence of the report that rivals the table's cell, a sentence's figure.
import { mapped } from '../../arrays.ts';
import { LIST_MARK, TRAILING_PARTICLE } from '../../catalogue/reading-words.ts';
import type { ProseFigure } from '../../report/schema.ts';
import { restatedCell } from '../../report/audit.ts';
import { enclosed } from '../account.ts';
import { targetsOf, unexplained } from '../candidates.ts';
import { isInfixSum } from '../asking.ts';
import { targetKey, type Target } from '../match.ts';
import { sameMeasure, type Measure } from '../measure.ts';
import { proseCoverage } from '../prose-coverage.ts';
import { proseIndex, type FigureMatch } from '../prose.ts';
import type { TableResult } from '../readers/index.ts';
import { saidPart, type Sentence } from '../sentence.ts';
import type { Query } from '../understood.ts';
import { NEAR_TIE } from '../weights.ts';
import type { Rule } from './rule.ts';

/**
 * Operators are computed or declined, never dropped: 「A和B加起来」 is not A. A sum word alone
 * (一共多少) says "the total"; with a list (A和B一共, A、B加起来) it adds the list up.
 */
export const derivedRule: Rule = {
  name: 'derived',
  says: 'every part of the question is one figure, joined by an operator (asked back when a part is not one figure)',
  decide: (s, r) => {
    const { words } = s;
    // 「复议加维持」: 加 between two terms adds them, as 和 would list them.
    const infix = words.some((w) => w.role === 'sum' && isInfixSum(w.text) && s.mentions.some((m) => m.end <= w.start) && s.mentions.some((m) => m.start >= w.end));
    const listed = infix || words.some((w) => w.role === 'and') || LIST_MARK.test(saidPart(s));
    const operators = words.some((w) => w.role === 'minus' || w.role === 'compare') || (listed && s.summed) || !!s.operation;
    // 「怎么给基层减负」: how, and no number asked: 减 is no operator.
    const described = !(s.flags.quantity || s.flags.share || s.flags.difference) && words.some((w) => w.role === 'describe');
    if (!operators || s.asksWhich || described) return undefined;
    const { table, ok } = r.table;
    if (ok && table!.op !== 'value') return undefined;
    const derived = r.derived.derived;
    // An infix 加 that does not join two figures is not dropped for the one figure its terms make.
    if (!derived && infix) return { intent: 'clarify', lang: s.lang, choices: table?.measures ?? [] };
    return derived?.query;
  },
};

/** Whether a group target holds a measure's row (不予处理 holds 重复申请). */
function encloses(group: Target, m: Measure): boolean {
  const row = targetsOf(m)[0];
  return !!row && enclosed(group).includes(targetKey(row));
}

/** When the table's cell is missing from the report, a sentence's figure answers. */
const tableMissing = (s: Sentence, t: TableResult) => t.ok && t.table!.measures.length === 1 && !!s.input.figureOf && t.value === undefined;

/** Whether a sentence's figure is the cell stated again in the text (FORMAT.md relation 6). */
function restatesCell(f: ProseFigure, cell: Measure): boolean {
  const check = restatedCell(f);
  return !!check && sameMeasure(check.cell, cell);
}

/** A table cell and sentences of the report that fit the question alike, and differ: asked back. */
function tableOrSentence(s: Sentence, cell: Measure, sentences: readonly FigureMatch[]): Query {
  const choices: Measure[] = [cell, ...mapped(sentences, (p): Measure => ({ table: 'prose', figure: p.entry.index }))];
  return { intent: 'clarify', lang: s.lang, choices };
}

/**
 * 「你们回复了多少」: a word that is a row's synonym and also the very words of a sentence stating
 * another number (回复网上政务咨询 548 条): both are readings, and they differ. (A comparison across
 * reports compares table figures: a sentence is no rival there.)
 */
export const rivalRule: Rule = {
  name: 'rival',
  says: 'a table row and a sentence of the report both fit the question\'s words: asked back',
  decide: (s, r) => {
    if (s.input.comparing) return undefined;
    const t = r.table;
    const { report, text, table } = { report: s.report, text: s.text, table: t.table };
    if (!t.ok || tableMissing(s, t) || t.value === undefined || !report || table!.measures.length !== 1) return undefined;
    const rivalWords = mapped(table!.used.filter((h) => !h.fallback), (h) => text.slice(h.start, h.end).replace(TRAILING_PARTICLE, '')).filter((w) => w.length >= 2);
    if (!rivalWords.length) return undefined;
    const rivals = mapped(proseIndex(report).figures
      .filter((e) => e.figure.value !== t.value && rivalWords.some((w) => e.context.includes(w))), (entry) => ({ entry, score: 0 }))
      // A sentence's group (不予处理 80 件) is no rival to its item the table states (重复申请 16 件).
      .filter((p) => !proseCoverage(report, p).targets.some((g) => encloses(g, table!.measures[0]!)))
      // Nor is a sentence that states the cell itself otherwise: the table answers, and says so (answer/caveats.ts).
      .filter((p) => !restatesCell(p.entry.figure, table!.measures[0]!))
      .filter((p) => unexplained(s.words, s.mentions, proseCoverage(report, p)).length === 0);
    return rivals.length ? tableOrSentence(s, table!.measures[0]!, rivals) : undefined;
  },
};

/**
 * A sentence's figure, when no table reading accounts for the question or the sentence fits it better.
 * When an accounted table reading gives the same number (the narrative restating it), the table is
 * the better citation. A question the table reading explains word for word (「行政复议结果维持有多少件」)
 * asks for the table's cell, whatever a sentence that merely names the row (「行政复议 9 项」) says.
 */
export const proseRule: Rule = {
  name: 'prose',
  says: 'a sentence of the report states the figure, and its words account for the question (asked back when another sentence or the table fits as well)',
  decide: (s, r) => {
    const { statedRate, accounted, best } = r.prose;
    if (!best || s.asksWhich) return undefined;
    const t = r.table;
    // 「结转的申请」 fits 上年结转 and 结转下年度 alike: a sentence that happens to state one does not choose.
    if (t.ok && !!t.table!.choices?.length && statedRate !== best) return undefined;
    const explainsAll = t.ok && t.table!.measures.length > 0 && s.words.every((w) => w.role !== 'content');
    const preferred = statedRate === best || !t.ok || tableMissing(s, t) || (best.score > t.table!.score && !explainsAll);
    if (!preferred || (t.ok && t.value === best.entry.figure.value)) return undefined;
    // A table cell that accounts for the question by its own terms, and another sentence that states the
    // cell's number (办结 1191): the sentence that scores higher (受理 1295) is a rival, not the answer.
    const named = t.ok && t.value !== undefined && !statedRate && t.table!.used.some((h) => !h.fallback);
    const restated = named && accounted.some((p) => p !== best && p.entry.figure.value === t.value);
    if (restated) return tableOrSentence(s, t.table!.measures[0]!, [best]);
    const rivals = accounted.filter((p) => p !== best && p.score >= best.score * NEAR_TIE && p.entry.figure.value !== best.entry.figure.value);
    const choices: Measure[] = mapped([best, ...rivals], (p) => ({ table: 'prose', figure: p.entry.index }));
    return rivals.length ? { intent: 'clarify', lang: s.lang, choices } : { intent: 'figure', lang: s.lang, op: 'value', measures: choices };
  },
};
