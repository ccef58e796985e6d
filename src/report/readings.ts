// What a copy's losses do to a row's cells, as the sequences of numbers its tokens may stand for.
// A crawler's copy loses a table's structure in a few ways, each a change to the sequence of cells:
//   - cells run together with no separator: a token of digits holds several numbers
//     (「640020470」 is 64,0,0,2,0,4,70);
//   - a number broken over two lines (「1」「62」 for 162), in a copy of one cell a line;
//   - a line dropped when equal to the line before (「0 0 0 0 0」 arrives as one 0), in a copy of one
//     cell a line that keeps no two equal lines in a row;
//   - empty cells dropped (a row of fewer values than columns).
// A number has no leading zero unless it is 0 itself; a run of digits is never read as one number
// when it stands for several. The work is capped: past the cap, a row has no readings (undefined)
// and stays aside.
import type { Token } from './tokens.ts';

export type ValueToken = Extract<Token, { kind: 'num' | 'blank' }>;

export interface Losses {
  /** a line may stand for several equal cells (the copy dropped repeated lines) */
  repeats?: boolean;
  /** the table prints its last column (总计) empty in many rows: a row one value short left it empty */
  lastEmpty?: boolean;
}

/**
 * What a row's count of tokens allows: fewer tokens than cells, cells were run together (or lines
 * dropped); more, numbers were broken over lines. A row never had both.
 */
interface RowLosses extends Losses {
  splits: boolean;
  joins: boolean;
}

/** Past this many sequences a row is too loose to read: it stays aside. */
export const MOST_READINGS = 20_000;
/** A run of digits longer than this is not split: no row of a report holds so many digits. */
const LONGEST_RUN = 40;

/**
 * Every sequence of at most `most` numbers the tokens can stand for, or undefined when there are
 * more than MOST_READINGS. `exact`: only sequences of exactly `most` numbers.
 */
export function sequencesOf(values: ValueToken[], most: number, given: Losses = {}, exact = false): number[][] | undefined {
  const losses: RowLosses = { ...given, splits: values.length < most, joins: values.length > most };
  const out: number[][] = [];
  let work = 0;
  const go = (i: number, acc: number[]): boolean => {
    if (++work > MOST_READINGS * 20) return false;
    if (acc.length > most) return true;
    if (i === values.length) {
      if (!exact || acc.length === most) out.push(acc);
      return out.length <= MOST_READINGS;
    }
    const t = values[i]!;
    if (t.kind === 'blank') return go(i + 1, [...acc, 0]);
    // A decimal, a negative number, an amount with its unit: one printed number.
    if (!isDigits(t.raw)) return go(i + 1, [...acc, t.value]);
    // The token alone, or joined with the tokens of the next lines (a number broken over lines).
    let raw = '';
    for (let j = i; j < values.length; j++) {
      const next = values[j]!;
      if (next.kind !== 'num' || (j > i && (!losses.joins || next.line === values[j - 1]!.line || !isDigits(next.raw) || !isDigits(raw) || raw === '0'))) break;
      raw += next.raw.replace(/,/g, '');
      const room = most - acc.length;
      if (j === i && losses.repeats && losses.splits) {
        // A line that stood for several equal lines.
        for (let r = 2; r <= room; r++) if (!go(j + 1, [...acc, ...Array<number>(r).fill(t.value)])) return false;
      }
      const ways = losses.splits ? splits(raw, room) : room >= 1 ? [[Number(raw)]] : [];
      if (!ways) return false;
      for (const parts of ways) if (!go(j + 1, [...acc, ...parts])) return false;
      if (raw.length > LONGEST_RUN) break;
    }
    return true;
  };
  return go(0, []) ? out : undefined;
}

const isDigits = (raw: string) => /^\d+$/.test(raw.replace(/,/g, ''));

/** Digits as one number or as up to `room` numbers run together. */
function splits(raw: string, room: number): number[][] | undefined {
  const digits = raw.replace(/,/g, '');
  if (digits.length > LONGEST_RUN) return [];
  if (digits.length < 2) return room >= 1 ? [[Number(digits)]] : [];
  const out: number[][] = [];
  let work = 0;
  const go = (rest: string, acc: number[]): boolean => {
    if (++work > MOST_READINGS * 20) return false;
    if (!rest) return out.push(acc) <= MOST_READINGS;
    if (acc.length >= room) return true;
    // No number but 0 itself starts with 0.
    const most = rest[0] === '0' ? 1 : rest.length;
    for (let k = 1; k <= most; k++) if (!go(rest.slice(k), [...acc, Number(rest.slice(0, k))])) return false;
    return true;
  };
  return go(digits, []) ? out : undefined;
}

/** Every order-keeping choice of k columns of n. */
export function choose(n: number, k: number): number[][] {
  const out: number[][] = [];
  const go = (start: number, acc: number[]) => {
    if (acc.length === k) return void out.push(acc);
    for (let i = start; i <= n - (k - acc.length); i++) go(i + 1, [...acc, i]);
  };
  go(0, []);
  return out;
}

/**
 * Whether a table prints its last column empty in many rows: a third of its rows and at least three
 * hold one value fewer than its columns.
 */
export function leavesLastEmpty(rows: ValueToken[][], columns: number): boolean {
  const short = rows.filter((r) => r.length === columns - 1).length;
  return short >= 3 && short * 3 >= rows.length;
}

/**
 * Whether a table of one cell a line lost its repeated lines: many lines of values, and no line of
 * values equal to the one before (a table of that size prints equal cells one after another).
 */
export function dropsRepeats(values: ValueToken[]): boolean {
  let lines = 0;
  let last: string | undefined;
  let lastLine = -1;
  for (const v of values) {
    if (v.line === lastLine) return false;
    // Equal lines one after the other (a row label between two equal values does not count).
    if (v.raw === last && v.line === lastLine + 1) return false;
    last = v.raw;
    lastLine = v.line;
    lines++;
  }
  return lines >= 20;
}
