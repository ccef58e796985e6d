// The readers of a prepared sentence, each read once and only when a rule asks for it: a rule that
// decides early does not pay for the readers after it. Readers are pure; what they proposed, in
// the order they were read, is what `--explain` shows.
import type { Candidate } from '../candidates.ts';
import type { Sentence } from '../sentence.ts';
import { breakdownReader, type BreakdownReading } from './breakdown.ts';
import { derivedReader, type DerivedReading } from './derived.ts';
import { followUpReader, type FollowUpReading } from './follow-up.ts';
import { passageReader, type PassageReading } from './passage.ts';
import { proseReader, type ProseResult } from './prose.ts';
import { searchReader, type SearchReading } from './search.ts';
import { tableReader, type TableResult } from './table.ts';

export type { TableResult } from './table.ts';
export type { ProseResult } from './prose.ts';

interface Reading { candidates: readonly Candidate[] }
type ReaderName = 'followUp' | 'table' | 'prose' | 'derived' | 'passage' | 'breakdown' | 'search';

/** What the readers make of one sentence, each read on first use. */
export class Readings {
  private readonly done = new Map<ReaderName, Reading>();
  constructor(private readonly sentence: Sentence) {}

  /** the figure before, with the part a follow-up names */
  get followUp(): FollowUpReading { return this.read('followUp', followUpReader); }
  /** the table cell or group the catalogue's terms (and paraphrases) name */
  get table(): TableResult { return this.read('table', tableReader); }
  /** the sentences of the report that state a figure the question fits */
  get prose(): ProseResult { return this.read('prose', proseReader); }
  /** the question's parts, each one figure, joined by its operators */
  get derived(): DerivedReading { return this.read('derived', derivedReader); }
  /** the section of prose the question names */
  get passage(): PassageReading { return this.read('passage', passageReader); }
  /** the declared breakdown the question names (read after the table) */
  get breakdown(): BreakdownReading { return this.read('breakdown', (s) => breakdownReader(s, this.table)); }
  /** the paragraph that shares the question's rare words */
  get search(): SearchReading { return this.read('search', searchReader); }

  /** The table reading, when a rule has read it (what it notes of the unit goes with the answer). */
  get tableIfRead(): TableResult | undefined { return this.done.get('table') as TableResult | undefined; }

  /** Every candidate the readers read so far proposed, in the order they were read. */
  proposed(): Candidate[] {
    return [...this.done.values()].flatMap((r) => r.candidates);
  }

  private read<R extends Reading>(name: ReaderName, reader: (s: Sentence) => R): R {
    let r = this.done.get(name) as R | undefined;
    if (!r) this.done.set(name, (r = reader(this.sentence)));
    return r;
  }
}
