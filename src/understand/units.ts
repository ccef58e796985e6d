// A unit asked that the report does not count by, where what it does count is the same thing
// counted otherwise: 「有多少人申请了信息公开」 asks people, the report counts requests. The count of
// requests is given, and the reply says what it counts; a unit that changes the thing (罚款金额 of a
// count of penalty decisions) is no such case and stays unexplained.
import { ATTENDANCES, PEOPLE_ASKED } from '../catalogue/asking.ts';
import type { LeftOver } from './account.ts';
import { findMentions, type Mention } from './match.ts';
import type { Measure } from './measure.ts';
import { roleOf, wordsOf, type Word } from './words.ts';

/** The note a reply carries (prompts/<lang>/phrases.txt, note_…) when it counts otherwise than asked. */
export type UnitNote = 'note_counts_requests' | 'note_counts_not_money';

/** Whether the only words a reading leaves are a count of people, and its figure counts requests. */
export function countedInstead(left: readonly LeftOver[], measures: readonly Measure[], text: string): UnitNote | undefined {
  // 多少人次 (as cut: 多少人, 次) counts attendances: no count of people is asked.
  if (!left.length || !PEOPLE_ASKED.test(text) || !left.every((l) => l.why === 'unit' && asksPeople(l.text))) return undefined;
  // People are the requests of all requesters or of natural persons; a company's (商业企业多少人) are not.
  const m = measures.length === 1 ? measures[0]! : undefined;
  return m?.table === 'requests' && PERSONS.has(m.column) ? 'note_counts_requests' : undefined;
}

/**
 * 「行政处罚罚款金额是多少」: money asked where the nearest figure is a count (of penalty decisions).
 * Not that count: the reply declines and says what the report counts.
 */
export function moneyOfCount(left: readonly LeftOver[], countFigure: boolean): UnitNote | undefined {
  return countFigure && left.some((l) => roleOf(l.text).unit === 'money') ? 'note_counts_not_money' : undefined;
}

/**
 * 「有几个人申请」「How many people applied」: a count of people asked, said with words the catalogue
 * also reads as the requester type 个人 / people (自然人). Asked that way, it asks how many people,
 * not the natural persons' column: the span is one word, a unit of people, and the rest of the
 * question is read again without it (申请 of 个人申请).
 */
export function peopleAsked(text: string, mentions: readonly Mention[]): { mentions: Mention[]; words: Word[] } | undefined {
  const m = PEOPLE_ASKED.exec(text);
  if (!m) return undefined;
  const [start, end] = [m.index, m.index + m[0].length];
  const over = (x: { start: number; end: number }) => x.start < end && start < x.end;
  // Only a requester type is set aside (自然人 said as 个人, people): any other term stands.
  if (mentions.some((x) => over(x) && !x.targets.every((t) => t.target.dim === 'req_col'))) return undefined;
  const rest = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  const found = findMentions(rest);
  const word: Word = { text: m[0], start, end, role: 'unit', unit: 'people' };
  return { mentions: found, words: [...wordsOf(rest, found), word].sort((a, b) => a.start - b.start) };
}

/** Whether a word left over asks a count of people (人数, how many people); 人次 counts attendances, not people. */
export const asksPeople = (w: string) => !w.includes(ATTENDANCES) && (roleOf(w).unit === 'people' || PEOPLE_ASKED.test(w));

// The columns of 三 whose requests are people's: all requesters, and natural persons.
const PERSONS = new Set(['total', 'natural_person']);
