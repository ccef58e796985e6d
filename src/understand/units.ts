// A unit asked that the report does not count by, where what it does count is the same thing
// counted otherwise: 「有多少人申请了信息公开」 asks people, the report counts requests. The count of
// requests is given, and the reply says what it counts; a unit that changes the thing (罚款金额 of a
// count of penalty decisions) is no such case and stays unexplained.
import type { LeftOver } from './account.ts';
import type { Measure } from './measure.ts';
import { roleOf } from './words.ts';

/** The note a reply carries (prompts/<lang>/phrases.txt, note_…) when it counts otherwise than asked. */
export type UnitNote = 'note_counts_requests' | 'note_counts_not_money';

/** Whether the only words a reading leaves are a count of people, and its figure counts requests. */
export function countedInstead(left: readonly LeftOver[], measures: readonly Measure[]): UnitNote | undefined {
  if (!left.length || !left.every((l) => l.why === 'unit' && roleOf(l.text).unit === 'people')) return undefined;
  return measures.length === 1 && measures[0]!.table === 'requests' ? 'note_counts_requests' : undefined;
}

/**
 * 「行政处罚罚款金额是多少」: money asked where the nearest figure is a count (of penalty decisions).
 * Not that count: the reply declines and says what the report counts.
 */
export function moneyOfCount(left: readonly LeftOver[], countFigure: boolean): UnitNote | undefined {
  return countFigure && left.some((l) => roleOf(l.text).unit === 'money') ? 'note_counts_not_money' : undefined;
}
