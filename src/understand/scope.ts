// Which report a question is about: the agency it names (full name or the short forms people use,
// 周口市住建局, 住建局) and the year. The agency index is built from the knowledge base once and
// reused until the knowledge base changes size.
import type { KnowledgeBase } from '../kb/index.ts';
import { normalise } from './normalise.ts';

// Official name fragment ↔ what people say. Data, not code: a new department is one line here.
const ABBREVIATIONS: [full: string, short: string[]][] = [
  ['住房和城乡建设', ['住建', '住房城乡建设', '住房城建']],
  ['人力资源和社会保障', ['人社', '人力社保']],
  ['发展和改革', ['发改']],
  ['卫生健康', ['卫健']],
  ['市场监督管理', ['市场监管', '市监']],
  ['交通运输', ['交通']],
  ['生态环境', ['环保', '生态环保']],
  ['自然资源和规划', ['自然资源', '自规', '资规']],
  ['教育体育', ['教体']],
  ['文化广电和旅游', ['文旅', '文广旅']],
  ['文化和旅游', ['文旅']],
  ['农业农村', ['农业', '农委']],
  ['应急管理', ['应急']],
  ['城市管理', ['城管']],
  ['医疗保障', ['医保']],
  ['退役军人事务', ['退役军人']],
  ['政务服务和大数据管理', ['大数据', '政数']],
  ['科学技术', ['科技']],
  ['工业和信息化', ['工信']],
  ['公共资源交易', ['公共资源']],
  ['委员会', ['委']],
  ['人民政府', ['政府']],
];

const PLACE = /^\p{Script=Han}{2,}?(?:省|自治区|自治州|地区|市|盟|县|区|旗|镇|乡|街道)/u;
// A name of an agency in a question: some words, then what agencies are called.
const AGENCY_NAME = /\p{Script=Han}{2,14}?(?:局|厅|委员会|人民政府|街道办事处|管委会|管理委员会)/gu;
// 我局, 本局, 该局: the report's own voice, not another agency.
const SELF = /^(?:我|本|该|贵|此|各)/;

export interface AgencyIndex {
  size: number;
  /** alias → the agencies it can mean; `place` when the alias is only the place (周口市) */
  aliases: Map<string, { agencies: Set<string>; place: boolean }>;
  byFirst: Map<string, string[]>;
}

/** The ways people write an agency's name. */
export function agencyAliases(agency: string): { alias: string; place: boolean }[] {
  const name = normalise(agency);
  const places: string[] = [];
  let body = name;
  for (let i = 0; i < 4; i++) {
    const m = PLACE.exec(body);
    // 住房和城乡建设局 is a department, not a place called 住房和城乡.
    if (!m || m[0].length === body.length || ABBREVIATIONS.some(([full]) => body.startsWith(full)) || m[0].endsWith('城乡')) break;
    places.push(m[0]);
    body = body.slice(m[0].length);
  }
  const bodies = new Set([body]);
  for (const [full, shorts] of ABBREVIATIONS) {
    for (const b of [...bodies]) if (b.includes(full)) for (const s of shorts) bodies.add(b.replace(full, s));
  }
  const placeForms = new Set<string>(['']);
  if (places.length) {
    placeForms.add(places.join(''));
    for (const p of places) {
      placeForms.add(p);
      const stem = p.replace(/(?:省|自治区|自治州|地区|市|盟|县|区|旗|镇|乡|街道)$/, '');
      if (stem.length >= 2) placeForms.add(stem);
    }
  }
  const generic = (b: string) => /^(?:人民政府|政府|办公室|办事处)$/.test(b);
  const out = new Map<string, boolean>();
  for (const p of placeForms) {
    for (const b of bodies) {
      if (!p && (generic(b) || b.length < 3)) continue;
      out.set(p + b, false);
    }
    if (p && !out.has(p)) out.set(p, true);
  }
  return [...out].map(([alias, place]) => ({ alias, place }));
}

const cache = new WeakMap<KnowledgeBase, AgencyIndex>();

export function agencyIndex(kb: KnowledgeBase): AgencyIndex {
  const cached = cache.get(kb);
  if (cached && cached.size === kb.size) return cached;
  const aliases: AgencyIndex['aliases'] = new Map();
  for (const agency of kb.agencies()) {
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
  const index = { size: kb.size, aliases, byFirst };
  cache.set(kb, index);
  return index;
}

export interface Scope {
  /** agencies named in the question that the knowledge base has */
  agencies: string[];
  /** an agency named in the question that the knowledge base does not have */
  unknownAgency?: string;
  /** a year written as a number */
  year?: number;
  /** spans of the question that name the agency or the year: not words about a figure */
  spans: [number, number][];
}

const PLACE_END = /(?:省|自治区|自治州|地区|市|盟|县|区|旗|镇|乡|街道)$/;

/** Where the longest known agency name that `name` ends with begins, if any. */
function knownSuffix(name: string, index: AgencyIndex): number | undefined {
  for (let k = 1; k <= name.length - 3; k++) if (index.aliases.get(name.slice(k))?.place === false) return k;
  return undefined;
}

const YEAR = /(?<!\d)((?:19|20)\d\d)(?:年度|年)?(?!\d)/g;

export function findScope(text: string, index: AgencyIndex): Scope {
  const scope: Scope = { agencies: [], spans: [] };
  const agencies = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    for (const alias of index.byFirst.get(text[i]!) ?? []) {
      if (!text.startsWith(alias, i)) continue;
      const entry = index.aliases.get(alias)!;
      for (const a of entry.agencies) agencies.add(a);
      scope.spans.push([i, i + alias.length]);
      i += alias.length - 1;
      break;
    }
  }
  // A name that looks like an agency's and is none of ours: 郑州市住房和城乡建设局 ends with a name we
  // know, but under another place; 周口市交通局 is in a known place, but not an agency we have.
  for (const m of text.matchAll(AGENCY_NAME)) {
    const end = m.index + m[0].length;
    // Trim words in front that belong to the question (请问交通局 → 交通局).
    const name = m[0].replace(/^.*?(?:请问|问一下|想知道|查询|查一下|关于)/, '');
    if (SELF.test(name) || name.length < 3 || index.aliases.has(name)) continue;
    const known = knownSuffix(name, index);
    if (known !== undefined && !PLACE_END.test(name.slice(0, known))) continue;
    scope.unknownAgency ??= name;
    scope.spans.push([end - name.length, end]);
  }
  for (const m of text.matchAll(YEAR)) {
    scope.year ??= Number(m[1]);
    scope.spans.push([m.index, m.index + m[0].length]);
  }
  scope.agencies = [...agencies];
  return scope;
}
