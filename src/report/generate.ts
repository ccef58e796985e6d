// Synthetic reports for tests and benchmarks. A real parsed report (the seed) gives the prose and
// the shape of the numbers; each synthetic report gets an agency, a year and fresh numbers that keep
// every relation of FORMAT.md (section 三 by column and by row, section 四 by group, 现行有效 ≥ 本年制发,
// and the figures section 一 states again; the sums as catalogue/relations.ts declares them), and is
// written in one of the layouts real reports arrive in. The same seed number always gives the same reports.
import iconv from 'iconv-lite';
import {
  ACTIVE_TABLES, NARRATIVE_CHECKS, REQUEST_COLUMNS, REQUEST_ROW_GROUPS, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_GROUP_SUMS,
  REVIEW_ORDER, SECTIONS, requestRowsFor, type Measure, type FormatVersion, type RequestColumnId, type SectionId,
} from '../catalogue/format.ts';
import { relationsOver, termRows, type RowTerm } from '../catalogue/relations.ts';
import { cellAt, numberOf } from './cells.ts';
import { readFigures } from './prose.ts';
import { LAYOUTS, type Layout } from './layouts.ts';
import type { Passage, Report } from './schema.ts';

export { ALL_LAYOUTS, LAYOUTS, type Layout } from './layouts.ts';

/** The numbers of one report, by catalogue ids; what a parse of it must give back. */
export interface Figures {
  /** section 二: table → row → column */
  active: Record<string, Record<string, Record<string, number>>>;
  /** section 三: row → column */
  requests: Record<string, Record<RequestColumnId, number>>;
  /** section 四: `group.column` */
  review: Record<string, number>;
}

export interface Model {
  agency: string;
  year: number;
  format: FormatVersion;
  title: string;
  figures: Figures;
  /** the prose of sections 一, 五 and 六, with its figures agreeing with the tables */
  prose: Passage[];
  sectionTitles: Record<SectionId, string>;
  /** cells printed empty (a blank, worth 0): `requests.row.column`, `active.row.column`, `review.key` */
  blanks: Set<string>;
  /** number style of the tables: （一） or (一) */
  fullWidth: boolean;
}

export interface GeneratedReport {
  /** file name, also the report id without its extension */
  file: string;
  layout: Layout;
  model: Model;
  content: string;
  /** HTML pages are sometimes GBK, as many government sites still serve them */
  encoding: 'utf-8' | 'gbk';
}

// ---------------------------------------------------------------- random numbers

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** log-uniform between lo and hi: as many agencies with 10 requests as with 1,000 */
  logInt(lo: number, hi: number): number {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
  /** n split by weights, every unit placed: the parts always add up to n */
  split(n: number, weights: number[]): number[] {
    const total = weights.reduce((a, b) => a + b, 0);
    const out = weights.map(() => 0);
    if (n <= 0 || total <= 0) {
      if (n > 0) out[0] = n;
      return out;
    }
    let left = n;
    weights.forEach((w, i) => {
      const k = Math.floor((n * w) / total);
      out[i] = k;
      left -= k;
    });
    for (; left > 0; left--) {
      let r = this.next() * total;
      let i = 0;
      while (i < weights.length - 1 && r >= weights[i]!) r -= weights[i++]!;
      out[i]!++;
    }
    return out;
  }
}

// ---------------------------------------------------------------- agencies

const PLACES: [province: string, place: string][] = [
  ['河南省', '周口市'], ['河南省', '郑州市'], ['河南省', '洛阳市'], ['河南省', '西华县'], ['河南省', '郑州市金水区'],
  ['上海市', '上海市'], ['上海市', '上海市浦东新区'], ['北京市', '北京市'], ['北京市', '北京市海淀区'],
  ['广东省', '广州市'], ['广东省', '深圳市南山区'], ['浙江省', '杭州市'], ['浙江省', '宁波市鄞州区'], ['江苏省', '苏州市'],
  ['四川省', '成都市武侯区'], ['四川省', '仪陇县'], ['湖北省', '武汉市'], ['湖南省', '岳阳市'], ['山东省', '威海市文登区'],
  ['辽宁省', '昌图县'], ['河北省', '雄县'], ['贵州省', '凯里市'], ['陕西省', '西安市'], ['重庆市', '重庆市渝中区'],
];
const DEPARTMENTS = [
  '人民政府', '人民政府办公室', '财政局', '住房和城乡建设局', '自然资源和规划局', '生态环境局', '教育局', '卫生健康委员会',
  '发展和改革委员会', '市场监督管理局', '人力资源和社会保障局', '交通运输局', '公安局', '民政局', '审计局', '城市管理局',
  '农业农村局', '应急管理局', '退役军人事务局', '医疗保障局',
];

