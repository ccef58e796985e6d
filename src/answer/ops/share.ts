// The share one figure (or several, added up) has of a whole, in percent: 「予以公开占比多少」.
// Asked with one figure, the whole is the one the format gives it (understand/measure.ts defaultWhole).
import { FLAGS } from '../../catalogue/lexicon-cues.ts';
import { defaultWhole } from '../../understand/measure.ts';
import { roundAs } from '../numbers.ts';
import type { Computed, Inputs, Operation, Resolved, Written } from './operation.ts';
import { lookAllOneUnit } from './operation.ts';

export const share = {
  name: 'share',
  words: FLAGS.share,
  /** a part and its whole; several parts or wholes are added up */
  operands: { atLeast: 1 },
  unit: () => '%',
  compute(inputs: Inputs): Resolved {
    let list = inputs.measures;
    if (list.length === 1) {
      const whole = defaultWhole(list[0]!);
      if (!whole) return { ok: false, failure: 'no_whole', measure: list[0]! };
      list = [list[0]!, whole];
    }
    const got = lookAllOneUnit(list, inputs, 2);
    if (!got.ok) return got;
    const parts = got.parts;
    // The last measure is the whole (or those from wholeFrom on, added up), the ones before it the parts, added up.
    const { wholeFrom } = inputs;
    const at = wholeFrom && wholeFrom > 0 && wholeFrom < parts.length ? wholeFrom : parts.length - 1;
    const wholeSum = parts.slice(at).reduce((s, p) => s + p.value, 0);
    const partSum = parts.slice(0, at).reduce((s, p) => s + p.value, 0);
    if (wholeSum === 0) return { ok: false, failure: 'zero_whole', measure: list.at(-1)! };
    const value = (partSum / wholeSum) * 100;
    // Rounded once: as asked, or to the one decimal a share is written with.
    return { ok: true, op: 'share', value: inputs.decimals === undefined ? roundAs(value, '%') : value, unit: share.unit(), parts, ...(at !== parts.length - 1 ? { wholeFrom: at } : {}) };
  },
  /** the parts over the whole, each added up when several: 「(100 + 20) ÷ 178」 */
  formula({ result, values, say }: Written): string {
    const at = share.wholeAt(result);
    const added = (xs: string[]) => (xs.length > 1 ? `(${xs.join(' + ')})` : xs[0]);
    return `${added(values.slice(0, at))}${say('divide')}${added(values.slice(at))}`;
  },
  template: 'share',
  /** the whole is the last figure, or those from wholeFrom on (「复议和诉讼总数」), added up */
  wholeAt: (r: Computed) => r.wholeFrom ?? r.parts.length - 1,
} as const satisfies Operation<'share'>;
