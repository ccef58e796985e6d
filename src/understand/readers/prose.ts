// The prose reader: sentences of the report that state a figure the question's words fit, and the
// one percentage the report states that a share question fits.
import { mapped } from '../../arrays.ts';
import type { Report } from '../../report/schema.ts';
import type { LeftOver } from '../account.ts';
import { unexplained, type Candidate } from '../candidates.ts';
import { narrativeInChinese } from '../glossary.ts';
import { exampleOfWhole, partOfList } from '../listed.ts';
import type { Mention, Target } from '../match.ts';
import { standsAt } from '../positions.ts';
import { proseCoverage } from '../prose-coverage.ts';
import { bigrams, matchFigures, proseIndex, statedRates, subsectionOf, type FigureMatch } from '../prose.ts';
import type { Sentence } from '../sentence.ts';
import type { Place } from '../table-places.ts';
import type { Word } from '../words.ts';

/** The prose reader's readings that account for the question, best first. */
export interface ProseResult {
  statedRate: FigureMatch | undefined;
  accounted: FigureMatch[];
  best: FigureMatch | undefined;
  /** every sentence's figure weighed, with what it leaves unexplained */
  candidates: Candidate[];
}

/**
 * Sentences of the report that state a figure the question's words fit. Words that name the whole
 * subject (政府信息公开) are in many clauses and weigh little by their rarity; the accounting of every
 * word, not their absence, keeps a figure from being chosen wrongly.
 */
export function proseReader(s: Sentence): ProseResult {
  const { report, text, lang, flags, words, mentions } = s;
  const proseWords = lang === 'en' ? narrativeInChinese(text) : text;
  const prose = flags.quantity && report && proseWords ? matchFigures(proseIndex(report), text, bigrams(proseWords)) : [];
  const statedRate = flags.share && report ? statedRates(proseIndex(report), lang === 'en' ? proseWords : text)[0] ?? percentFigure(report, words, mentions) : undefined;
  const all = statedRate ? [statedRate, ...prose] : prose;
  const accounted: FigureMatch[] = [];
  const candidates: Candidate[] = [];
  for (const p of all) {
    const cov = proseCoverage(report!, p);
    // A place in the tables (表三第二项) is no sentence's; a part of 一 (一(五)) is, when the sentence stands there.
    // (一 printed as one paragraph: the part heading before the sentence says where it stands.)
    const part = s.places.length ? subsectionOf(report!, p.entry.figure) : null;
    const at = part && part !== p.entry.figure.subsection ? [...cov.targets, { dim: 'section', id: p.entry.figure.section, subsection: part } as Target] : cov.targets;
    const elsewhere = s.places.filter((x) => !x.target || !standsAt(x as Place & { target: Target }, at));
    const left = [...unexplained(words, mentions, cov), ...mapped(elsewhere, (x): LeftOver => ({ text: x.text, why: 'word' }))];
    // 「网络提交的有多少件」 of 「通过邮寄、网络提交的…共计81件」: the total of the list is not one item's.
    const listedPart = partOfList(p.entry.figure.sentence, p.entry.figure.raw, text);
    if (listedPart) left.push({ text: listedPart, why: 'narrowing' });
    // 「本机关不掌握…没法提供的」 of 「因本机关不掌握等原因无法提供 564 件」: the whole is not its example's figure.
    const example = exampleOfWhole(p.entry.figure.context, text);
    if (example) left.push({ text: example, why: 'narrowing' });
    if (!left.length) accounted.push(p);
    candidates.push({ reader: 'prose', query: { intent: 'figure', lang, op: 'value', measures: [{ table: 'prose', figure: p.entry.index }] }, score: p.score, left });
  }
  return { statedRate, accounted, best: accounted[0], candidates };
}

/** 「回了百分之多少」: the one percentage the report states whose sentence accounts for the question. */
function percentFigure(report: Report, words: readonly Word[], mentions: readonly Mention[]): FigureMatch | undefined {
  // 「占比多少，保留两位小数」 says nothing of which percentage: no sentence is chosen for it.
  if (!words.some((w) => w.role === 'content' || w.role === 'narrowing') && !mentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue'))) return undefined;
  const fits = mapped(proseIndex(report).figures.filter((entry) => entry.figure.unit === '%'), (entry) => ({ entry, score: 1 }))
    .filter((p) => unexplained(words, mentions, proseCoverage(report, p)).length === 0);
  return fits.length === 1 ? fits[0] : undefined;
}