export function agencyName(d: Dice): { agency: string; province: string; place: string } {
  const [province, place] = d.pick(PLACES);
  const dept = d.pick(DEPARTMENTS);
  // 上海市人民政府办公厅, not 上海市人民政府办公室: a province-level government has a 办公厅.
  const agency = dept === '人民政府办公室' && /^(上海|北京|重庆)市$/.test(place) ? `${place}人民政府办公厅` : `${place}${dept}`;
  return { agency, province, place };
}

// ---------------------------------------------------------------- numbers

const seedShare = (seed: Report | undefined, row: string): number => {
  const total = numberOf(seed?.requests.rows.received?.cells.total ?? { state: 'missing' }) ?? 0;
  const v = numberOf(seed?.requests.rows[row]?.cells.total ?? { state: 'missing' }) ?? 0;
  return total > 0 ? v / total : 0;
};

/**
 * The sums the relations of `each` declare: a relation with one term on its left makes that term a
 * whole, never drawn, the sum of the terms on its right. 一 + 二 = 三(七) + 四 makes no whole: it is
 * kept by splitting what came in over where it ended.
 */
function wholes<T>(relations: { left: T[]; right: T[]; holds: '=' | '≥' }[]): { whole: T; parts: T[] }[] {
  return relations.filter((r) => r.holds === '=' && r.left.length === 1).map((r) => ({ whole: r.left[0]!, parts: r.right }));
}

function requestFigures(d: Dice, format: FormatVersion, seed: Report | undefined): Figures['requests'] {
  const rows = requestRowsFor(format).map((r) => r.id);
  // A generated report prints 三(六) as its format does.
  const rowsOf = (terms: RowTerm[]) => terms.flatMap((t) => termRows(t, format, () => false));
  const byColumn = wholes(relationsOver('request column', format)).map((w) => ({ whole: rowsOf([w.whole])[0]!, parts: rowsOf(w.parts) }));
  const byRow = wholes(relationsOver('request row', format));
  // Every row but what came in (一, 二) and the sums (三(七)) is where requests ended.
  const outcomes = rows.filter((id) => id !== 'received' && id !== 'carried_over' && !byColumn.some((w) => w.whole === id));
  // How this agency's requests end: the seed's proportions blended with a sparse random draw.
  const weights = outcomes.map((id) => {
    const base = id === 'granted' ? 0.35 : id === 'partly_granted' ? 0.12 : id === 'unavailable_not_held' ? 0.2
      : id === 'carried_forward' ? 0.04 : d.chance(0.3) ? 0.04 : 0;
    return 0.5 * seedShare(seed, id) + 0.5 * base * (0.3 + 1.4 * d.next());
  });
  const scale = d.chance(0.1) ? 0 : d.chance(0.3) ? d.int(1, 20) : d.chance(0.75) ? d.logInt(20, 400) : d.logInt(400, 5000);
  const applicants = REQUEST_COLUMNS.filter((c) => !byRow.some((w) => w.whole === c.id)).map((c) => c.id);
  const byApplicant = d.split(scale, [0.75 + 0.2 * d.next(), d.chance(0.6) ? 0.15 * d.next() : 0, d.chance(0.15) ? 0.02 : 0,
    d.chance(0.15) ? 0.02 : 0, d.chance(0.4) ? 0.06 * d.next() : 0, d.chance(0.3) ? 0.04 * d.next() : 0]);
  const out = Object.fromEntries(rows.map((id) => [id, {} as Record<RequestColumnId, number>])) as Figures['requests'];
  applicants.forEach((col, i) => {
    const received = byApplicant[i]!;
    const carried = received > 5 && d.chance(0.3) ? d.int(0, Math.ceil(received * 0.08)) : 0;
    // 一 + 二 = 三(七) + 四: split 一 + 二 over the outcomes.
    const parts = d.split(received + carried, weights);
    out.received![col] = received;
    out.carried_over![col] = carried;
    outcomes.forEach((id, k) => (out[id]![col] = parts[k]!));
    for (const w of byColumn) out[w.whole]![col] = w.parts.reduce((a, id) => a + out[id]![col], 0);
  });
  for (const id of rows) for (const w of byRow) out[id]![w.whole] = w.parts.reduce((a, c) => a + out[id]![c], 0);
  return out;
}

