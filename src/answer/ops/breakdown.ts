// A whole and its parts: 「不予公开的理由分别是什么」. Every part the report gives is listed, and
// those it does not give are said to be missing (not zero); a part outside the format is left out.
import { FLAGS } from '../../catalogue/lexicon-cues.ts';
import type { Measure } from '../../understand/measure.ts';
import type { Inputs, Operation, Resolved, Part } from './operation.ts';

export const breakdown = {
  name: 'breakdown',
  words: FLAGS.breakdown,
  /** the whole first, then its parts */
  operands: { atLeast: 1 },
  unit: (first: string) => first,
  compute({ measures, lookup }: Inputs): Resolved {
    const [wholeMeasure, ...partMeasures] = measures;
    if (!wholeMeasure) return { ok: false, failure: 'missing', measure: measures[0]! };
    const whole = lookup(wholeMeasure);
    if (!whole.ok) return { ok: false, failure: whole.failure, measure: wholeMeasure };
    const parts: Part[] = [];
    const missing: Measure[] = [];
    for (const m of partMeasures) {
      const got = lookup(m);
      if (got.ok) parts.push(got.part);
      else if (got.failure !== 'not_in_format') missing.push(m);
    }
    return { ok: true, op: 'breakdown', value: whole.part.value, unit: breakdown.unit(whole.part.unit), parts, whole: whole.part, ...(missing.length ? { missing } : {}) };
  },
  template: 'breakdown',
  listsParts: true,
} as const satisfies Operation<'breakdown'>;
