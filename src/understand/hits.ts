// The catalogue words a question names, as hits in its text, and how they stand to one another:
// the strongest hit of each figure, a group named with one of its items, figures joined in a list,
// the part and the whole of a share.
import { mapped } from '../arrays.ts';
import { REQUEST_COLUMN_GROUPS, REQUEST_ROW_GROUPS, REVIEW_GROUP_SUMS, requestRowsFor, type FormatVersion } from '../catalogue/format.ts';
import { CONJUNCTION, PARTICLE_BEFORE_CONJUNCTION } from '../catalogue/lexicon-cues.ts';
import { OTHER, OTHER_ALONE } from '../catalogue/lexicon-roles.ts';
import { PART_IN_WHOLE, WHOLE_AFTER, WITHIN } from '../catalogue/operators.ts';
import type { Mention, Target } from './match.ts';

export interface Hit {
  target: Target;
  score: number;
  start: number;
  end: number;
  /** a generic phrase (多少申请) that only counts when nothing specific is named */
  fallback?: boolean;
}

export function hitsOf(mentions: Mention[]): Hit[] {
  return mentions.flatMap((m) => mapped(m.targets, (t) => ({ target: t.target, score: t.score, start: m.start, end: m.end, ...(t.fallback ? { fallback: true } : {}) })));
}

/** A target's id within its dimension (its key without the dimension). */
export const idOf = (t: Target) => ('id' in t ? t.id : '');

/** A group named together with one of its items is context for the item (不予公开里保护第三方…). */
export function dropEnclosingGroups(rows: Hit[]): Hit[] {
  const ids = new Set(mapped(rows, (h) => idOf(h.target)));
  return rows.filter((h) => {
    const id = idOf(h.target);
    if (h.target.dim === 'req_group') return !REQUEST_ROW_GROUPS.find((g) => g.id === id)!.items.some((i) => ids.has(i));
    if (h.target.dim === 'rev_sum') return !REVIEW_GROUP_SUMS.find((g) => g.id === id)!.items.some((i) => ids.has(i));
    if (h.target.dim === 'req_colgroup') return !REQUEST_COLUMN_GROUPS.find((g) => g.id === id)!.items.some((i) => ids.has(i));
    return true;
  });
}

/** One hit per target, the strongest, in question order. */
export function distinct(hits: Hit[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const h of hits) {
    const key = `${h.target.dim}:${idOf(h.target)}`;
    const old = best.get(key);
    if (!old || h.score > old.score) best.set(key, h);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

/** Hits joined by 和/与/、/and in the question: a list the user wants added up. */
export function joined(text: string, hits: Hit[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    // 「直接起诉的和复议后起诉的」: a particle may stand before the conjunction.
    if (!CONJUNCTION.test(text.slice(hits[i - 1]!.end, hits[i]!.start).replace(PARTICLE_BEFORE_CONJUNCTION, ''))) return false;
  }
  return hits.length > 1;
}

/**
 * Which rows of a share question are the parts and which the whole: 「A占B」 (the whole after 占),
 * 「B中A的比例」 (the whole before 中), 「A在B里占」 (the whole after 在), 「share of B that was A」「A as a share of B」 (the whole after of).
 */
export function shareSplit(text: string, rows: Hit[], shareAt: number): { parts: Hit[]; whole: Hit[] } | undefined {
  const split = (at: number, wholeAfter: boolean) => {
    const before = rows.filter((r) => r.start < at);
    const after = rows.filter((r) => r.start >= at);
    const [parts, whole] = wholeAfter ? [before, after] : [after, before];
    return parts.length && whole.length ? { parts, whole: joined(text, whole) ? whole : [wholeAfter ? whole[0]! : whole.at(-1)!] } : undefined;
  };
  if (shareAt >= 0) {
    const after = split(shareAt, true);
    if (after) return after;
  }
  for (const r of rows) {
    if (!WITHIN.test(text.slice(r.end, r.end + 4))) continue;
    // 「A在B里占多少」: the place named before 占 is the whole, what comes before 在 the part.
    const at = text.lastIndexOf(PART_IN_WHOLE, r.start);
    if (shareAt > r.end && at >= 0) {
      const parts = rows.filter((x) => x.end <= at);
      return parts.length ? { parts, whole: [r] } : undefined;
    }
    return split(r.end, false);
  }
  for (const m of text.matchAll(WHOLE_AFTER)) {
    const next = rows.find((r) => r.start > m.index && r.start - m.index <= 12);
    const prev = rows.find((r) => r.start < m.index);
    if (next && prev) return split(next.start, true);
    if (next) {
      // 「share of new requests (that) was partly granted」: the whole right after of, the part later
      const later = rows.filter((r) => r.start > next.end);
      if (later.length) return { parts: later, whole: [next] };
    }
  }
  return undefined;
}

/** A group of 三 named together with a bare 「其他」 that is both one of its items and a column. */
export function bareItem(text: string, rows: Hit[], cols: Hit[], format: FormatVersion): { group: Hit; column: Hit; row: Hit } | undefined {
  const column = cols.find((h) => h.target.dim === 'req_col' && OTHER_ALONE.test(text.slice(h.start, h.end)));
  if (!column) return undefined;
  for (const group of rows) {
    if (group.target.dim !== 'req_group' || group.start > column.start) continue;
    const id = group.target.id;
    const own = requestRowsFor(format).find((r) => r.group === id && r.keys.some((k) => k.exact && k.text === OTHER));
    if (own) return { group, column, row: { target: { dim: 'req_row', id: own.id }, score: group.score + column.score, start: group.start, end: column.end } };
  }
  return undefined;
}
