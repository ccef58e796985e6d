// The derived reader: 「全部公开和只公开一部分的加起来」「12345工单数减去信息公开申请数」「A比B多几件」
// — the question cut at its operator words, each part read as a figure of its own (a cell, a
// group, a prose figure).
import { mapped } from '../../arrays.ts';
import { BREAKDOWNS, type FormatVersion } from '../../catalogue/format.ts';
import type { DeclaredName } from '../../catalogue/operations.ts';
import { NOT_COUNTED, PART_BREAK } from '../../catalogue/reading-words.ts';
import type { Coverage, LeftOver } from '../account.ts';
import { figureUnit, OPERATOR_ROLES, tableCoverage, unexplained, type Candidate } from '../candidates.ts';
import { narrativeInChinese, withoutDomainWords } from '../glossary.ts';
import type { Mention } from '../match.ts';
import { activeTableOf, breakdownOf, sameMeasure, type Measure } from '../measure.ts';
import { betweenWords, isDeclared, operandsOf } from '../operations.ts';
import { proseCoverage } from '../prose-coverage.ts';
import { bigrams, matchFigures, proseIndex } from '../prose.ts';
import { familyOf, hitsOf, isColDim, isRowDim, tableReading, type Hit, type Op } from '../readings.ts';
import type { Sentence } from '../sentence.ts';
import type { UnderstandInput } from '../understood.ts';
import { NEAR_TIE } from '../weights.ts';
import type { Word } from '../words.ts';

export interface DerivedReading {
  candidates: Candidate[];
  /** figure: every part is one figure, joined; clarify: a part is not one figure */
  derived?: Candidate;
}

/** The question's parts as figures joined by its operators (一共 and 合计 among them, as words of a sum). */
export function derivedReader(s: Sentence): DerivedReading {
  const derived = derivedReading(s.input, [...s.words, ...s.sums].sort((a, b) => a.start - b.start), s.format, s.operation);
  return derived ? { candidates: [derived], derived } : { candidates: [] };
}

/**
 * Every part must be one figure whose words account for the part; a part that names only a column
 * takes the row of the part before it (「制发减去废止」 of one row). A declared operation (几倍) takes
 * its parts in the order said, cut also where its figures are joined (是), and exactly as many as it takes.
 */
