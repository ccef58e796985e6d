// What a sentence's figure explains of a question: the catalogue terms its own clause says, the
// words of its sentence (or, for a figure of every kind, of its clause), the words that belong to
// the other figures of the sentence, its unit. The same for every question, so made once per figure.
import { mapped } from '../arrays.ts';
import {
  AGGREGATE, EXAMPLES_END, JOINED, NEGATIVE_CLAUSE, PART_CLAUSE, PIECE_OPENING, SHARED_CLAUSE_WORDS,
} from '../catalogue/reading-words.ts';
import type { Report } from '../report/schema.ts';
import { forms, type Coverage } from './account.ts';
import { glossedWords } from './glossary.ts';
import { findMentions, type Target } from './match.ts';
import { normalise } from './normalise.ts';
import { partsFollow, trailingNoun, type FigureMatch } from './prose.ts';
import { isRowDim } from './readings.ts';
import { perOwnerAndKey } from './memo.ts';
import { unitKindOf } from './roles.ts';
import { cut, namingWords, roleOf, subWords } from './words.ts';

/** The words of a report's sentence, as questions are cut: what a prose figure's reading explains. */
const textWords = perOwnerAndKey((_report: Report, text: string): Set<string> => new Set(mapped(cut(normalise(text)), (w) => w.text)));

/**
 * Words that name the other figures a prose figure's sentence states: 「网站发布信息公开共178条，其中
 * 网络辟谣0条」 — 网络辟谣 is the second figure's, never the first's. A rate (「回复率100%」) is of the
 * clause before it, whose words stay its own.
 */
const foreignWords = perOwnerAndKey((report: Report, index: number): Set<string> => {
  const f = report.figures[index]!;
  // A word the figure's own clause says is never foreign to it (复议 of 未经复议直接起诉, though 行政复议 is another clause's).
  const own = normalise(f.context);
  const out = new Set<string>();
  const siblings = report.figures.filter((o) => o.sentence === f.sentence);
  const at = siblings.indexOf(f);
  // 「复议 351 件，其中结果维持 72 件，结果纠正 64 件」: every word of a part's clause is the part's (纠正, a verb, too).
  const parts = partsFollow(f);
  siblings.forEach((o, i) => {
    if (o === f || (f.unit === '%' && i === at - 1)) return;
    if (parts && i > at) for (const w of subWords(normalise(o.context))) if (roleOf(w).role === 'content' && w.length > 1 && !own.includes(w) && !SHARED_CLAUSE_WORDS.has(w)) out.add(w);
    for (const w of namingWords(normalise(o.context))) if (!own.includes(w) && !SHARED_CLAUSE_WORDS.has(w)) out.add(w);
    // A part said in brackets (「其他处理 319 件（含申请人主动撤回 157 件）」): every word of it is the part's.
    if (PART_CLAUSE.test(o.context)) {
      for (const w of cut(normalise(o.context))) if (roleOf(w.text).role === 'content' && !own.includes(w.text) && !SHARED_CLAUSE_WORDS.has(w.text)) out.add(w.text);
    }
  });
  return out;
});

/** What a prose figure's reading explains: the same for every question, so made once per figure. */
export const proseCoverage = (report: Report, p: FigureMatch): Coverage => coverageOf(report, p.entry.index);

/**
 * The catalogue targets of the longest term a piece of a clause holds (部分公开 of 部分公开答复, not
 * 答复), when that term is most of what the piece says: 回复 is not what 「回复网上政务咨询」 counts.
 */
function termOf(piece: string): Target[] {
  const longest = findMentions(piece).filter((m) => m.targets.some((t) => t.target.dim !== 'cue' && t.target.dim !== 'section'))
    .sort((a, b) => b.text.length - a.text.length)[0];
  if (!longest || longest.text.length * 2 < piece.replace(PIECE_OPENING, '').length) return [];
  return mapped(longest.targets, (t) => t.target).filter((t) => t.dim !== 'cue' && t.dim !== 'section');
}

/** A figure's own clause; a percentage in brackets (208 件（17.46%）) is of the count before it. */
function clauseOf(report: Report, f: Report['figures'][number]): string {
  if (f.context || f.unit !== '%') return f.context;
  const siblings = report.figures.filter((o) => o.sentence === f.sentence);
  return siblings[siblings.indexOf(f) - 1]?.context ?? '';
}

const coverageOf = perOwnerAndKey((report: Report, index: number): Coverage => {
  const f = report.figures[index]!;
  // 「总体情况里说…」: the section it stands in is part of what the question says of it.
  const sections: Target[] = [{ dim: 'section', id: f.section }, ...(f.subsection ? [{ dim: 'section', id: f.section, subsection: f.subsection } as Target] : [])];
  // 「没复议直接起诉的是几项」 of 「未经复议直接起诉 3 项」: the catalogue term its own clause says is its
  // word; a clause that joins two (「予以公开及部分公开 208 件」) states them together.
  // 「属信访、重复申请等不予处理 80 件」: what follows 等 is the whole the listed items are examples of.
  const clause = normalise(clauseOf(report, f));
  const conjuncts = clause.includes(EXAMPLES_END) ? [termOf(clause.slice(clause.lastIndexOf(EXAMPLES_END) + 1))] : mapped(clause.split(JOINED), termOf).filter((ts) => ts.length > 0);
  const named = conjuncts.flat();
  // 「…新增意大利语网站…共发布各类信息 13528 条」: a figure of every kind is not one of the things
  // the rest of its sentence names; its words are its own clause's.
  const text = AGGREGATE.test(clause) ? clause : normalise(f.sentence);
  // An English word is the figure's when its Chinese (by the glossary) is in the sentence.
  const glossed = glossedWords(text);
  const alsoKnown = (w: string) => glossed.size > 0 && /^[a-z]/.test(w) && forms(w).some((x) => glossed.has(x));
  const negative = NEGATIVE_CLAUSE.test(f.context);
  const rows = conjuncts.length > 1 ? conjuncts.flatMap((ts) => ts.filter((t) => isRowDim(t.dim))) : [];
  const trailing = mapped(cut(trailingNoun(f)).filter((w) => roleOf(w.text).role === 'content'), (w) => w.text);
  const head = trailing[trailing.length - 1];
  const after = new Set(trailing.slice(0, -1).filter((w) => w.length > 1 && !SHARED_CLAUSE_WORDS.has(w) && !SHARED_CLAUSE_WORDS.has(w.slice(0, 2))));
  return { targets: [...sections, ...named], ...(rows.length > 1 ? { together: rows } : {}), ...(head ? { head, after } : {}), ...(PART_CLAUSE.test(f.context) ? { part: true } : {}), ...(holdsPart(report, f) ? { holds: true } : {}), words: textWords(report, text), text, clause, foreign: foreignWords(report, index), unit: unitKindOf(f.unit), op: 'value', alsoKnown, negative };
});

/** Whether the figure after this one in its sentence is a part of it (答复 3050 件（含上年度结转申请 34 件）). */
function holdsPart(report: Report, f: Report['figures'][number]): boolean {
  const siblings = report.figures.filter((o) => o.sentence === f.sentence);
  const next = siblings[siblings.indexOf(f) + 1];
  return !!next && PART_CLAUSE.test(next.context);
}
