// A figure as the report gives it: one cell (or a group total, or a prose figure), no formula.
import type { Inputs, Operation, Resolved } from './operation.ts';
import { lookAll } from './operation.ts';

export const value = {
  name: 'value',
  /** asked by naming the figure alone */
  words: [],
  operands: 1,
  unit: (first: string) => first,
  compute(inputs: Inputs): Resolved {
    const got = lookAll(inputs.measures, inputs);
    if (!got.ok) return got;
    return { ok: true, op: 'value', value: got.first.value, unit: value.unit(got.first.unit), parts: got.parts };
  },
  template: 'figure',
} as const satisfies Operation<'value'>;
