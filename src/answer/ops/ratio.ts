// How many times one figure is another (倍数): 「复议数量是诉讼数量的几倍」「how many times as many
// reconsiderations as lawsuits」. The first figure named over the second, rounded as a share is;
// figures of different units (件 and 万元) are no ratio, and a second figure of zero or missing gives
// no number. Its words and operands are declared in catalogue/operations.ts (DECLARED.ratio).
import { declared } from '../../catalogue/operations.ts';
import { round } from './round.ts';
import type { Inputs, Operation, Part, Resolved, Written } from './operation.ts';
import { lookAllOneUnit } from './operation.ts';

const { words, operands } = declared('ratio');

export const ratio = {
  name: 'ratio',
  words: [...words.zh, ...words.en],
  operands,
  unit: () => '倍',
  compute(inputs: Inputs): Resolved {
    const got = lookAllOneUnit(inputs.measures, inputs, 2);
    if (!got.ok) return got;
    const [a, b] = got.parts as [Part, Part];
    if (b.value === 0) return { ok: false, failure: 'zero_whole', measure: inputs.measures[1]! };
    const times = a.value / b.value;
    return { ok: true, op: 'ratio', value: inputs.decimals === undefined ? round.compute(times, round.shareDefault) : times, unit: ratio.unit(), parts: got.parts };
  },
  /** the first over the second: 「9 ÷ 4」 */
  formula: ({ values, say }: Written): string => `${values[0]}${say('divide')}${values[1]}`,
  template: 'computed',
  says: 'ratio',
} as const satisfies Operation<'ratio'>;
