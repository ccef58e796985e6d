// Rounding as asked (「保留两位小数」「round to two decimals」): one figure in, the same figure out,
// written with the decimals asked. The question's words for it are in catalogue/asking.ts (ROUNDING);
// the resolver computes with it and the renderer says it in the formula, from this one declaration.
import { ROUNDING, MAX_DECIMALS } from '../../catalogue/asking.ts';
import { roundTo } from '../numbers.ts';

// Phrase keys hold no digits: templates hold words only.
const DECIMAL_NAMES = ['none', 'one', 'two', 'three', 'four'];

export const round = {
  /** the words that ask for it */
  words: ROUNDING,
  /** it takes one figure: the value the question asks for, however computed */
  operands: 1,
  /** the unit is the figure's own: a share stays a percentage, a count a count */
  unit: (unit: string) => unit,
  /** the value rounded half away from zero, to at most MAX_DECIMALS decimals */
  compute(value: number, decimals: number): number {
    return roundTo(value, 10 ** Math.min(decimals, MAX_DECIMALS));
  },
  /** the value written: a percentage with exactly the decimals asked (17.98%, 18.00%), a count as it is (32, not 32.00) */
  written(value: number, decimals: number, unit: string): string {
    return unit === '%' ? value.toFixed(Math.min(decimals, MAX_DECIMALS)) : String(value);
  },
  /** the phrase (prompts/<lang>/phrases.txt, round_none … round_four) that says, after a formula, how the value was rounded */
  template: (decimals: number) => `round_${DECIMAL_NAMES[Math.min(decimals, MAX_DECIMALS)]}`,
  /** the precision a share is written with when the question asks none */
  shareDefault: 1,
} as const;
