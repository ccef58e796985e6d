// The registry of operations: every kind of computed answer, one file each, by the names of
// catalogue/operations.ts. The resolver computes with it and the renderer writes with it, so a new
// operation is a file here, its name in the catalogue, and its templates in prompts/.
import type { OpName } from '../../catalogue/operations.ts';
import { breakdown } from './breakdown.ts';
import { changeRate } from './change-rate.ts';
import { difference } from './difference.ts';
import type { Operation } from './operation.ts';
import { ratio } from './ratio.ts';
import { share } from './share.ts';
import { sum } from './sum.ts';
import { value } from './value.ts';

export const OPS = { value, sum, share, difference, breakdown, change_rate: changeRate, ratio } as const satisfies { [N in OpName]: Operation<N> };

export function operation(name: OpName): Operation & (typeof OPS)[OpName] {
  return OPS[name];
}
