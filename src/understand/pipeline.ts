// A question read: its sentence prepared, the readers asked on demand, the first rule of RULES that
// decides, and what the decision carries of the sentence (the decimals asked, what a count counts).
// A figure the question negates or excludes becomes a question back.
import { mapped } from '../arrays.ts';
import { describe } from './candidates.ts';
import { quieted } from './chatter.ts';
import { withElided } from './elided.ts';
import { complementOf } from './measure.ts';
import { negatedIn } from './negation.ts';
import { Readings } from './readers/index.ts';
import { RULES, type Rule } from './rules.ts';
import { sentenceOf, type Sentence } from './sentence.ts';
import type { Explanation, Query, ReadInput } from './understood.ts';
import { peopleAsked, type UnitNote } from './units.ts';
import { wordsOf, type Word } from './words.ts';

/** After the rules: a figure the question negates or excludes is asked back, with the others of its whole offered. */
export const NEGATION = { name: 'negation', says: 'the question negates or excludes the figure it names' } as const;

/** The question read whole (understand() may first read the part after a yes-or-no question). */
export function understandWhole(asked: ReadInput): Query {
  // 「有几个人申请」: a count of people, not the column 个人.
  const people = peopleAsked(asked.text, asked.mentions);
  // 「full or partial disclosure」: the first term, said short, is a term too.
  const input = { ...asked, mentions: withElided(asked.text, people?.mentions ?? asked.mentions) };
  // The question's words, cut once: the sentence gives them roles, negatedIn() looks at its negations.
  const words = quieted(input.text, people?.words ?? wordsOf(input.text, input.mentions));
  const q = read(input, words);
  if (q.intent !== 'figure' || !negatedIn(q, input, words)) return q;
  const named = q.op === 'value' || q.op === 'sum' ? q.measures ?? [] : [];
  if (input.trace) input.trace.rule = `${NEGATION.name}: ${NEGATION.says}`;
  return { intent: 'clarify', lang: q.lang, choices: complementOf(named, input.report?.meta.format ?? '2021'), negated: true };
}

function read(input: ReadInput, cutWords: readonly Word[]): Query {
  const s = sentenceOf(input, cutWords);
  const readings = new Readings(s);
  for (const rule of RULES) {
    const q = rule.decide(s, readings);
    if (!q) continue;
    if (input.trace) Object.assign(input.trace, explanation(s, readings, rule));
    return rounded(s, q, readings.tableIfRead?.note);
  }
  throw new Error('no rule decided: the last rule decides every question');
}

/** What `--explain` shows: every word's role, every candidate the readers read proposed, the rule that decided. */
function explanation(s: Sentence, readings: Readings, rule: Rule): Explanation {
  return {
    words: mapped([...mapped(s.mentions, (m) => ({ text: m.text, role: 'term', at: m.start })), ...mapped(s.words, (w) => ({ text: w.text, role: w.role as string, at: w.start }))]
      .sort((a, b) => a.at - b.at), ({ text: t, role }) => ({ text: t, role })),
    candidates: mapped(readings.proposed(), (c) => ({ reader: c.reader, reading: describe(c.query), score: Math.round(c.score * 100) / 100, left: mapped(c.left, (l) => `${l.text} (${l.why})`) })),
    rule: `${rule.name}: ${rule.says}`,
  };
}

/** A figure asked 「保留两位小数」 carries the decimals to its rendering; one asked in people, what the table's figure counts. */
function rounded(s: Sentence, q: Query, counted: UnitNote | undefined): Query {
  if (q.intent !== 'figure') return q;
  const round = s.round !== undefined && q.op !== 'breakdown' ? { round: s.round } : {};
  const note = counted && q.op === 'value' && q.measures?.[0]?.table === 'requests' ? { note: counted } : {};
  return s.round !== undefined || counted ? { ...q, ...round, ...note } : q;
}
