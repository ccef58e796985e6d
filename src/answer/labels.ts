// What a figure is called in a reply and in its citation, in Chinese and English, from the
// catalogue. One place, so that the text and the citation never disagree.
import { mapped } from '../arrays.ts';
import {
  REQUEST_COLUMNS, REQUEST_COLUMN_GROUPS, REQUEST_HEADINGS, REQUEST_ROWS, REQUEST_ROW_GROUPS, REVIEW_COLUMNS, REVIEW_GROUPS,
  REVIEW_GROUP_SUMS, SECTIONS, type Entry, type FormatVersion,
} from '../catalogue/format.ts';
import type { Report } from '../report/schema.ts';
import { activeTableOf, type Measure } from '../understand/measure.ts';

export type Lang = 'zh' | 'en';

/** The label to show: the official one unless it carries a note in brackets (部分公开（区分处理的…）). */
export function display(e: Entry, lang: Lang): string {
  if (lang === 'en') return e.en;
  return e.labels.find((l) => !/[（(]/.test(l)) ?? e.labels[0]!;
}

export function sectionTitle(id: string, lang: Lang): string {
  const i = SECTIONS.findIndex((s) => s.id === id);
  const s = SECTIONS[i]!;
  return lang === 'zh' ? `${s.numeral}、${s.labels[0]}` : `Section ${i + 1} ${s.en}`;
}

export function subsectionTitle(section: string, sub: string | null | undefined, lang: Lang): string | undefined {
  const entry = SECTIONS.find((s) => s.id === section)?.subsections?.find((x) => x.id === sub);
  return entry && display(entry, lang);
}

export function reportTitle(report: Report, lang: Lang): string {
  return lang === 'zh' ? `${report.meta.agency}${report.meta.year}年报告` : `${report.meta.agency} ${report.meta.year} report`;
}

const ZH_ORDINAL = /^三\((.)\)$/;

/** A row of section 三 as it sits in the table: （一）予以公开; an item under its group. */
function requestRowPath(id: string, lang: Lang): string[] {
  const group = REQUEST_ROW_GROUPS.find((g) => g.id === id);
  if (group) return [numbered(group.number, display(group, lang), lang)];
  const row = REQUEST_ROWS.find((r) => r.id === id);
  if (!row) return [id];
  const parent = row.group ? REQUEST_ROW_GROUPS.find((g) => g.id === row.group) : undefined;
  if (parent) return [numbered(parent.number, display(parent, lang), lang), display(row, lang)];
  return [numbered(row.number, display(row, lang), lang)];
}

function numbered(number: string, label: string, lang: Lang): string {
  if (lang === 'en') return label;
  const sub = ZH_ORDINAL.exec(number);
  if (sub) return `（${sub[1]}）${label}`;
  return /^[一二三四五六七八九十]+$/.test(number) ? `${number}、${label}` : label;
}

function requestColumn(id: string, lang: Lang): string {
  const e = REQUEST_COLUMNS.find((c) => c.id === id) ?? REQUEST_COLUMN_GROUPS.find((g) => g.id === id);
  return e ? display(e, lang) : id;
}

/** Section, row path and column of a measure, for a citation. */
export function measurePath(m: Measure, format: FormatVersion, lang: Lang): { section: string; row: string[]; column: string | null } {
  if (m.table === 'requests') {
    return { section: 'requests', row: requestRowPath(m.row, lang), column: requestColumn(m.column, lang) };
  }
  if (m.table === 'review') {
    const sum = REVIEW_GROUP_SUMS.find((g) => g.id === m.group);
    const group = REVIEW_GROUPS.find((g) => g.id === m.group);
    const litigation = REVIEW_GROUP_SUMS[0]!;
    const row = sum ? [display(sum, lang)] : group?.id === 'reconsideration' ? [display(group, lang)]
      : group ? [display(litigation, lang), display(group, lang)] : [m.group];
    const col = REVIEW_COLUMNS.find((c) => c.id === m.column);
    return { section: 'review', row, column: col ? display(col, lang) : m.column };
  }
  if (m.table === 'active') {
    const table = activeTableOf(format, m.row);
    const row = table?.rows.find((r) => r.id === m.row);
    const col = table?.columns.find((c) => c.id === m.column);
    return {
      section: 'active',
      row: [table ? (lang === 'zh' ? table.labels[0]! : table.en) : '', row ? display(row, lang) : m.row].filter(Boolean),
      column: col ? display(col, lang) : null,
    };
  }
  return { section: 'overview', row: [], column: null };
}

/**
 * What a measure is, in a sentence: 「予以公开」, 「予以公开（自然人）」, "granted in full". The total
 * column is the default and goes unsaid; the citation still names it.
 */
export function measureName(m: Measure, format: FormatVersion, lang: Lang): string {
  if (m.table === 'prose') return '';
  const p = measurePath(m, format, lang);
  const row = mapped(p.row.filter((r) => !/^第二十条/.test(r) && !/^Article/.test(r)), (r) => r.replace(/^（.）|^[一二三四五六七八九十]+、/, ''));
  // 总计 alone is every column's word too: say whose total it is.
  if (m.table === 'requests' && REQUEST_ROWS.find((r) => r.id === m.row)?.keys.some((k) => k.exact)) {
    row.unshift(lang === 'zh' ? REQUEST_HEADINGS[0]!.keys[0]!.text : 'results');
  }
  const name = lang === 'zh' ? row.join('·') : row.join(', ');
  const total = (m.table === 'requests' || m.table === 'review') && m.column === 'total';
  if (!p.column || total) return name;
  return lang === 'zh' ? `${name}（${p.column}）` : `${name} (${p.column})`;
}
