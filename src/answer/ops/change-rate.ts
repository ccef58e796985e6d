// The change between two years' reports in percent (同比增减率): 「予以公开同比增长百分之多少」
// 「与上年相比增减百分比」. The two reports are found by the year-over-year comparison
// (understand/compare.ts, answer/compare.ts), which says so when the earlier one is not loaded.
// Its value is the size of the change; the words say which way, as for a difference.
import { CHANGE_RATE_WORDS } from '../../catalogue/operations.ts';
import { roundAs } from '../numbers.ts';
import type { Inputs, Operation, Resolved, Written } from './operation.ts';
import { lookAll } from './operation.ts';

export const changeRate = {
  name: 'change_rate',
  words: CHANGE_RATE_WORDS,
  /** one figure, in this year's report and in the report of the year compared with */
  operands: 2,
  unit: () => '%',
  compute(inputs: Inputs): Resolved {
    const { measures, base, decimals } = inputs;
    const m = measures[0]!;
    if (!base) return { ok: false, failure: 'missing', measure: m };
    const now = lookAll([m], inputs);
    if (!now.ok) return now;
    // The same figure, looked up in the report of the year compared with.
    const then = lookAll([m], { ...inputs, lookup: base });
    if (!then.ok) return then;
    // No percentage of a change from nothing: the comparison says the base was zero.
    if (then.first.value === 0) return { ok: false, failure: 'zero_whole', measure: m };
    const rate = Math.abs(((now.first.value - then.first.value) / then.first.value) * 100);
    return { ok: true, op: 'change_rate', value: decimals === undefined ? roundAs(rate, '%') : rate, unit: changeRate.unit(), parts: [now.first, then.first] };
  },
  /** 「(120 − 110) ÷ 110」, the later year's figure first: as a share's, a fraction written in percent */
  formula: ({ values, say }: Written): string => `(${values[0]}${say('minus')}${values[1]})${say('divide')}${values[1]}`,
  template: 'versus',
} as const satisfies Operation<'change_rate'>;