function derivedReading(input: UnderstandInput, words: readonly Word[], format: FormatVersion, operation: DeclaredName | undefined): Candidate | undefined {
  const { text, mentions, report } = input;
  // A declared operation's word beside another operation's (「A减去B的几倍」) asks neither.
  if (!operation && words.some((w) => isDeclared(w.role))) return undefined;
  const between = operation ? betweenWords(operation) : undefined;
  const ops = words.filter((w) => OPERATOR_ROLES.has(w.role) || w.role === 'more' || isDeclared(w.role) || !!between?.has(w.text));
  const minus = ops.some((w) => w.role === 'minus' || w.role === 'compare');
  if (!ops.length) return undefined;
  const cuts: [number, number][] = mapped(ops, (w) => [w.start, w.end]);
  for (let i = 0; i < text.length; i++) {
    if (PART_BREAK.test(text[i]!) && !mentions.some((m) => m.start <= i && i < m.end)) cuts.push([i, i + 1]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const spans: [number, number][] = [];
  let at = 0;
  for (const [a, b] of cuts) {
    if (a > at) spans.push([at, a]);
    at = Math.max(at, b);
  }
  if (at < text.length) spans.push([at, text.length]);
  const measures: Measure[] = [];
  let score = 0;
  // 「规范性文件净增多少（制发减废止）」: a row said first, whose figures the parts after it name by column.
  let context: Measure | undefined;
  for (const [a, b] of spans) {
    const partWords = words.filter((w) => w.start >= a && w.end <= b);
    const partMentions = mentions.filter((m) => m.start >= a && m.end <= b);
    const said = partMentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue')) || partWords.some((w) => w.role === 'content' || w.role === 'narrowing');
    if (!said) continue;
    const part = partFigure(input, text.slice(a, b), partWords, partMentions, format, measures.at(-1) ?? context);
    if (!part && !measures.length && !context && (context = rowContext(input.text, partWords, partMentions, format))) continue;
    // The same figure said twice (「handled in total (办理结果总计)」) is one figure glossed, not a sum;
    // so are a whole and its parts (「两类行政诉讼（直接起诉、复议完再起诉）」): the whole counts once.
    if (part && measures.some((m) => sameMeasure(m, part.measure) || partOf(part.measure, m, format))) continue;
    if (!part) return { reader: 'derived', query: { intent: 'clarify', lang: input.lang, choices: measures }, score: 0, left: [{ text: text.slice(a, b).trim(), why: 'word' }] };
    for (let i = measures.length - 1; i >= 0; i--) if (partOf(measures[i]!, part.measure, format)) measures.splice(i, 1);
    measures.push(part.measure);
    score += part.score;
  }
  if (measures.length < 2 || !report || (operation && measures.length !== operandsOf(operation))) return undefined;
  const op: Op = operation ?? (minus ? 'difference' : 'sum');
  return { reader: 'derived', query: { intent: 'figure', lang: input.lang, op, measures: op === 'difference' ? measures.slice(0, 2) : measures }, score, left: [] };
}

/**
 * A part that names a row of 二 whose figure needs a column, said before the parts that name its
 * columns: the row they are of. Its other words may only name columns (净增, net change).
 */
function rowContext(text: string, words: readonly Word[], mentions: readonly Mention[], format: FormatVersion): Measure | undefined {
  const t = tableReading({ text, hits: hitsOf([...mentions]), format, share: false, difference: false, shareAt: -1 });
  const rows = new Set(mapped(t?.choices ?? [], (m) => (m.table === 'active' ? m.row : '')));
  const row = rows.size === 1 ? [...rows][0] : undefined;
  if (!t || !row || t.measures.length) return undefined;
  const columnsOnly = (l: LeftOver) => l.why === 'operator' || (l.why === 'term' && mentions.some((m) => m.text === l.text && m.targets.every((x) => x.target.dim === 'act_col')));
  const left = unexplained(words, mentions, { targets: [{ dim: 'act_row', id: row }], family: 'active', op: 'value' });
  return left.every(columnsOnly) ? { table: 'active', row } : undefined;
}

/** Whether a figure is one of the parts another is made of (直接起诉 of 行政诉讼). */
function partOf(part: Measure, whole: Measure, format: FormatVersion): boolean {
  return (breakdownOf(whole, format) ?? []).slice(1).some((m) => sameMeasure(m, part));
}

/** One part of a derived question as a single figure, or undefined when it is not exactly one. */
function partFigure(input: UnderstandInput, partText: string, words: readonly Word[], mentions: readonly Mention[], format: FormatVersion, before: Measure | undefined): { measure: Measure; score: number } | undefined {
  const hits = hitsOf([...mentions]);
  // 「直接起诉的和复议之后再起诉的」 alone: a breakdown named is, in a sum, the whole it breaks down.
  const named = hits.filter((h) => h.target.dim !== 'cue');
  const breakdown = named.length === 1 && named[0]!.target.dim === 'breakdown' ? BREAKDOWNS.find((b) => b.id === (named[0]!.target as { id: string }).id) : undefined;
  if (breakdown && words.every((w) => w.role === 'filler' || w.role === 'quantity')) return { measure: breakdown.whole, score: named[0]!.score };
  const t = tableReading({ text: input.text, hits, format, share: false, difference: false, shareAt: -1 });
  // A generic word alone (申请人) names no figure of its own in a list of figures; a longer one
  // (信息公开申请, 申请总数) names the requests received.
  const specific = !!t && (t.used.some((h) => !h.fallback) || partText.replace(NOT_COUNTED, '').length >= 4);
  if (t && specific && t.op === 'value' && t.measures.length === 1 && unexplained(words, mentions, tableCoverage(t, format)).length === 0) return { measure: t.measures[0]!, score: t.score };
  // 「废止」 after 「规范性文件制发」: a column alone is the row before's.
  // A word naming columns of several tables (issued: 制发, 新制作) names the row before's own.
  const ownColumn = (h: Hit) => before?.table !== 'active' || !!activeTableOf(format, before.row)?.columns.some((c) => c.id === ('id' in h.target ? h.target.id : ''));
  const cols = hits.filter((h) => isColDim(h.target.dim) && !hits.some((x) => isRowDim(x.target.dim)) && ownColumn(h));
  if (before && before.table !== 'prose' && cols.length === 1 && familyOf(cols[0]!.target.dim) === before.table) {
    const id = 'id' in cols[0]!.target ? cols[0]!.target.id : '';
    const measure = { ...before, column: id } as Measure;
    const cov: Coverage = { targets: [cols[0]!.target], family: before.table, op: 'value', unit: figureUnit(measure, input.report, format) };
    if (unexplained(words, mentions, cov).length === 0) return { measure, score: cols[0]!.score };
  }
  const { report } = input;
  if (!report) return undefined;
  const grams = bigrams(input.lang === 'en' ? narrativeInChinese(partText) : withoutDomainWords(partText));
  const prose = matchFigures(proseIndex(report), partText, grams).filter((p) => unexplained(words, mentions, proseCoverage(report, p)).length === 0);
  const best = prose[0];
  if (!best || prose.some((p) => p !== best && p.score >= best.score * NEAR_TIE && p.entry.figure.value !== best.entry.figure.value)) return undefined;
  return { measure: { table: 'prose', figure: best.entry.index }, score: best.score };
}
