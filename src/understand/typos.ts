// Slips of the keyboard. Chinese is typed by its pinyin, so a slip is another character of the same
// sound (予以工开, 行政需可, 兰目); English is typed letter by letter, so a slip is a letter left out,
// added, changed or swapped (recieve, prevous). A question the catalogue could not read is read again
// with its slip mended, and only when exactly one mending makes a reading that accounts for the
// whole question: the reply then says how the word was read. A word that is already a word of the
// catalogue or of the report is never mended.
// Chinese slips are found by sound (sounds.ts), English ones by spelling (spelling.ts).
import { mapped } from '../arrays.ts';
import type { Report } from '../report/schema.ts';
import { findMentions, type Mention } from './match.ts';
import type { Explanation, Query } from './query.ts';
import { chineseMendings } from './sounds.ts';
import { englishMendings } from './spelling.ts';
import { wordsOf } from './words.ts';

export { soundOf } from './sounds.ts';
export { oneSlip } from './spelling.ts';

/** A word of the question read as another. */
export interface Mending {
  /** as the question wrote it */
  from: string;
  /** as it was read */
  to: string;
}

/** At most this many mendings are read again. */
const MAX_OPTIONS = 32;

/** How the question is read again, with its text mended: its terms found anew, then understood. */
export type Reread = (text: string) => Query;

/** A reading that gives nothing, or only what the question's rare words found: the question may hold a slip. */
export const declined = (q: Query) => (q.intent === 'none' && q.why !== 'how_to')
  // a question asked back: a slip in one part of 「A比B多几件」 leaves that part no one figure
  || (q.intent === 'clarify' && !q.negated)
  // a passage: a paragraph found by its rare words, or a section named by the one word the slip
  // left whole (收费金恶是多少万元, 逾期违缴费的 name only the fees' section)
  || q.intent === 'passage';

/**
 * A reading that accounts for the question: a figure, the figures it could mean (复议 几件: 行政复议,
 * 复议后起诉 or 未经复议直接起诉?), a section's passage named (not a paragraph found by rare words),
 * or a procedure asked (怎么办理), which the report does not describe.
 */
const accounted = (q: Query) => q.intent === 'figure' || (q.intent === 'clarify' && !!q.choices?.length)
  || (q.intent === 'passage' && q.passage?.line === undefined) || (q.intent === 'none' && q.why === 'how_to');

/**
 * The question read with one slip mended, when exactly one mending gives a reading that accounts
 * for it; undefined otherwise. Only asked of questions the catalogue could not read.
 */
export function mended(text: string, mentions: readonly Mention[], lang: 'zh' | 'en', report: Report | undefined, reread: Reread, before: Query): { query: Query; text: string; mending: Mending } | undefined {
  const words = wordsOf(text, mentions);
  const options = lang === 'en' || /[a-z]{5}/.test(text) ? englishMendings(text, words) : [];
  // A section named (收费 of 收费金恶) is a reading of its own: only a word no reading explains is a
  // slip there, not the fillers around it (要, 吗 of 「申请要收费吗」).
  const named = before.intent === 'passage' && before.passage?.line === undefined;
  // A question asked back already offers figures: only a figure is a better reading.
  const asked = before.intent === 'clarify' && !!before.choices?.length;
  if (/\p{Script=Han}/u.test(text)) options.push(...chineseMendings(text, words, report, !named));
  // A question that could hold that many slips is no question with one: reading each would cost
  // more than all the rest of the answer.
  if (options.length > MAX_OPTIONS) return undefined;
  // Slips of the same sound first; a character of another sound only when no slip of sound reads.
  for (const tier of [0, 1]) {
    const found = new Map<string, Reading>();
    for (const { at, from, to } of options.filter((o) => o.tier === tier)) {
      const fixed = text.slice(0, at) + to + text.slice(at + from.length);
      const same = found.get(fixed);
      if (same) {
        // The same text mended by a longer stretch names the word as the reader knows it (规范性文件).
        if (to.length > same.mending.to.length) same.mending = { from, to };
        continue;
      }
      const query = reread(fixed);
      if (accounted(query) && (query.intent === 'figure' || !asked)) found.set(fixed, { query, text: fixed, mending: { from, to } });
    }
    if (found.size) return oneReading([...found.values()], before);
  }
  return undefined;
}

interface Reading { query: Query; text: string; mending: Mending }

/**
 * A slip is read as the longest word it can be, as words are cut: 企他处理 is 其他处理 (one term),
 * not 其它 and 处理; 行政服议 is 行政复议, not 行政府 and 议. Undefined when two are as long.
 */
function longest(found: Reading[]): Reading | undefined {
  const max = Math.max(...mapped(found, (f) => f.mending.to.length));
  const top = new Set(mapped(found.filter((f) => f.mending.to.length === max), (f) => JSON.stringify(f.query)));
  return top.size === 1 ? found.find((f) => f.mending.to.length === max) : undefined;
}

/**
 * The one reading the mendings make. Two mendings of one slip (工开 → 公开, 予以工开 → 予以公开)
 * read the same figure; a figure and questions back that offer it (申请 and 身请 of 什请) read it too.
 */
function oneReading(found: Reading[], before: Query): Reading | undefined {
  const readings = new Map(mapped(found, (f) => [JSON.stringify(f.query), f]));
  const figures = [...readings.values()].filter((r) => r.query.intent === 'figure');
  const figure = figures.length === 1 && figures[0]!.query.measures?.length === 1 ? JSON.stringify(figures[0]!.query.measures[0]) : undefined;
  const offers = (r: Reading) => r.query.intent === 'clarify' && !!figure && (r.query.choices ?? []).some((m) => JSON.stringify(m) === figure);
  const one = readings.size === 1 ? [...readings.values()][0]! : figure && [...readings.values()].every((r) => r === figures[0] || offers(r)) ? figures[0]! : longest(found);
  if (!one || JSON.stringify(one.query) === JSON.stringify(before)) return undefined;
  // The longest mending names the word as the reader knows it (予以公开 rather than 公开).
  return found.filter((f) => JSON.stringify(f.query) === JSON.stringify(one.query)).sort((x, y) => y.mending.to.length - x.mending.to.length)[0];
}

/** Reads a question (its terms found in `text`), with the trace for `--explain` when given. */
export type Read = (text: string, mentions: Mention[], trace?: Explanation) => Query;

/**
 * A question read as it stands, or, when that reads nothing, with the one slip whose mending reads
 * it; `--explain` shows the mending after the deciding rule.
 */
export function readWithSlips(text: string, mentions: Mention[], lang: 'zh' | 'en', report: Report | undefined, read: Read, trace?: Explanation): { query: Query; mending?: Mending } {
  const query = read(text, mentions, trace);
  const slip = declined(query) ? mended(text, mentions, lang, report, (t) => read(t, findMentions(t)), query) : undefined;
  if (!slip) return { query };
  if (!trace) return { query: slip.query, mending: slip.mending };
  const traced = read(slip.text, findMentions(slip.text), trace);
  trace.rule += ` (read “${slip.mending.from}” as “${slip.mending.to}”)`;
  return { query: traced, mending: slip.mending };
}
