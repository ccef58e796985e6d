// The part of findScope that reads agency names by their parts (agency.ts) and merges them with the
// names the alias scan found: kept apart so that scope.ts stays one scan over known names.
import type { Place } from '../catalogue/places.ts';
import { AGENCY_ONLY_NAMES } from '../catalogue/agency-names.ts';
import { perOwner } from './memo.ts';
import { englishNameMentions, nameMentions, nameModel, type NameModel } from './agency.ts';

/** The loaded agencies by the names people call them (built by scope.ts's agencyIndex). */
export interface AgencyIndex {
  version: number;
  /** alias → the agencies it can mean; `place` when the alias is only the place (周口市) */
  aliases: Map<string, { agencies: Set<string>; place: boolean }>;
  byFirst: Map<string, string[]>;
  /** agency → the most specific place of the gazetteer its name holds (周口市 for 周口市住建局) */
  homes: Map<string, Place>;
}

type Found = { start: number; end: number; agencies: Set<string> };

const modelOf = perOwner((index: AgencyIndex): NameModel => {
  const agencies = new Set<string>();
  for (const entry of index.aliases.values()) for (const a of entry.agencies) agencies.add(a);
  return nameModel(agencies);
});

/**
 * Adds to `found` and `spans` the agency names read by their parts that fit loaded agencies; a name
 * may replace a place the alias scan read alone inside it (上海市 in 上海市府办). Returns whether
 * `found` changed, and an English name of an agency none of the loaded ones is (Finance Bureau).
 */
export function agencyNames(text: string, index: AgencyIndex, found: Found[], spans: [number, number][]): { changed: boolean; unknown?: string } {
  const model = modelOf(index);
  let changed = false;
  const placeOnly = (f: Found) => {
    const alias = text.slice(f.start, f.end);
    return index.aliases.get(alias)?.place === true;
  };
  // A name read by its parts may take in what the scan read inside it: a place alone (上海市 of
  // 上海市府办), or a name it narrows (淮安市政府 is the city's government, not also its district's).
  const within = (a: number, b: number, f: Found) => a <= f.start && f.end <= b;
  const free = (a: number, b: number) => found.every((f) => !(a < f.end && f.start < b) || within(a, b, f));
  let unknown: string | undefined;
  for (const m of nameMentions(text, model, free)) {
    if (!m.agencies.length) {
      // 「住建 收到多少」 asked of the 淮安市政府 report: another agency.
      if (AGENCY_ONLY_NAMES.includes(m.text)) {
        unknown ??= m.text;
        spans.push([m.start, m.end]);
      }
      continue;
    }
    const inside = found.filter((f) => within(m.start, m.end, f));
    if (!inside.every((f) => placeOnly(f) || m.agencies.every((a) => f.agencies.has(a)))) continue;
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k]!;
      if (m.start <= f.start && f.end <= m.end) {
        found.splice(k, 1);
        const at = spans.findIndex(([a, b]) => a === f.start && b === f.end);
        if (at >= 0) spans.splice(at, 1);
      }
    }
    found.push({ start: m.start, end: m.end, agencies: new Set(m.agencies) });
    spans.push([m.start, m.end]);
    changed = true;
  }
  if (/[a-z]{4}/.test(text)) {
    for (const m of englishNameMentions(text, model)) {
      if (found.some((f) => m.start < f.end && f.start < m.end)) continue;
      spans.push([m.start, m.end]);
      if (m.agencies.length) {
        found.push({ start: m.start, end: m.end, agencies: new Set(m.agencies) });
        changed = true;
      } else unknown ??= m.text;
    }
  }
  found.sort((a, b) => a.start - b.start);
  return { changed, unknown };
}
