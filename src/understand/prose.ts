// Figures stated in the narrative (「共接收12345政务服务热线交办工单3162件」) have no catalogue
// label: a question finds one by the words around it. Words that occur all over the report
// (政府信息公开) say little, rare ones (交办工单) say a lot, so each shared pair of characters counts
// by its rarity in the report (an IDF weight). The index is built once per report.
import { mapped } from '../arrays.ts';
import type { Passage, ProseFigure, Report } from '../report/schema.ts';
import { perOwner } from './memo.ts';
import { normalise } from './normalise.ts';
import { SECTIONS } from '../catalogue/format.ts';
import { INLINE_PART, PART_NUMERALS, PARTS_FOLLOW } from '../catalogue/lexicon-prose.ts';
import { RATE_WORD, UNIT_ASKED } from '../catalogue/measures.ts';
import { MIN_PAIR_WEIGHT, MIN_PASSAGE_SCORE, MIN_SCORE, PASSAGE_MARGIN, SENTENCE_WEIGHT, UNIT_ASKED_BONUS } from './weights.ts';
import { escaped } from '../catalogue/lexicon-pattern.ts';

export interface FigureEntry {
  index: number;
  figure: ProseFigure;
  /** the clause before the number, normalised once */
  context: string;
  /** the clause before the number: what it counts */
  grams: Set<string>;
  /** the clause before the number alone, without what follows it (4 次…全覆盖检查) */
  ahead: Set<string>;
  /** the rest of its sentence: weaker evidence, shared with the sentence's other figures */
  sentenceGrams: Set<string>;
}

export interface ProseIndex {
  figures: FigureEntry[];
  idf: Map<string, number>;
  /** pair of characters → the figures whose clause (weight 1) or sentence (weight 0.3) holds it */
  postings: Map<string, { entry: number; weight: number; inClause: boolean; ahead: boolean }[]>;
}

const WORD_CHAR = /[\p{Script=Han}a-z]/u;

/** Pairs of adjacent word characters: the unit of overlap between a question and a clause. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (const ch of text) {
    if (WORD_CHAR.test(ch)) {
      if (prev) out.add(prev + ch);
      prev = ch;
    } else {
      prev = '';
    }
  }
  // A long number that names a thing (the 12345 hotline) is a word of its own; a year is not.
  if (/\d{4}/.test(text)) for (const m of text.matchAll(/(?<!\d)\d{4,}(?!\d)/g)) if (!/^(?:19|20)\d\d$/.test(m[0])) out.add(m[0]);
  return out;
}

export const proseIndex = perOwner((report: Report): ProseIndex => {
  const figures = mapped(report.figures, (figure, index) => {
      const before = normalise(figure.context);
      const context = [before, trailingNoun(figure)].join(' ').trim();
      const grams = bigrams(context);
      const ahead = bigrams(before);
      const sentenceGrams = new Set([...bigrams(normalise(figure.sentence))].filter((g) => !grams.has(g)));
      return { index, figure, context, grams, sentenceGrams, ahead };
    });
  const docs: Set<string>[] = [
    ...mapped(figures, (f) => f.grams),
    ...report.prose.flatMap((p) => mapped(p.text.split(/[。；;！!？?]/), (s) => bigrams(normalise(s)))),
  ];
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d) df.set(g, (df.get(g) ?? 0) + 1);
  const n = docs.length + 1;
  const idf = new Map<string, number>();
  for (const [g, k] of df) idf.set(g, Math.min(1, Math.max(MIN_PAIR_WEIGHT, Math.log(n / (k + 0.5)) / Math.log(n))));
  const postings: ProseIndex['postings'] = new Map();
  figures.forEach((f, entry) => {
    const post = (g: string, inClause: boolean) => {
      const list = postings.get(g) ?? [];
      list.push({ entry, inClause, ahead: f.ahead.has(g), weight: (inClause ? 1 : SENTENCE_WEIGHT) * (idf.get(g) ?? 1) });
      postings.set(g, list);
    };
    for (const g of f.grams) post(g, true);
    for (const g of f.sentenceGrams) post(g, false);
  });
  return { figures, idf, postings };
});

/**
 * What a number counts may follow it: 「全年组织 4 次政府信息公开栏目全覆盖检查」 counts 检查, named
 * after 4 次, while the clause before it says only 组织. The words between the unit and the next
 * punctuation (or number) are part of the figure's clause; a bracket or a comma ends them.
 */
