// What a question's words can name: every target of the catalogue, with the key it goes by in the
// catalogue's own terms (paraphrases and the explanation use it).
import { REQUEST_ROW_GROUPS, REVIEW_GROUP_SUMS, type Measure, type RequestColumnId, type ReviewColumnId, type ReviewGroupId, type SectionId } from '../catalogue/format.ts';
import type { CueKind } from '../catalogue/lexicon-cues.ts';

export type Target =
  | { dim: 'req_row'; id: string }
  | { dim: 'req_group'; id: string }
  | { dim: 'req_col'; id: RequestColumnId }
  | { dim: 'req_colgroup'; id: string }
  | { dim: 'rev_group'; id: ReviewGroupId }
  | { dim: 'rev_sum'; id: string }
  | { dim: 'rev_col'; id: ReviewColumnId }
  | { dim: 'act_row'; id: string }
  | { dim: 'act_col'; id: string }
  | { dim: 'section'; id: SectionId; subsection?: string }
  /** a whole and its parts, declared in the catalogue (申请人构成) */
  | { dim: 'breakdown'; id: string }
  | { dim: 'cue'; cue: CueKind };

export type Dim = Target['dim'];

/** The row or group target a figure's row or group is (a row group's id names a req_group). */
export function wholeTarget(ref: Measure): Target | undefined {
  if (ref.table === 'review') return REVIEW_GROUP_SUMS.some((g) => g.id === ref.group) ? { dim: 'rev_sum', id: ref.group } : { dim: 'rev_group', id: ref.group as ReviewGroupId };
  if (ref.table === 'requests') return REQUEST_ROW_GROUPS.some((g) => g.id === ref.row) ? { dim: 'req_group', id: ref.row } : { dim: 'req_row', id: ref.row };
  return undefined;
}

/** A target's key in the catalogue's own terms: `req_row:granted`, `section:problems.improvements`. */
export const targetKey = (t: Target): string =>
  t.dim === 'cue' ? `cue:${t.cue}` : t.dim === 'section' ? `section:${t.id}${t.subsection ? `.${t.subsection}` : ''}` : `${t.dim}:${t.id}`;

/** Whether two targets are the same row, column, group, section or cue. */
export function sameTarget(a: Target, b: Target): boolean {
  if (a.dim !== b.dim) return false;
  if (a.dim === 'cue') return a.cue === (b as typeof a).cue;
  if (a.dim === 'section') return a.id === (b as typeof a).id && a.subsection === (b as typeof a).subsection;
  return a.id === (b as { id: string }).id;
}
