// Which report a question is about: the agency it names (full name or the short forms people use,
// 周口市住建局, 住建局) and the year. The agency index is built from the knowledge base once and
// reused until the knowledge base changes size.
import { mapped } from '../arrays.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { AGENCY_ABBREVIATIONS as ABBREVIATIONS, governmentOf, PLACE_LEVELS, placeAt, placeLevel, placeStem, STEM_STOP, ZONE_GOVERNMENTS, type Place } from '../catalogue/places.ts';
import {
  AGENCY_NAME, ASKING_BEFORE_NAME, BEFORE_NAME, CARRIED_FROM_AFTER, CARRIED_FROM_BEFORE, CARRIED_INTO, GENERIC_AGENCY, GENERIC_BODY, LEVEL_GOVERNMENT,
  LEVEL_SAID_ALONE, NOT_A_PLACE_END, PEOPLES_GOVERNMENT, PLACE_END, SELF, SELF_END, SHORT_YEAR, YEAR,
} from '../catalogue/scopes.ts';
import { anyOf } from '../catalogue/lexicon-pattern.ts';
import { agencyNames, type AgencyIndex } from './agency-scope.ts';
import { normalise } from './normalise.ts';
import { standsAlone } from './word-bounds.ts';
import { elsewhere, placeMentions } from './place-mentions.ts';

// A place's name at the start of an agency's: some characters, then a level (周口市, 平潭综合实验区).
const PLACE = new RegExp(`^\\p{Script=Han}{2,}?${anyOf(mapped(PLACE_LEVELS, (l) => l.level))}`, 'u');

export type { AgencyIndex } from './agency-scope.ts';

/** The most specific gazetteer place a name holds, scanning longest forms first. */
function homeOf(name: string): Place | undefined {
  let home: Place | undefined;
  for (let i = 0; i < name.length; i++) {
    const found = placeAt(name, i);
    if (!found) continue;
    if (!home || LEVEL[found.place.level] > LEVEL[home.level]) home = found.place;
    i += found.form.length - 1;
  }
  return home;
}

/** The ways people write an agency's name. */
export function agencyAliases(agency: string): { alias: string; place: boolean }[] {
  const name = normalise(agency);
  const places: string[] = [];
  let body = name;
  for (let i = 0; i < 4; i++) {
    const m = PLACE.exec(body);
    // 住房和城乡建设局 is a department, not a place called 住房和城乡.
    if (!m || ABBREVIATIONS.some(([full]) => body.startsWith(full)) || m[0].endsWith(NOT_A_PLACE_END)) break;
    places.push(m[0]);
    body = body.slice(m[0].length);
    // A place and nothing else (三明市, 平潭综合实验区, as crawler copies and titles print a
    // government's name) is that place's government.
    if (!body) body = PEOPLES_GOVERNMENT;
  }
  // 管理委员会 and 管委会 are one zone's government, and neither names an agency alone.
  const bodies = new Set(ZONE_GOVERNMENTS.includes(body) ? ZONE_GOVERNMENTS : [body]);
  for (const [full, shorts] of ZONE_GOVERNMENTS.includes(body) ? [] : ABBREVIATIONS) {
    for (const b of [...bodies]) if (b.includes(full)) for (const s of shorts) bodies.add(b.replace(full, s));
  }
  // …and a zone printed alone is governed by its 管委会 (平潭综合实验区管委会).
  const zone = body === PEOPLES_GOVERNMENT && !name.endsWith(body) && places.length && placeLevel(places.at(-1)!)?.zone;
  if (zone) for (const g of ZONE_GOVERNMENTS) bodies.add(g);
  const placeForms = new Set<string>(['']);
  // A place printed before the agency's own (淮安市 in 淮安市洪泽区人民政府) only says where it is: it
  // names another agency (淮安市人民政府, and 淮安 alone means the city), so it is no alias of this one.
  if (places.length) {
    placeForms.add(places.join(''));
    const own = places.at(-1)!;
    placeForms.add(own);
    const read = placeLevel(own);
    // 周口 of 周口经济技术开发区 is the city, not the zone; 平潭 of 平潭综合实验区 is no other place.
    const stems = !read?.zone ? [placeStem(own), own.replace(PLACE_END, ''), read?.stem ?? '']
      : placeAt(read.stem, 0)?.form !== read.stem ? [read.stem] : [];
    for (const stem of stems) if (stem.length >= 2) placeForms.add(stem);
    // 平潭实验区 for 平潭综合实验区, 周口经开区 for 周口经济技术开发区.
    for (const short of read?.short ?? []) placeForms.add(read!.stem + short);
    // 「市住建局」「市政府办公厅」: the level without the place's name.
    const level = LEVEL_SAID_ALONE.exec(places.at(-1)!)?.[0];
    if (level) placeForms.add(level);
  }
  const generic = (b: string) => GENERIC_BODY.test(b) || ZONE_GOVERNMENTS.includes(b);
  const out = new Map<string, boolean>();
  for (const p of placeForms) {
    for (const b of bodies) {
      if (!p && (generic(b) || b.length < 3)) continue;
      out.set(p + b, false);
    }
    if (p.length >= 2 && !out.has(p)) out.set(p, true);
  }
  return mapped([...out], ([alias, place]) => ({ alias, place }));
}

