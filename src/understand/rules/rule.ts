// A rule of the arbiter: a name, what it decides in a few words, and the decision itself — a
// Query, or undefined to pass to the next rule. Rules read the readers' results; none writes into
// anything another rule reads.
import type { Readings } from '../readers/index.ts';
import type { Sentence } from '../sentence.ts';
import type { Query } from '../understood.ts';

export interface Rule {
  /** how `--explain` and test/fixtures/rules.jsonl name it */
  name: string;
  /** what it decides, for `--explain` */
  says: string;
  decide(s: Sentence, r: Readings): Query | undefined;
}