function reviewFigures(d: Dice, busy: boolean, format: FormatVersion): Figures['review'] {
  const byGroup = wholes(relationsOver('review group', format));
  const out: Figures['review'] = {};
  for (const g of REVIEW_GROUPS) {
    const n = busy && d.chance(0.6) ? d.logInt(1, 30) : d.chance(0.2) ? d.int(1, 3) : 0;
    const [upheld, corrected, other, pending] = d.split(n, [0.6, 0.1 * d.next(), 0.15 * d.next(), 0.2 * d.next()]);
    Object.assign(out, { [`${g.id}.upheld`]: upheld, [`${g.id}.corrected`]: corrected, [`${g.id}.other`]: other, [`${g.id}.pending`]: pending });
    for (const w of byGroup) out[`${g.id}.${w.whole}`] = w.parts.reduce((a, c) => a + out[`${g.id}.${c}`]!, 0);
  }
  return out;
}

const money = (d: Dice, hi: number) => (d.chance(0.55) ? 0 : Math.round(d.logInt(1, hi * 100) * (0.5 + d.next())) / 100);

function activeFigures(d: Dice, format: FormatVersion): Figures['active'] {
  const big = (hi: number, p = 0.7) => (d.chance(p) ? d.logInt(1, hi) : 0);
  const out: Figures['active'] = {};
  for (const t of ACTIVE_TABLES[format]) {
    out[t.id] = {};
    for (const r of t.rows) {
      const v: Record<string, number> = {};
      if (format === '2021') {
        if (t.id === 'art20_1') {
          v.issued = r.id === 'rules' ? (d.chance(0.15) ? d.int(1, 3) : 0) : big(40, 0.6);
          v.repealed = d.chance(0.3) ? d.int(0, 8) : 0;
          v.in_force = v.issued + (r.id === 'rules' ? d.int(0, 12) : d.int(0, 160)); // relation 5: 现行有效 ≥ 本年制发
        } else if (t.id === 'art20_8') v.fee_amount = money(d, 5000);
        else v.decisions = r.id === 'licensing' ? big(30000) : r.id === 'penalty' ? big(6000) : big(400, 0.4);
      } else if (t.id === 'art20_1') {
        v.made = big(40, 0.6);
        v.published = v.made + (d.chance(0.3) ? d.int(0, 5) : 0);
        v.public_total = v.published + d.int(0, 300);
      } else if (t.id === 'art20_9') {
        v.procurement_items = big(200, 0.5);
        v.procurement_amount = v.procurement_items ? money(d, 20000) || 1.5 : 0;
      } else {
        v.prev_items = big(300, 0.6);
        v.change = d.chance(0.7) ? 0 : Math.max(-v.prev_items, d.int(-5, 8)) || 0; // never -0
        if (t.columns.some((c) => c.id === 'decisions')) v.decisions = big(t.id === 'art20_5' ? 30000 : 6000);
      }
      out[t.id]![r.id] = v;
    }
  }
  return out;
}

/** The value of a catalogue cell in the figures. */
function figureAt(f: Figures, ref: Measure): number | undefined {
  if (ref.table === 'requests') return f.requests[ref.row]?.[ref.column as RequestColumnId];
  if (ref.table === 'review') return f.review[`${ref.group}.${ref.column}`];
  if (ref.table === 'prose' || ref.column === undefined) return undefined;
  for (const t of Object.values(f.active)) if (t[ref.row]) return t[ref.row]![ref.column];
  return undefined;
}

/** The figures a parsed report holds, in the same shape; a missing cell is undefined. */
export function figuresOf(report: Report): { active: Record<string, Record<string, Record<string, number | undefined>>>; requests: Record<string, Record<string, number | undefined>>; review: Record<string, number | undefined> } {
  const format = report.meta.format;
  const active = Object.fromEntries(ACTIVE_TABLES[format].map((t) => [t.id, Object.fromEntries(t.rows.map((r) => [r.id,
    Object.fromEntries(t.columns.map((c) => [c.id, numberOf(cellAt(report, { table: 'active', row: r.id, column: c.id }))]))]))]));
  const requests = Object.fromEntries(requestRowsFor(format).map((r) => [r.id,
    Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.id, numberOf(cellAt(report, { table: 'requests', row: r.id, column: c.id }))]))]));
  const review = Object.fromEntries(REVIEW_ORDER.map((k) => [`${k.group}.${k.column}`, numberOf(cellAt(report, { table: 'review', group: k.group, column: k.column }))]));
  return { active, requests, review };
}