const cache = new WeakMap<KnowledgeBase, AgencyIndex>();

export function agencyIndex(kb: KnowledgeBase): AgencyIndex {
  const cached = cache.get(kb);
  if (cached && cached.version === kb.version) return cached;
  const aliases: AgencyIndex['aliases'] = new Map();
  const homes: AgencyIndex['homes'] = new Map();
  for (const agency of kb.agencies()) {
    const home = homeOf(normalise(agency));
    if (home) homes.set(agency, home);
    for (const { alias, place } of agencyAliases(agency)) {
      const entry = aliases.get(alias) ?? { agencies: new Set<string>(), place };
      entry.agencies.add(agency);
      entry.place &&= place;
      aliases.set(alias, entry);
    }
  }
  const byFirst = new Map<string, string[]>();
  for (const a of aliases.keys()) {
    const list = byFirst.get(a[0]!) ?? [];
    list.push(a);
    byFirst.set(a[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.length - x.length);
  const index = { version: kb.version, aliases, byFirst, homes };
  cache.set(kb, index);
  return index;
}

export interface Scope {
  /** agencies named in the question that the knowledge base has */
  agencies: string[];
  /** an agency named in the question that the knowledge base does not have */
  unknownAgency?: string;
  /** a place named in the question that no loaded report's agency is in (郑州, Zhengzhou) */
  unknownPlace?: string;
  /** a year written as a number */
  year?: number;
  /** spans of the question that name the agency or the year: not words about a figure */
  spans: [number, number][];
}

/** 市政府 to 上海市人民政府办公厅: a government of the level an agency we have belongs to, not another agency. */
function ownGovernment(name: string, index: AgencyIndex): boolean {
  const level = LEVEL_GOVERNMENT.exec(name)?.[1];
  if (!level) return false;
  for (const agency of index.homes.keys()) if (governmentOf(agency)?.level === level) return true;
  return false;
}

/** Where the longest known agency name that `name` ends with begins, if any. */
function knownSuffix(name: string, index: AgencyIndex): number | undefined {
  for (let k = 1; k <= name.length - 3; k++) if (index.aliases.get(name.slice(k))?.place === false) return k;
  return undefined;
}

const LEVEL: Record<Place['level'], number> = { province: 0, prefecture: 1, county: 2 };

export function findScope(text: string, index: AgencyIndex): Scope {
  const scope: Scope = { agencies: [], spans: [] };
  const agencies = new Set<string>();
  const found: { start: number; end: number; agencies: Set<string> }[] = [];
  // The agencies named outright (淮安市人民政府) and those only a place names (淮安).
  const outright: Set<string>[] = [];
  const byPlace: Set<string>[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const alias of index.byFirst.get(text[i]!) ?? []) {
      if (!text.startsWith(alias, i)) continue;
      const entry = index.aliases.get(alias)!;
      // 三明 names 三明市 in 「三明2020年」, not in 「三明治」.
      if (entry.place && STEM_STOP.has(alias) && !standsAlone(text, i, i + alias.length)) continue;
      // 平潭 names 平潭综合实验区, not 平潭县; 淮安 names 淮安市, not 淮安区: a longer place written
      // there is that place, which the agency is only when it is one of its names too.
      if (entry.place && elsewhere(text, i, alias, entry.agencies, index)) continue;
      for (const a of entry.agencies) agencies.add(a);
      (entry.place ? byPlace : outright).push(entry.agencies);
      found.push({ start: i, end: i + alias.length, agencies: entry.agencies });
      scope.spans.push([i, i + alias.length]);
      i += alias.length - 1;
      break;
    }
  }
  // Names read by their parts (住建, 周口住建, 住建委, 上海市府办, Zhoukou Finance Bureau): a name may
  // take in a place the scan above read alone, and one whose function no loaded agency has is another's.
  const names = agencyNames(text, index, found, scope.spans);
  if (names.changed) {
    agencies.clear();
    for (const f of found) for (const a of f.agencies) agencies.add(a);
  }
  scope.unknownAgency ??= names.unknown;
  // A place we have no report for: 郑州 when only Zhoukou is loaded. A province written before an
  // agency of ours in it (河南省周口市住建局), or a city before one of its counties', only says where.
  const named = placeMentions(text, scope.spans, index);
  const qualifiers: [number, number][] = [];
  for (const p of named) {
    scope.spans.push([p.start, p.end]);
    if (p.agencies) {
      for (const a of p.agencies) agencies.add(a);
      byPlace.push(p.agencies);
      found.push({ start: p.start, end: p.end, agencies: p.agencies });
    }
  }
  for (const p of named) {
    if (p.agencies) continue;
    const next = found.find((f) => f.start >= p.end && f.start - p.end <= 1);
    // …and that agency's own place is named right after it (河南住建局 is Henan's, not Zhoukou's).
    const within = (a: string) => {
      const home = index.homes.get(a);
      return !!home && home.province === p.place.province && !!next && text.slice(next.start, next.end).includes(placeStem(home.name))
        && (p.place.level === 'province' ? home.level !== 'province' : home.level === 'county' && p.place.level === 'prefecture');
    };
    if (next && [...next.agencies].some(within)) qualifiers.push([p.start, p.end]);
    else scope.unknownPlace ??= p.place.name;
  }
  // A name that looks like an agency's and is none of ours: 郑州市住房和城乡建设局 ends with a name we
  // know, but under another place; 周口市交通局 is in a known place, but not an agency we have.
  for (const m of text.matchAll(AGENCY_NAME)) {
    const end = m.index + m[0].length;
    // Trim words in front that belong to the question (请问交通局 → 交通局).
    // A comparison stops a name too: 「微信公众号比局网站」 names no 微信公众号比局.
    // So do the question's own words (「有多少申请是因为办公厅不掌握」 names no agency but the one asked).
    const name = m[0].replace(ASKING_BEFORE_NAME, '').replace(BEFORE_NAME, '');
    const start = end - name.length;
    if (SELF.test(name) || SELF_END.test(name) || name.length < 3 || GENERIC_AGENCY.test(name) || index.aliases.has(name) || ownGovernment(name, index)) continue;
    // 上海市人民政府 inside 上海市人民政府办公厅, a name we have
    if (found.some((f) => f.start <= start && f.end >= end)) continue;
    const known = knownSuffix(name, index);
    if (known !== undefined && (!PLACE_END.test(name.slice(0, known)) || qualifiers.some(([a, b]) => a <= start && b >= start + known))) continue;
    scope.unknownAgency ??= name;
    scope.spans.push([start, end]);
  }
  for (const m of text.matchAll(YEAR)) {
    // 「结转到2025年继续办理」 names the year a request moves into, not the report asked about.
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 6);
    const carried = CARRIED_INTO.test(before) || (CARRIED_FROM_BEFORE.test(before) && CARRIED_FROM_AFTER.test(after));
    if (!carried) scope.year ??= Number(m[1]);
    scope.spans.push([m.index, m.index + m[0].length]);
  }
  if (scope.year === undefined) {
    for (const m of text.matchAll(SHORT_YEAR)) {
      if (scope.spans.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
      scope.year = 2000 + Number(m[1]);
      scope.spans.push([m.index, m.index + m[0].length]);
      break;
    }
  }
  scope.agencies = [...narrowed(agencies, outright, byPlace)];
  return scope;
}

/**
 * A place that also holds an agency the question names outright only says where that agency is:
 * 「淮安市人民政府2024年报告：淮安…」 is about 淮安市人民政府, not every agency of 淮安 (淮安市洪泽区人民政府).
 */
function narrowed(all: Set<string>, outright: Set<string>[], byPlace: Set<string>[]): Set<string> {
  if (!outright.length) return all;
  const named = new Set<string>();
  for (const set of outright) for (const a of set) named.add(a);
  for (const set of byPlace) if (![...set].some((a) => named.has(a))) for (const a of set) named.add(a);
  return named;
}
