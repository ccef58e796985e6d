// Which figures hold which, as the format declares them: the groups and sums a figure is part of
// (不予公开 for 国家秘密, 办理结果 for 予以公开) and the parts a group is made of. A question word of a
// part, or of a whole, is then no stranger to the figure.
import { mapped } from '../arrays.ts';
import { REQUEST_COLUMN_GROUPS, REQUEST_ROW_GROUPS, REVIEW_GROUP_SUMS } from '../catalogue/format.ts';
import { RELATIONS } from '../catalogue/relations.ts';
import { targetKey, type Target } from './match.ts';

/**
 * Rows of 三 that the format declares the sum of others (三(七) 总计, of the results 三(一)–(六)), by
 * the part they hold: 「办理结果里其他处理有多少」 names the whole as the place of the part.
 */
const SUM_OF = (() => {
  const out = new Map<string, string>();
  for (const r of RELATIONS) {
    if (r.each !== 'request column' || r.holds !== '=' || r.left.length !== 1 || !('row' in r.left[0]!)) continue;
    const whole = `req_row:${r.left[0].row}`;
    for (const part of r.right) {
      if ('row' in part) out.set(`req_row:${part.row}`, whole);
      else {
        out.set(`req_group:${part.group}`, whole);
        for (const i of REQUEST_ROW_GROUPS.find((g) => g.id === part.group)?.items ?? []) out.set(`req_row:${i}`, whole);
      }
    }
  }
  return out;
})();

/** Groups and sums that hold a target: 不予公开 for 国家秘密, 行政诉讼 for 直接起诉, 办理结果 for 予以公开. */
export function enclosing(t: Target): string[] {
  const sum = SUM_OF.get(targetKey(t));
  const sums = sum ? [sum] : [];
  if (t.dim === 'req_row') return [...mapped(REQUEST_ROW_GROUPS.filter((g) => g.items.includes(t.id)), (g) => `req_group:${g.id}`), ...sums];
  if (t.dim === 'req_group') return sums;
  if (t.dim === 'req_col') return mapped(REQUEST_COLUMN_GROUPS.filter((g) => g.items.includes(t.id)), (g) => `req_colgroup:${g.id}`);
  if (t.dim === 'rev_group') return mapped(REVIEW_GROUP_SUMS.filter((g) => (g.items as string[]).includes(t.id)), (g) => `rev_sum:${g.id}`);
  return [];
}

/** A target given by its key (req_group:refused). */
export function targetOf(key: string): Target {
  const at = key.indexOf(':');
  return { dim: key.slice(0, at), id: key.slice(at + 1) } as Target;
}

// The catalogue's targets are few: each one's parts and siblings are worked out once.
const PART_KEYS = new Map<string, string[]>();
/** The parts a figure is made of (直接起诉 of 行政诉讼) and the parts of the whole it is one of (直接起诉, for 复议后起诉). */
export function partKeysOf(t: Target): string[] {
  const key = targetKey(t);
  let out = PART_KEYS.get(key);
  if (!out) PART_KEYS.set(key, (out = [...enclosed(t), ...enclosing(t).flatMap((k) => enclosed(targetOf(k)))]));
  return out;
}

/** The parts a group target is made of: 直接起诉 in a question about 行政诉讼 is one of its kinds. */
export function enclosed(t: Target): string[] {
  if (t.dim === 'req_group') return mapped(REQUEST_ROW_GROUPS.find((g) => g.id === t.id)?.items ?? [], (i) => `req_row:${i}`);
  if (t.dim === 'rev_sum') return mapped(REVIEW_GROUP_SUMS.find((g) => g.id === t.id)?.items ?? [], (i) => `rev_group:${i}`);
  return [];
}