// ---------------------------------------------------------------- prose

/**
 * The seed's prose for a new report: its years moved, and each figure it states replaced. A figure
 * that section 一 states again from the tables (FORMAT.md relation 6) takes the table's value;
 * the others (hotline orders, meetings, columns) are varied; percentages stay.
 */
function rewriteProse(seed: Report, f: Figures, d: Dice, year: number, province: string | undefined): Passage[] {
  const seedYear = seed.meta.year;
  const seedProvince = /^(.{2,3}?[省市])/.exec(seed.meta.agency)?.[1];
  return seed.prose.map((p) => {
    let text = p.text;
    const figs = readFigures([{ ...p }]);
    let cursor = 0;
    let out = '';
    for (const fig of figs) {
      let at = text.indexOf(fig.raw, cursor);
      while (at > 0 && /[\d.]/.test(text[at - 1]!)) at = text.indexOf(fig.raw, at + 1);
      if (at < 0) continue;
      let value = fig.value;
      const check = p.section === 'overview' ? NARRATIVE_CHECKS.find((c) => c.words.every((w) => fig.context.includes(w))) : undefined;
      if (check) value = figureAt(f, check.cell) ?? value;
      else if (/回复|答复|办结/.test(fig.context) && fig.unit === '件') value = f.requests.total_handled!.total;
      else if (fig.unit !== '%' && value > 0) value = Math.max(1, Math.round(value * Math.exp(d.next() - 0.5)));
      out += text.slice(cursor, at) + fig.raw.replace(/^[\d.]+/, String(value));
      cursor = at + fig.raw.length;
    }
    text = out + text.slice(cursor);
    // Years: the seed's year and its neighbours follow the new year; document numbers (〔2020〕) do not.
    text = text.replace(/(?<![\d〔[(（])((?:19|20)\d{2})(?=\s*年)/g, (y) => {
      const dy = Number(y) - seedYear;
      return Math.abs(dy) <= 1 ? String(year + dy) : y;
    });
    if (province && seedProvince) text = text.replaceAll(seedProvince, province);
    return { ...p, text };
  });
}

// ---------------------------------------------------------------- the model

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** one layout, or (default) all layouts in turn */
  layout?: Layout;
  /** years to draw from; default 2019–2025 */
  years?: number[];
  /** share of zero cells printed empty where the layout can show an empty cell (default 0.05) */
  blankRate?: number;
}

export function generateReports(seed: Report, opts: GenerateOptions): GeneratedReport[] {
  const d = new Dice(rng(opts.seed ?? 1));
  const years = opts.years ?? [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const width = String(opts.count).length;
  return Array.from({ length: opts.count }, (_, i) => {
    const layout = opts.layout ?? LAYOUTS[i % LAYOUTS.length]!;
    const year = d.pick(years);
    const model = makeModel(seed, d, year, opts.blankRate ?? 0.05, layout === 'lines' || layout === 'pdf' || layout === 'joined' ? 0 : undefined);
    const encoding = layout === 'html' && d.chance(0.3) ? 'gbk' : 'utf-8';
    const file = `gen-${String(i + 1).padStart(Math.max(4, width), '0')}-${year}.${layout === 'html' ? 'html' : 'txt'}`;
    return { file, layout, model, encoding, content: render(model, layout, encoding) };
  });
}

/** A model with new numbers. `noBlanks` (0) for layouts that cannot show an empty cell. */
export function makeModel(seed: Report, d: Dice | number, year: number, blankRate = 0.05, noBlanks?: 0): Model {
  const dice = typeof d === 'number' ? new Dice(rng(d)) : d;
  const format: FormatVersion = year >= 2021 ? '2021' : '2019';
  const { agency, province } = agencyName(dice);
  const requests = requestFigures(dice, format, seed);
  const figures: Figures = { active: activeFigures(dice, format), requests, review: reviewFigures(dice, requests.received!.total > 200, format) };
  const model = baseModel(seed, figures, agency, year, format, dice);
  model.prose = rewriteProse(seed, figures, dice, year, province);
  if (noBlanks !== 0) model.blanks = pickBlanks(figures, dice, blankRate);
  return model;
}

/** The seed itself as a model: its own numbers, prose and title, to render in other layouts. */
export function seedModel(seed: Report): Model {
  const f = figuresOf(seed);
  const figures = JSON.parse(JSON.stringify(f, (_, v) => v ?? 0)) as Figures;
  const model = baseModel(seed, figures, seed.meta.agency, seed.meta.year, seed.meta.format, new Dice(rng(1)));
  model.title = seed.meta.title;
  return model;
}

function baseModel(seed: Report, figures: Figures, agency: string, year: number, format: FormatVersion, d: Dice): Model {
  const sectionTitles = Object.fromEntries(SECTIONS.map((s) => [s.id, seed.sections[s.id]?.title ?? `${s.numeral}、${s.labels[0]}`])) as Record<SectionId, string>;
  const title = d.pick([`${agency}${year}年政府信息公开工作年度报告`, `${agency}${year}年度政府信息公开工作年度报告`, `${agency} ${year} 年政府信息公开工作年度报告`]);
  return { agency, year, format, title, figures, prose: seed.prose, sectionTitles, blanks: new Set(), fullWidth: d.chance(0.5) };
}

/** Zero cells inside a row (never its first or last value, which a copy-paste would lose) printed empty. */
function pickBlanks(f: Figures, d: Dice, rate: number): Set<string> {
  const out = new Set<string>();
  const row = (prefix: string, values: [string, number][]) => values.forEach(([k, v], i) => {
    if (i > 0 && i < values.length - 1 && v === 0 && d.chance(rate)) out.add(`${prefix}${k}`);
  });
  for (const [id, cells] of Object.entries(f.requests)) row(`requests.${id}.`, REQUEST_COLUMNS.map((c) => [c.id, cells[c.id]]));
  for (const t of Object.values(f.active)) for (const [id, cells] of Object.entries(t)) row(`active.${id}.`, Object.entries(cells));
  row('review.', REVIEW_ORDER.map((k) => [`${k.group}.${k.column}`, f.review[`${k.group}.${k.column}`]!]));
  return out;
}

// ---------------------------------------------------------------- the document

export interface TCell {
  text: string;
  rowspan?: number;
  colspan?: number;
  /** a value cell: printed as a number, or empty when blank */
  num?: boolean;
}
export type Block =
  | { kind: 'title' | 'heading' | 'subheading' | 'para'; text: string }
  | { kind: 'table'; rows: TCell[][] };

const NUMERALS = '一二三四五六七八九十';
const fmt = (v: number) => String(v);

/** The report as blocks: title, headings, paragraphs and the three tables with their merged cells. */
export function reportBlocks(m: Model): Block[] {
  const [lp, rp] = m.fullWidth ? ['（', '）'] : ['(', ')'];
  const out: Block[] = [{ kind: 'title', text: m.title }];
  const prose = (section: SectionId) => {
    let k = 0;
    for (const p of m.prose.filter((x) => x.section === section)) {
      const [first, ...rest] = p.text.split('\n');
      if (p.subsection !== null) {
        const numeral = NUMERALS[k++]!;
        out.push({ kind: rest.length ? 'subheading' : 'para', text: `${lp}${numeral}${rp} ${first}` });
      } else out.push({ kind: 'para', text: first! });
      for (const r of rest) if (r.trim()) out.push({ kind: 'para', text: r });
    }
  };
  const cell = (key: string, v: number): TCell => ({ text: m.blanks.has(key) ? '' : fmt(v), num: true });
  out.push({ kind: 'para', text: `本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自${m.year}年1月1日起至${m.year}年12月31日止。` });

  out.push({ kind: 'heading', text: m.sectionTitles.overview });
  prose('overview');

  out.push({ kind: 'heading', text: m.sectionTitles.active });
  const rows: TCell[][] = [];
  for (const t of ACTIVE_TABLES[m.format]) {
    rows.push([{ text: `第二十条第${lp}${t.item}${rp}项`, colspan: 4 }]);
    const span = (i: number) => (i === t.columns.length - 1 ? 4 - t.columns.length : 1);
    rows.push([{ text: '信息内容' }, ...t.columns.map((c, i) => ({ text: c.labels[0]!, colspan: span(i) }))]);
    for (const r of t.rows) {
      rows.push([{ text: r.labels[0]! }, ...t.columns.map((c, i) => ({ ...cell(`active.${r.id}.${c.id}`, m.figures.active[t.id]![r.id]![c.id]!), colspan: span(i) }))]);
    }
  }
  out.push({ kind: 'table', rows });

  out.push({ kind: 'heading', text: m.sectionTitles.requests });
  out.push({ kind: 'table', rows: requestTable(m, lp, rp, cell) });

  out.push({ kind: 'heading', text: m.sectionTitles.review });
  const lawsuit = REVIEW_GROUP_SUMS[0]!.labels[0]!;
  const cols = REVIEW_COLUMNS.map((c) => c.labels[0]!);
  out.push({ kind: 'table', rows: [
    [{ text: REVIEW_GROUPS[0]!.labels[0]!, colspan: 5 }, { text: lawsuit, colspan: 10 }],
    [...cols.map((text) => ({ text, rowspan: 2 })), { text: REVIEW_GROUPS[1]!.labels[0]!, colspan: 5 }, { text: REVIEW_GROUPS[2]!.labels[0]!, colspan: 5 }],
    [...cols, ...cols].map((text) => ({ text })),
    REVIEW_ORDER.map((k) => cell(`review.${k.group}.${k.column}`, m.figures.review[`${k.group}.${k.column}`]!)),
  ] });

  out.push({ kind: 'heading', text: m.sectionTitles.problems });
  prose('problems');
  out.push({ kind: 'heading', text: m.sectionTitles.other });
  prose('other');
  return out;
}

function requestTable(m: Model, lp: string, rp: string, cell: (key: string, v: number) => TCell): TCell[][] {
  const rows = requestRowsFor(m.format);
  const values = (id: string) => REQUEST_COLUMNS.map((c) => cell(`requests.${id}.${c.id}`, m.figures.requests[id]![c.id]));
  const applicant = REQUEST_COLUMNS.filter((c) => c.id !== 'total');
  const out: TCell[][] = [
    [{ text: `${lp}本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和${rp}`, colspan: 3, rowspan: 3 }, { text: '申请人情况', colspan: 7 }],
    [{ text: applicant[0]!.labels[0]!, rowspan: 2 }, { text: '法人或其他组织', colspan: 5 }, { text: '总计', rowspan: 2 }],
    applicant.slice(1).map((c) => ({ text: c.labels[0]! })),
  ];
  const results = rows.filter((r) => r.number.startsWith('三('));
  for (const r of rows) {
    const m3 = /^三\((.)\)(\d*)$/.exec(r.number);
    if (!m3) {
      out.push([{ text: `${r.number}、${r.labels[0]}`, colspan: 3 }, ...values(r.id)]);
      continue;
    }
    const [, numeral, item] = m3;
    const head: TCell[] = r === results[0] ? [{ text: '三、本年度办理结果', rowspan: results.length }] : [];
    if (!item) {
      out.push([...head, { text: `${lp}${numeral}${rp} ${r.labels[0]}`, colspan: 2 }, ...values(r.id)]);
      continue;
    }
    const group = REQUEST_ROW_GROUPS.find((g) => g.id === r.group)!;
    if (item === '1') head.push({ text: `${lp}${numeral}${rp} ${group.labels[0]}`, rowspan: group.items.length });
    out.push([...head, { text: `${item}. ${r.labels[0]}` }, ...values(r.id)]);
  }
  return out;
}

// ---------------------------------------------------------------- layouts

/** The table as a grid: a merged cell's text in its first position, empty strings where it spreads. */
export function grid(rows: TCell[][]): string[][] {
  const g: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const c of row) {
      while (g[r]![col] !== undefined) col++;
      for (let dr = 0; dr < (c.rowspan ?? 1); dr++) {
        for (let dc = 0; dc < (c.colspan ?? 1); dc++) g[r + dr]![col + dc] = dr === 0 && dc === 0 ? c.text : '';
      }
      col += c.colspan ?? 1;
    }
  });
  return g.map((row) => Array.from(row, (c) => c ?? ''));
}

