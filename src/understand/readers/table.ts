// The table reader: the catalogue's terms read as a table cell or group, then with the words of
// paraphrases the catalogue has no term for; a place the question names (表三第二项) must hold it.
import { mapped } from '../../arrays.ts';
import { REQUEST_ROW_GROUPS } from '../../catalogue/format.ts';
import { LABEL_NEGATION } from '../../catalogue/reading-words.ts';
import { isNegative, type LeftOver } from '../account.ts';
import { tableCoverage, tableQuery, unexplained, type Candidate } from '../candidates.ts';
import { targetKey, type Target } from '../match.ts';
import type { Family } from '../measure.ts';
import { familyOf, tableReading, type Hit, type TableReading } from '../readings.ts';
import { EQUIVALENT } from '../roles.ts';
import { fromMention, shareWordAt, type Sentence } from '../sentence.ts';
import { misplaced } from '../table-places.ts';
import { countedInstead, type UnitNote } from '../units.ts';
import { labelsOf, targetsNaming } from '../vocabulary.ts';
import { MAX_NAMED, MIN_PARAPHRASE, VOCABULARY_WEIGHT } from '../weights.ts';
import type { Word } from '../words.ts';

/** The table reader's best reading, and whether it accounts for the question. */
export interface TableResult {
  table: TableReading | undefined;
  left: LeftOver[];
  ok: boolean;
  /** its one figure's value in the report, when it names one */
  value: number | undefined;
  /** 「多少人申请」: the table's figure counts requests, and the reply says so */
  note?: UnitNote;
  /** the readings made: of the terms, then with the paraphrases' words */
  candidates: Candidate[];
}

/** The catalogue's terms read as a table cell, then with the words of paraphrases the catalogue has no term for. */
export function tableReader(s: Sentence): TableResult {
  const { text, flags, format, words, mentions } = s;
  const candidates: Candidate[] = [];
  const readTable = (hits: Hit[]) => {
    const t = tableReading({ text, hits, format, share: flags.share, difference: flags.difference, shareAt: shareWordAt(text), summed: s.summed, operation: s.operation });
    return { t, left: t ? unexplained(words, mentions, tableCoverage(t, format)) : [] };
  };
  let { t: table, left } = readTable(s.hits);
  if (table) candidates.push({ reader: 'table', query: tableQuery(table, s.lang), score: table.score, left });
  // A paraphrase the catalogue has no term for (「因为会损害别人的合法权益」): its words name a row.
  if (!table || left.length) {
    // The terms a reading left unexplained count as words here (另外制作: 制作 is a column's term too).
    const termWords = mapped(mentions.filter((m) => left.some((l) => l.why === 'term' && l.text === m.text)), (m) => fromMention(m, 'content'));
    const family = table?.measures[0]?.table;
    const extra = vocabularyHits([...words, ...termWords], left, family === 'prose' ? undefined : family);
    if (extra.length) {
      const again = readTable([...s.hits, ...extra]);
      if (again.t) candidates.push({ reader: 'table', query: tableQuery(again.t, s.lang), score: again.t.score, left: again.left });
      // The paraphrase's words must name a figure firmly: a lone 发 or 做 (of 制发, 制作) is no
      // question about 规章 or 另行制作, nor 工作 (of 内部工作流程, 法律工作者, 采购工作) about any of them.
      // A term of the catalogue the first reading left unexplained (制作 of 另行制作) names its figure firmly.
      const firm = extra.some((h) => h.score >= MIN_PARAPHRASE || termWords.some((t) => t.start === h.start));
      if (again.t && !again.left.length && firm) ({ t: table, left } = again);
    }
  }
  if (table && s.places.length) {
    // 「不予公开第3项」: the group's item of that number.
    const item = s.places.find((p) => p.item !== undefined)?.item;
    const group = table.op === 'value' && table.measures.length === 1 ? table.measures[0]! : undefined;
    const items = group?.table === 'requests' ? REQUEST_ROW_GROUPS.find((g) => g.id === group.row)?.items : undefined;
    if (group?.table === 'requests' && item && items?.[item - 1]) table = { ...table, measures: [{ ...group, row: items[item - 1]! }] };
    left = [...left, ...misplaced(s.places, table.measures.length ? table.measures : table.choices ?? [])];
  }
  // 「有多少人申请」: people asked of a count of requests is answered with the count, said to be of requests.
  const note = table && countedInstead(left, table.measures, text);
  if (note) left = [];
  const ok = !!table && left.length === 0 && (table.measures.length > 0 || !!table.choices?.length);
  const value = table?.op === 'value' && table.measures.length === 1 ? s.input.figureOf?.(table.measures[0]!) : undefined;
  return { table, left, ok, value, ...(note ? { note } : {}), candidates };
}

/** Whether a figure's label says "not" right before the word (尚未审结, 不予公开, 未经复议). */
function labelNegates(t: Target, word: string): boolean {
  if (!isNegative(t)) return false;
  return labelsOf(t).some((label) => {
    for (let at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) if (LABEL_NEGATION.test(label.slice(0, at))) return true;
    return false;
  });
}

/** Hits for the question's words that the vocabulary of only a few rows or columns holds. */
function vocabularyHits(words: readonly Word[], left: readonly LeftOver[], family?: Family): Hit[] {
  const out: Hit[] = [];
  const terms = new Set(mapped(left.filter((l) => l.why === 'term'), (l) => l.text));
  // A filler the reading could not let pass (直接 of 未经复议直接起诉, in a question about 行政诉讼)
  // names a row too, among those of the table the question is about.
  const unexplained = new Set(mapped(left.filter((l) => l.why === 'word'), (l) => l.text));
  // 「已经审结的」 names what 尚未审结 is not: the word a figure's label negates (审结 of 尚未审结)
  // names it only with a "not" in the question.
  const negated = words.some((w) => w.role === 'negation');
  for (const w of words) {
    const filler = w.role === 'filler' && unexplained.has(w.text);
    if (w.role !== 'content' && !terms.has(w.text) && !filler) continue;
    const named = [w.text, ...(EQUIVALENT[w.text] ?? [])].flatMap(targetsNaming)
      .filter((t) => negated || !labelNegates(t, w.text))
      .filter((t) => !filler || (family !== undefined && familyOf(t.dim) === family));
    const distinct = [...new Map(mapped(named, (t) => [targetKey(t), t])).values()];
    if (!distinct.length || distinct.length > MAX_NAMED) continue;
    for (const target of distinct) {
      const score = (VOCABULARY_WEIGHT * w.text.length) / distinct.length;
      // 「结转到…继续办的」: each word that names a row adds to it (结转 names two rows, 继续 one of them).
      const same = out.find((h) => targetKey(h.target) === targetKey(target));
      if (same) same.score += score;
      else out.push({ target, score, start: w.start, end: w.end });
    }
  }
  return out;
}
