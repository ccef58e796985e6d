// What a question is understood as (a figure, a passage, help, a question back, nothing), in terms of
// the catalogue, before any value is looked up; what understanding is given; and how `--explain`
// shows the reading.
import type { Report, SectionId } from '../report/schema.ts';
import type { Comparison } from './compare.ts';
import type { Mention } from './match.ts';
import type { Measure } from './measure.ts';
import type { Op } from './readings.ts';
import type { UnitNote } from './units.ts';

export type Intent = 'figure' | 'passage' | 'help' | 'clarify' | 'none';

export interface Query {
  intent: Intent;
  lang: 'zh' | 'en';
  /** figure: how the measures combine (value: one measure; breakdown: the whole, then its parts) */
  op?: Op;
  measures?: Measure[];
  /** the figure compared across reports (other years, other agencies) */
  compare?: Comparison;
  /** figure: the decimals the question asks the value rounded to (保留两位小数) */
  round?: number;
  /** share: the measures from this one on are the whole, added up (default: the last one alone) */
  wholeFrom?: number;
  /** figure, none: what the figure counts, said because the question asked another unit (多少人: requests; 金额: a count) */
  note?: UnitNote;
  /** passage: the section (and subsection) to quote; `line`: the one paragraph a search found */
  passage?: { section: SectionId; subsection?: string; line?: number };
  /** clarify: the figures the question could mean (empty: it named none) */
  choices?: Measure[];
  /** clarify: the question negates or excludes the figure it names (「没有予以公开的」) */
  negated?: true;
  /** none: why nothing was answered */
  why?: 'how_to' | 'no_match' | 'weak' | 'unexplained';
  /** none (unexplained): the words of the question no figure accounts for (平均, 粉丝) */
  unexplained?: string[];
  /** none (unexplained): the nearest figure the report does state, offered as a question */
  suggestion?: Measure;
}

export interface UnderstandInput {
  /** normalised question with agency and year spans blanked out */
  text: string;
  mentions: Mention[];
  lang: 'zh' | 'en';
  /** the report the answer will come from, for prose figures; absent when not yet chosen */
  report?: Report;
  previous?: Query;
  /** the question names a year or an agency (blanked from `text`, or 去年): 「那2023年呢」 asks the previous figure again */
  scoped?: boolean;
  /** the value a measure has in the chosen report, to tell ties that matter from ties that do not */
  figureOf?: (m: Measure) => number | undefined;
  /** the question compares the figure across reports: its words of more and less are the comparison's */
  comparing?: boolean;
  /** the figures the conversation gave before, oldest first (「三个加一起」 adds the last three) */
  recent?: readonly Measure[];
  /** the figure offered when the question before was declined */
  declined?: Measure;
  /** words an English question capitalises (Hongze, Shuyang, DRC): names of agencies and places, about which report */
  names?: ReadonlySet<string>;
}

/** How a question was read, for `--explain`: every word's role, every reader's candidates, the rule that decided. */
export interface Explanation {
  words: { text: string; role: string }[];
  candidates: { reader: string; reading: string; score: number; left: string[] }[];
  rule: string;
}

export interface ReadInput extends UnderstandInput {
  /** filled in when given: how the question was read */
  trace?: Explanation;
}
