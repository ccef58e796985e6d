// Where a question says its figure stands, by the report's own numbering without the section's
// numeral: 「（四）无法提供」, 「表三第(五)项第2行」, 「予以公开占(七)总计」, 「一(五)监督保障」. Each is
// read as the catalogue target it numbers, so the readers weigh it like the label it stands for,
// and a reading that is elsewhere leaves it unexplained.
import { mapped } from '../arrays.ts';
import { BRACKET_NUMBER, SIBLING_ROW } from '../catalogue/asking.ts';
import { REQUEST_ROWS, REQUEST_ROW_GROUPS, SECTIONS, section } from '../catalogue/format.ts';
import { enclosed } from './account.ts';
import { targetKey, type Target } from './match.ts';
import { chineseNumber } from './normalise.ts';
import type { Hit } from './readings.ts';
import type { Measure } from './measure.ts';

export interface Position {
  start: number;
  end: number;
  text: string;
  target: Target;
}

// The sections a bracketed number may be of: the overview's parts, the requests' rows.
const OVERVIEW = section('overview');
const REQUESTS = section('requests');

/** The target a printed number names: a row group or row of 三 (三(四), 三(五)2), or a part of 一. */
function numbered(section: string | undefined, bracket: string, item: number | undefined): Target | undefined {
  if (section === OVERVIEW.numeral) {
    const sub = OVERVIEW.subsections?.[chineseNumber(bracket)! - 1];
    return sub && item === undefined ? { dim: 'section', id: 'overview', subsection: sub.id } : undefined;
  }
  const number = `${REQUESTS.numeral}(${bracket})${item ?? ''}`;
  const group = item === undefined ? REQUEST_ROW_GROUPS.find((g) => g.number === number) : undefined;
  if (group) return { dim: 'req_group', id: group.id };
  const row = REQUEST_ROWS.find((r) => r.number === number);
  return row ? { dim: 'req_row', id: row.id } : undefined;
}

/** The bracketed numbers of a (normalised) question, each with the target it names. */
export function positionsIn(text: string): Position[] {
  const out: Position[] = [];
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(BRACKET_NUMBER)) {
    const item = m[3] ? chineseNumber(m[3]) ?? Number(m[3]) : undefined;
    const target = numbered(m[1], m[2]!, item);
    if (target) out.push({ start: m.index, end: m.index + m[0].length, text: m[0].trim(), target });
  }
  return out;
}

/** A position as a hit of the catalogue: as strong as the label it numbers. */
export function positionHits(positions: readonly Position[]): Hit[] {
  return mapped(positions, (p) => ({ target: p.target, score: 1, start: p.start, end: p.end }));
}

/**
 * Whether a reading's figures stand at a position: one of their targets is it, or is one of its
 * items (三(四)1 stands in (四)).
 */
export function standsAt(p: Position, targets: readonly Target[]): boolean {
  const key = targetKey(p.target);
  const items = enclosed(p.target);
  return targets.some((t) => targetKey(t) === key || items.includes(targetKey(t))
    || (p.target.dim === 'section' && t.dim === 'section' && t.id === p.target.id && !p.target.subsection));
}

/**
 * 「第2行呢」 after a row of a group (三(四)1 本机关不掌握): its sibling of that number, in the same
 * column. Undefined when the question says more, or the row before is no item of a group.
 */
export function siblingRow(text: string, previous: Measure | undefined): Measure | undefined {
  const m = SIBLING_ROW.exec(text);
  if (!m || previous?.table !== 'requests') return undefined;
  const n = chineseNumber(m[1]!) ?? Number(m[1]);
  const group = REQUEST_ROW_GROUPS.find((g) => g.items.includes(previous.row) || g.id === previous.row);
  const row = group?.items[n - 1];
  return row ? { ...previous, row } : undefined;
}

/**
 * 「一(五)监督保障局网站…」: a part of 一 by its number, with its title after it. The title is the
 * report's, never an agency's name (no 监督保障局): agency names are looked for without these spans.
 */
export function titledPositions(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const p of positionsIn(text)) {
    const t = p.target;
    if (t.dim !== 'section' || !t.subsection) continue;
    const sub = SECTIONS.find((x) => x.id === t.id)?.subsections?.find((x) => x.id === t.subsection);
    const rest = text.slice(p.end);
    const title = [...(sub?.labels ?? []), ...(sub?.headingKeys ?? []), ...(sub?.synonyms ?? [])].filter((w) => rest.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    out.push([p.start, p.end + (title?.length ?? 0)]);
  }
  return out;
}
