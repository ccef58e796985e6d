// 「表三第二项」「不予公开第3项」: where in the tables a question says its figure stands. A reading
// must be there; the words that say so are no question of their own.
import { REQUEST_ROWS } from '../catalogue/format.ts';
import { PLACE_WORDS, ROW_NUMBER_END, TABLE_NUMBERS } from '../catalogue/reading-words.ts';
import type { LeftOver } from './account.ts';
import { targetsOf } from './candidates.ts';
import type { Target } from './match.ts';
import { defaultWhole, type Family, type Measure } from './measure.ts';
import { chineseNumber } from './normalise.ts';
import { standsAt } from './positions.ts';

/** Where a question says a figure stands: a table (表三) or the number of a row (第二项, 第3项). */
export interface Place { start: number; end: number; text: string; table?: Family; item?: number; target?: Target }

export function placesIn(text: string): Place[] {
  const out: Place[] = [];
  for (const m of text.matchAll(PLACE_WORDS)) {
    const item = m[2] ? chineseNumber(m[2]) ?? Number(m[2]) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...(m[1] ? { table: TABLE_NUMBERS[m[1]] } : {}), ...(item ? { item } : {}) });
  }
  return out;
}

/** The places a reading's figure is not at (第3项 of a row numbered 三(六)2). */
export function misplaced(places: readonly Place[], measures: readonly Measure[]): LeftOver[] {
  const out: LeftOver[] = [];
  for (const p of places) {
    const at = p.target ? standsAt(p as Place & { target: Target }, measures.flatMap((m) => [...targetsOf(m), ...(defaultWhole(m) ? targetsOf(defaultWhole(m)!) : [])]))
      : measures.some((m) => (!p.table || m.table === p.table) && (p.item === undefined || itemNumber(m) === p.item));
    if (!at) out.push({ text: p.text, why: 'word' });
  }
  return out;
}

/** The number a row of 三 has among its siblings (三(六)3 → 3, 二 → 2). */
function itemNumber(m: Measure): number | undefined {
  if (m.table !== 'requests') return undefined;
  const number = REQUEST_ROWS.find((r) => r.id === m.row)?.number;
  const last = number?.match(ROW_NUMBER_END);
  return last ? Number(last[1]) || chineseNumber(last[2] ?? last[3] ?? '') : undefined;
}