export function trailingNoun(f: ProseFigure): string {
  const after = /^[^，。；、,.;:：（(）)\d！!？?“”"]{2,20}/u.exec(afterNumber(f) ?? '');
  return after && /^\p{Script=Han}/u.test(after[0]) ? normalise(after[0]) : '';
}

/** The rest of a figure's sentence after its number and unit (「，其中结果维持 72 件…」). */
export function afterNumber(f: ProseFigure): string | undefined {
  const printed = new RegExp(`${escaped(f.raw)}\\s*${escaped(f.unit)}`, 'g');
  const tail = f.context.slice(-2);
  for (const m of f.sentence.matchAll(printed)) {
    if (tail && !f.sentence.slice(Math.max(0, m.index - 40), m.index).includes(tail)) continue;
    return f.sentence.slice(m.index + m[0].length);
  }
  return undefined;
}

/** Whether the figures after this one in its sentence are its parts: 「复议 351 件，其中结果维持 72 件…」. */
export function partsFollow(f: ProseFigure): boolean {
  return PARTS_FOLLOW.test(afterNumber(f) ?? '');
}

/**
 * The part of 一 a figure stands in: as the report was read, or, when 一 came as one paragraph, the
 * last part heading printed before its sentence (4 次…全覆盖检查 under 「（五）…监督保障情况」).
 */
export function subsectionOf(report: Report, f: ProseFigure): string | null {
  if (f.subsection || f.section !== 'overview') return f.subsection;
  const start = f.sentence.slice(0, 12);
  for (const p of report.prose) {
    if (p.section !== f.section) continue;
    const at = p.text.indexOf(start);
    if (at < 0) continue;
    let last: string | undefined;
    for (const m of p.text.slice(0, at).matchAll(INLINE_PART)) last = m[1];
    const sub = last !== undefined ? SECTIONS[0]!.subsections?.[PART_NUMERALS.indexOf(last)] : undefined;
    return sub?.id ?? null;
  }
  return null;
}

export interface FigureMatch {
  entry: FigureEntry;
  score: number;
}

/** Figures whose clause shares rare words with the question, best first. */
export function matchFigures(index: ProseIndex, question: string, grams: Set<string>): FigureMatch[] {
  const score = new Float64Array(index.figures.length);
  const shared = new Uint8Array(index.figures.length);
  for (const g of grams) {
    for (const p of index.postings.get(g) ?? []) {
      score[p.entry]! += p.weight;
      if (p.inClause) shared[p.entry]!++;
    }
  }
  const out: FigureMatch[] = [];
  let asked: Set<number> | undefined;
  index.figures.forEach((entry, i) => {
    const unitAsked = !!UNIT_ASKED[entry.figure.unit]?.some((w) => question.includes(w));
    // A shared pair that no other figure's clause holds is enough (「有几个栏目」 → 「现共开设栏目
    // 5 个」, 「12345工单件数」 → 「…交办工单 3162 件」, 「局网站」 → 「局网站发布…178 条」): whether the
    // rest of the question fits the figure is the accounting's to say.
    // (What follows another figure's number, 顺延到下年度答复, does not make a clause's word less its own.)
    const single = shared[i]! >= 1 &&
      [...grams].some((g) => entry.grams.has(g) && (index.postings.get(g) ?? []).filter((p) => p.inClause && (p.ahead || p.entry === i)).length === 1);
    if (shared[i]! < 2 && !single) return;
    // The question already states this number (「12345热线」): it is not what is asked.
    asked ??= new Set(mapped((question.match(/\d+(?:\.\d+)?/g) ?? []), Number));
    if (asked.has(entry.figure.value)) return;
    const total = score[i]! + (unitAsked ? UNIT_ASKED_BONUS : 0);
    if (total >= MIN_SCORE || single) out.push({ entry, score: Math.max(total, single ? MIN_SCORE : 0) });
  });
  return out.sort((a, b) => b.score - a.score);
}

/** The passages of a section (and subsection) in the order printed. */
export function passagesFor(report: Report, section: string, subsection?: string): Passage[] {
  return report.prose.filter((p) => p.section === section && (!subsection || p.subsection === subsection));
}

/**
 * Rates the report states (「回复率 100%」) that the question names by the same word: the two to four
 * characters before 率 in the figure's clause, found whole in the question.
 */
export function statedRates(index: ProseIndex, question: string): FigureMatch[] {
  if (!question.includes(RATE_WORD)) return [];
  const out: FigureMatch[] = [];
  for (const entry of index.figures) {
    if (entry.figure.unit !== '%') continue;
    const context = entry.context;
    let best = 0;
    for (let at = context.indexOf(RATE_WORD); at >= 0; at = context.indexOf(RATE_WORD, at + 1)) {
      for (let len = 4; len >= 2; len--) {
        if (at - len < 0) continue;
        if (question.includes(context.slice(at - len, at + 1))) {
          best = Math.max(best, len + 1);
          break;
        }
      }
    }
    if (best) out.push({ entry, score: best });
  }
  return out.sort((a, b) => b.score - a.score);
}


/**
 * The paragraph of the report's prose whose sentence shares the most rare words with a question
 * (「政策解读都采用了哪些形式」 → 「…采用图文、视频、专家访谈等形式全方位开展政策解读…」), when one
 * shares clearly more than any other. Pairs of characters count by their rarity in the report.
 */
/** A passage's text normalised: questions are read against it again and again, so made once per passage. */
export const passageText = perOwner((passage: Passage): string => normalise(passage.text));

/** Every sentence of a report's prose, with its pairs of characters: built once per report. */
const sentencesOf = perOwner((report: Report): { passage: Passage; grams: Set<string> }[] =>
  report.prose.flatMap((passage) => mapped(passageText(passage).split(/[.;!?。；！？]/), (s) => ({ passage, grams: bigrams(s) }))));

export function searchPassages(report: Report, words: string): (Passage & { score: number }) | undefined {
  const index = proseIndex(report);
  const grams = bigrams(words);
  if (!grams.size) return undefined;
  let best: { p: Passage; score: number } | undefined;
  let second = 0;
  for (const { passage: p, grams: sentence } of sentencesOf(report)) {
    let score = 0;
    let shared = 0;
    for (const g of grams) {
      if (!sentence.has(g)) continue;
      score += index.idf.get(g) ?? 1;
      shared++;
    }
    if (shared < 2) continue;
    if (!best || score > best.score) {
      if (best && best.p !== p) second = Math.max(second, best.score);
      best = { p, score };
    } else if (p !== best.p) second = Math.max(second, score);
  }
  if (!best || best.score < MIN_PASSAGE_SCORE || best.score < second * PASSAGE_MARGIN) return undefined;
  return { ...best.p, score: best.score };
}
