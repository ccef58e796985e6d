// Figures added up: 「予以公开和部分公开一共多少」. The question's words for it are the 'sum' role words.
import { mapped } from '../../arrays.ts';
import { ROLE_WORDS } from '../../understand/roles.ts';
import type { Inputs, Operation, Resolved } from './operation.ts';
import { lookAllOneUnit } from './operation.ts';

export const sum = {
  name: 'sum',
  words: Object.keys(ROLE_WORDS).filter((w) => ROLE_WORDS[w] === 'sum'),
  operands: { atLeast: 2 },
  /** figures of one unit add up to that unit */
  unit: (first: string) => first,
  compute(inputs: Inputs): Resolved {
    const got = lookAllOneUnit(inputs.measures, inputs);
    if (!got.ok) return got;
    return { ok: true, op: 'sum', value: got.parts.reduce((s, p) => s + p.value, 0), unit: sum.unit(got.first.unit), parts: got.parts };
  },
  /** each figure named: 「予以公开 100 + 部分公开 20」 */
  formula: ({ names, values, say }) => mapped(names, (n, i) => `${n} ${values[i]}`).join(say('plus')),
  template: 'sum',
} as const satisfies Operation<'sum'>;