export function render(m: Model, layout: Layout, encoding: 'utf-8' | 'gbk' = 'utf-8'): string {
  const blocks = reportBlocks(m);
  if (layout === 'html') return toHtml(blocks, m, encoding);
  const lines: string[] = [];
  let page = 1;
  for (const b of blocks) {
    if (b.kind !== 'table') {
      if (layout === 'pdf') {
        if (b.kind === 'heading' && b.text.startsWith('四')) lines.push(`- ${page++} -`);
        for (const l of b.kind === 'para' ? wrap(b.text, 36) : [b.text]) lines.push(l);
      } else lines.push(b.text, '');
      continue;
    }
    if (layout === 'tab' || layout === 'pipe') {
      for (const r of grid(b.rows)) lines.push(layout === 'tab' ? r.join('\t') : `|${r.map((c) => c || ' ').join('|')}|`);
      lines.push('');
    } else if (layout === 'joined') {
      for (const row of b.rows) lines.push(joinedRow(row));
      lines.push('');
    } else if (layout === 'lines') {
      for (const row of b.rows) for (const c of row) if (c.text) lines.push(c.text, '');
    } else for (const r of pdfRows(b.rows)) lines.push(r);
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** A row of 三 copied with its cells run together: labels apart by tabs, the numbers as one string. */
function joinedRow(row: TCell[]): string {
  const nums = row.filter((c) => c.num);
  const labels = row.filter((c) => !c.num).map((c) => c.text);
  return nums.length === REQUEST_COLUMNS.length ? [...labels, nums.map((c) => c.text).join('')].join('\t') : row.map((c) => c.text).join('\t');
}

/** A PDF text layer: a line per printed line, cells apart by a space, long labels wrapped. */
function pdfRows(rows: TCell[][]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const labels: string[] = [];
    const nums: string[] = [];
    for (const c of row) {
      // A label merged down a long column is printed upright, one character a line.
      if (!c.num && (c.rowspan ?? 1) >= 8) for (const ch of c.text.replace(/\s/g, '')) out.push(ch);
      else if (c.num) nums.push(c.text || '0');
      else labels.push(c.text);
    }
    const label = labels.join(' ');
    // A long label breaks after a comma or a bracket, the rest goes with the numbers.
    const cut = label.length > 20 ? label.slice(8).search(/[、，（(]/) : -1;
    if (cut >= 0) out.push(label.slice(0, cut + 9).trim(), [label.slice(cut + 9).trim(), ...nums].join(' '));
    else out.push([label, ...nums].filter(Boolean).join(' '));
  }
  return out;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toHtml(blocks: Block[], m: Model, encoding: 'utf-8' | 'gbk'): string {
  const body = blocks.map((b) => {
    switch (b.kind) {
      case 'title': return `<h1 class="title">${esc(b.text)}</h1>\n<div class="info">发布日期：${m.year + 1}-01-${String(10 + (m.year % 20)).padStart(2, '0')} 来源：${esc(m.agency)} 浏览次数：<span id="hits"></span></div>`;
      case 'heading': return `<p style="text-indent:2em"><strong>${esc(b.text)}</strong></p>`;
      case 'subheading': return `<p style="text-indent:2em"><b>${esc(b.text)}</b></p>`;
      case 'para': return `<p style="text-indent:2em">${esc(b.text)}</p>`;
      case 'table': return tableHtml(b.rows);
    }
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${encoding === 'gbk' ? 'gbk' : 'utf-8'}">
<title>${esc(m.title)}_${esc(m.agency)}</title>
<style>body{font-family:"SimSun",serif} table{border-collapse:collapse} td{border:1px solid #000;padding:2px 4px}</style>
<script>var _hmt = _hmt || []; window.onload = function () { document.getElementById("hits").innerHTML = "1024"; };</script>
</head><body>
<div class="header"><div class="logo">${esc(m.agency)}</div><div class="search"><form action="/search"><input name="q"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<div class="article">
${body}
</div>
<div class="footer"><p>主办单位：${esc(m.agency)}&nbsp;&nbsp;联系电话：0394-8888888</p><p>网站标识码：4116000001 ICP备案号：豫ICP备12345678号</p></div>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon'%3E%3C/span%3E"));</script>
</body></html>
`;
}

function tableHtml(rows: TCell[][]): string {
  const tr = rows.map((row) => '<tr>' + row.map((c) => {
    const attrs = `${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
    return `<td${attrs}>${c.text ? `<p>${esc(c.text)}</p>` : '&nbsp;'}</td>`;
  }).join('') + '</tr>').join('\n');
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>\n${tr}\n</tbody></table>`;
}

/** The bytes of a generated document as it would be stored: HTML in its declared encoding. */
export function documentBytes(doc: GeneratedReport): Buffer {
  return doc.encoding === 'gbk' ? iconv.encode(doc.content, 'gbk') : Buffer.from(doc.content, 'utf8');
}
