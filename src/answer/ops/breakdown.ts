// A whole and its parts: 「不予公开的理由分别是什么」. Every part the report gives is listed, and
// those it does not give are said to be missing (not zero); a part outside the format is left out.
import { FLAGS } from '../../catalogue/lexicon-cues.ts';
import type { Measure } from '../../understand/measure.ts';
import type { Inputs, Operation, Resolved, Part } from './operation.ts';
import { lookAll } from './operation.ts';

export const breakdown = {
  name: 'breakdown',
  words: FLAGS.breakdown,
  /** the whole first, then its parts */
  operands: { atLeast: 1 },
  unit: (first: string) => first,
  compute(inputs: Inputs): Resolved {
    const [wholeMeasure, ...partMeasures] = inputs.measures;
    const whole = lookAll(wholeMeasure ? [wholeMeasure] : [], inputs);
    if (!whole.ok) return whole;
    const parts: Part[] = [];
    const missing: Measure[] = [];
    for (const m of partMeasures) {
      const got = inputs.lookup(m);
      if (got.ok) parts.push(got.part);
      else if (got.failure !== 'not_in_format') missing.push(m);
    }
    return { ok: true, op: 'breakdown', value: whole.first.value, unit: breakdown.unit(whole.first.unit), parts, whole: whole.first, ...(missing.length ? { missing } : {}) };
  },
  template: 'breakdown',
  listsParts: true,
} as const satisfies Operation<'breakdown'>;
