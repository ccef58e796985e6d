// What an operation is: the figures it is computed from (looked-up cells) and what it declares,
// once, so that the resolver computes and the renderer writes every operation the same way.
// The registry of them is ops/index.ts; their names are catalogue/operations.ts.
import type { OpName } from '../../catalogue/operations.ts';
import type { Measure } from '../../understand/measure.ts';

export interface UsedCell {
  measure: Measure;
  value: number;
  /** computed: a total the report left empty, summed from its row */
  state: 'value' | 'blank' | 'computed' | 'prose';
  line?: number;
  /** computed: whether the report printed the total as a blank or did not have it at all */
  was?: 'blank' | 'missing';
}

export type Failure = 'missing' | 'unreliable' | 'no_table' | 'not_in_format' | 'zero_whole' | 'no_whole' | 'unit_mismatch';

export interface Part {
  measure: Measure;
  value: number;
  unit: string;
  cells: UsedCell[];
}

export type Resolved =
  | {
    ok: true; op: OpName; value: number; unit: string; parts: Part[];
    /** the decimals the question asked the value rounded to */
    round?: number;
    /** share: the parts from this one on are the whole, added up */
    wholeFrom?: number;
    /** breakdown: the whole the parts make up */
    whole?: Part;
    /** breakdown: parts the report does not give (not zero: missing) */
    missing?: Measure[];
  }
  | { ok: false; failure: Failure; measure: Measure };

export type Computed = Extract<Resolved, { ok: true }>;
export type Looked = { ok: true; part: Part } | { ok: false; failure: Failure };

/** What an operation computes from: the measures asked, and how a measure is looked up in the report. */
export interface Inputs {
  measures: Measure[];
  lookup: (m: Measure) => Looked;
  /** the decimals asked, if any: a share asked with none is rounded to the decimals it is written with */
  decimals?: number;
  /** share: the measures from this one on are the whole */
  wholeFrom?: number;
  /** an operation across years: how a measure is looked up in the report of the year compared with */
  base?: (m: Measure) => Looked;
}

/** What the renderer hands an operation to write its formula: the figures as written, and its phrases. */
export interface Written {
  result: Computed;
  /** each part's name as the reply writes it */
  names: string[];
  /** each part's value as the reply writes it */
  values: string[];
  /** a phrase of prompts/<lang>/phrases.txt */
  say: (key: string) => string;
  /** a value written in the reply's unit */
  format: (value: number, unit: string) => string;
}

export interface Operation<N extends OpName = OpName> {
  name: N;
  /** the words that ask for it (where the question's reading keeps them) */
  words: readonly string[];
  /** how many figures it takes: a number, or at least that many */
  operands: number | { atLeast: number };
  /** the unit of the result, from the unit of its first figure */
  unit: (first: string) => string;
  compute(inputs: Inputs): Resolved;
  /** the formula a reply and its sources show, if the figure is computed */
  formula?(w: Written): string;
  /** the template (prompts/<lang>/<template>.txt) of the full reply */
  template: string;
  /**
   * the phrase (prompts/<lang>/phrases.txt) that states the result, for the template 'computed':
   * given a, b (the figures' names), value and unit; and, when a failure is said in words of its
   * own, `<failure>_<name>` is that phrase (unit_mismatch_ratio)
   */
  says?: string;
  /** share: the part from which the figures are the whole */
  wholeAt?(r: Computed): number;
  /** difference: the reply says which figure is the larger in words */
  relation?: boolean;
  /** breakdown: the reply lists the parts of a whole; a question's rounding does not apply to it */
  listsParts?: boolean;
}

/**
 * The measures looked up in order, the first failure stopping it: a computed figure is never made
 * from some of its cells. Fewer figures than the operation takes (`atLeast`) is a missing one.
 */
export function lookAll(list: Measure[], inputs: Inputs, atLeast = 1): { ok: true; parts: Part[]; first: Part } | Extract<Resolved, { ok: false }> {
  const parts: Part[] = [];
  for (const m of list) {
    const got = inputs.lookup(m);
    if (!got.ok) return { ok: false, failure: got.failure, measure: m };
    parts.push(got.part);
  }
  const first = parts[0];
  if (!first || parts.length < atLeast) return { ok: false, failure: 'missing', measure: inputs.measures[0]! };
  return { ok: true, parts, first };
}

/** The measures looked up, as lookAll; and figures combined must share a unit: 件 are not added to 万元. */
export function lookAllOneUnit(list: Measure[], inputs: Inputs, atLeast = 1): ReturnType<typeof lookAll> {
  const got = lookAll(list, inputs, atLeast);
  if (got.ok && got.parts.some((p) => p.unit !== got.first.unit)) return { ok: false, failure: 'unit_mismatch', measure: list[1]! };
  return got;
}
