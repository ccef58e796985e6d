// How far apart two figures are: 「予以公开比不予公开多多少」. The value is the size; which way it
// goes is said in words (「多 19 件」「减少 20 件」), so the value and the text never disagree.
import { FLAGS } from '../../catalogue/lexicon-cues.ts';
import { difference as apart } from '../numbers.ts';
import type { Inputs, Operation, Resolved } from './operation.ts';
import { lookAllOneUnit } from './operation.ts';

export const difference = {
  name: 'difference',
  words: FLAGS.difference,
  operands: 2,
  unit: (first: string) => first,
  compute(inputs: Inputs): Resolved {
    const got = lookAllOneUnit(inputs.measures, inputs, 2);
    if (!got.ok) return got;
    const [a, b] = got.parts;
    return { ok: true, op: 'difference', value: apart(a!.value, b!.value, a!.unit), unit: difference.unit(a!.unit), parts: got.parts };
  },
  /** the larger less the smaller: 「178 − 159 = 19」 */
  formula({ result, values, say, format }) {
    const [x, y] = [result.parts[0]!.value, result.parts[1]!.value];
    const [hi, lo] = x >= y ? [values[0], values[1]] : [values[1], values[0]];
    return `${hi}${say('minus')}${lo} = ${format(apart(x, y, result.unit), result.unit)}`;
  },
  template: 'difference',
  relation: true,
} as const satisfies Operation<'difference'>;
