// Comparisons across reports, deterministic and cited: one agency against another year
// (「比上一年增加了多少」), one agency over several years (「近三年予以公开的变化」), and agencies in one
// year (「哪个单位收到的申请最多」). Each figure is looked up by the same resolver as any answer, every
// cell used is a source, the difference and the percentage change are declared formulas, and a
// report that a comparison needs but the knowledge base lacks is named.
import { mapped } from '../arrays.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Report } from '../report/schema.ts';
import type { Comparison } from '../understand/compare.ts';
import type { Measure } from '../understand/measure.ts';
import { measureName, type Lang } from './labels.ts';
import {
  answer, cellNotes, citationOf, compose, phrase, renderNoReport, renderNotFound, reportList, sourceOf, unitText, type Composed, type Template,
} from './render.ts';
import { difference, formatValue, roundAs } from './numbers.ts';
import { changeRate } from './ops/change-rate.ts';
import { lookup, type Part, type Resolved } from './resolve.ts';
import type { Answer, Derived, Source } from './types.ts';

export interface Compared {
  answer: Answer;
  /** years the reply names that the question implied (the year before, the years of a series) */
  years: number[];
}

/** Sources of a ranking are every cell compared, up to this many reports; past it, those shown. */
const MAX_RANK_SOURCES = 30;

interface Point {
  report: Report;
  part: Part;
}

const yearLabel = (year: number, lang: Lang) => phrase(lang, 'year_label', { year: String(year) });

/**
 * The change from one point to another, in words, with its formula and the percentage change. Its
 * value is the size of the change the words state (「减少 20 件」 is 20): the words say which way.
 */
function change(from: Point, to: Point, lang: Lang): { text: string; plain: string; value: number; derived: Derived[] } {
  const unit = to.part.unit;
  const a = from.part.value;
  const b = to.part.value;
  const fv = formatValue(a, unit);
  const tv = formatValue(b, unit);
  const value = difference(a, b, unit);
  const size = formatValue(value, unit);
  const formula = b >= a ? `${tv}${phrase(lang, 'minus')}${fv} = ${size}` : `${fv}${phrase(lang, 'minus')}${tv} = ${size}`;
  const words = { from: yearLabel(from.report.meta.year, lang), to: yearLabel(to.report.meta.year, lang), value: size, unit: unitText(unit, lang), formula };
  const plain = phrase(lang, b > a ? 'change_more' : b < a ? 'change_fewer' : 'change_same', words);
  let text = plain;
  const derived: Derived[] = [];
  if (b !== a) {
    if (a === 0) {
      text += phrase(lang, 'pct_none', words);
    } else {
      const percent = roundAs(((b - a) / a) * 100, '%');
      const shown = formatValue(Math.abs(percent), '%');
      text += phrase(lang, percent > 0 ? 'pct_up' : 'pct_down', { ...words, percent: shown });
      derived.push({ label: phrase(lang, 'pct_label'), value: percent, formula: `(${tv}${phrase(lang, 'minus')}${fv})${phrase(lang, 'divide')}${fv} × 100` });
    }
  }
  return { text, plain, value, derived };
}

function sourcesOf(points: Point[], lang: Lang, formula?: string): Source[] {
  return points.flatMap((p) => mapped(p.part.cells, (c) => sourceOf(p.report, c, lang, formula)));
}

function citationsOf(points: Point[], lang: Lang): string[] {
  return [...new Set(mapped(points, (p) => citationOf(p.report, p.part.measure, lang)))];
}

function notes(points: Point[], lang: Lang): string {
  return cellNotes(points.flatMap((p) => p.part.cells), lang);
}

function finish(template: Template, values: Record<string, string>, citations: string[], lang: Lang, brief: boolean): Composed {
  const c = compose(lang, template, values, citations);
  // A brief reply is one line, its citations on it.
  return brief ? { ...c, text: c.text.replace(/\n+/g, ' '), body: c.text.replace(/\n+/g, ' ') } : c;
}

/** This report's figure against the same agency's in another year (the year before by default). */
export function compareYears(kb: KnowledgeBase, report: Report, m: Measure, cmp: Extract<Comparison, { kind: 'versus' }>, lang: Lang, brief: boolean, inPercent = false): Compared {
  const baseYear = cmp.year ?? report.meta.year - 1;
  const base = kb.find(report.meta.agency, baseYear);
  if (!base || base === report) return { answer: renderNoReport({ none: 'year', year: baseYear, agency: report.meta.agency }, kb, lang), years: [baseYear] };
  const now = lookup(report, m);
  if (!now.ok) return { answer: renderNotFound(report, m, now.failure, lang), years: [] };
  const then = lookup(base, m);
  if (!then.ok) return { answer: renderNotFound(base, m, then.failure, lang), years: [baseYear] };
  const points = [{ report, part: now.part }, { report: base, part: then.part }];
  const c = change(points[1]!, points[0]!, lang);
  // Asked in percent (「同比增长百分之多少」): the change rate is the answer, the change in the figure's unit follows it.
  const rate = inPercent ? changeRate.compute({ measures: [m], lookup: () => now, base: () => then }) : undefined;
  const rated = rate?.ok && rate.value !== 0 ? rateOf(rate, points, c.plain, lang) : undefined;
  const what = measureName(m, report.meta.format, lang);
  // The reply states the change in the figure's unit too: its size is a derived figure beside the rate.
  const derived = rated ? [...c.derived, { label: phrase(lang, 'change_of', { what }), value: c.value, formula: formulaOf(points[0]!, points[1]!, lang) }] : c.derived;
  const text = finish('versus', {
    agency: report.meta.agency, what, series: seriesText(points, lang), change: rated?.text ?? c.text,
    notes: notes(points, lang),
  }, citationsOf(points, lang), lang, brief);
  return {
    answer: answer('figure', lang, text, {
      value: rated?.value ?? c.value, unit: rated ? '%' : now.part.unit, sources: sourcesOf(points, lang, rated?.formula ?? formulaOf(points[0]!, points[1]!, lang)),
      parts: mapped([...points].reverse(), (p) => ({ label: yearLabel(p.report.meta.year, lang), value: p.part.value })), ...(derived.length ? { derived } : {}),
    }),
    years: [baseYear],
  };
}

/** The change rate in words (「2024年比2023年增长 9.1%」), its formula over the two years' figures, then the change itself. */
function rateOf(rate: Extract<Resolved, { ok: true }>, [to, from]: Point[], plain: string, lang: Lang) {
  const values = mapped(rate.parts, (p) => formatValue(p.value, p.unit));
  const formula = changeRate.formula({ result: rate, names: [], values, say: (key) => phrase(lang, key), format: formatValue });
  const up = to!.part.value > from!.part.value;
  const text = phrase(lang, up ? 'rate_up' : 'rate_down', {
    to: yearLabel(to!.report.meta.year, lang), from: yearLabel(from!.report.meta.year, lang), percent: formatValue(rate.value, '%'), formula, change: plain,
  });
  // Rounded already: the change rate asked with no decimals is written with one.
  return { text, value: rate.value, formula };
}

function formulaOf(to: Point, from: Point, lang: Lang): string {
  return `${yearLabel(to.report.meta.year, lang)} ${formatValue(to.part.value, to.part.unit)}${phrase(lang, 'minus')}${yearLabel(from.report.meta.year, lang)} ${formatValue(from.part.value, from.part.unit)}`;
}

function seriesText(points: Point[], lang: Lang): string {
  return mapped(points, (p) => phrase(lang, 'year_value', { year: yearLabel(p.report.meta.year, lang), value: formatValue(p.part.value, p.part.unit), unit: unitText(p.part.unit, lang) }))
    .join(phrase(lang, 'join_series'));
}

/** One agency's figure over several years up to this report's, with the change from first to last. */
export function compareSeries(kb: KnowledgeBase, report: Report, m: Measure, cmp: Extract<Comparison, { kind: 'series' }>, lang: Lang, brief: boolean): Compared {
  const own = [...kb.forAgency(report.meta.agency)].filter((r) => r.meta.year <= report.meta.year).sort((a, b) => a.meta.year - b.meta.year);
  const last = report.meta.year;
  const first = cmp.years ? last - cmp.years + 1 : own[0]!.meta.year;
  const points: Point[] = [];
  const gaps: number[] = [];
  for (let y = first; y <= last; y++) {
    const r = own.find((x) => x.meta.year === y);
    const got = r && lookup(r, m);
    if (r && got?.ok) points.push({ report: r, part: got.part });
    else gaps.push(y);
  }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  if (points.length < 2) {
    const lacking = gaps.filter((y) => !own.some((r) => r.meta.year === y));
    if (!lacking.length) {
      const got = lookup(report, m);
      if (!got.ok) return { answer: renderNotFound(report, m, got.failure, lang), years };
    }
    const asked = phrase(lang, 'asked_year_of', { agency: report.meta.agency, year: (lacking.length ? lacking : [first]).join(phrase(lang, 'join')) }).trim();
    return { answer: renderNoReport({ none: 'year', name: asked, agency: report.meta.agency }, kb, lang), years };
  }
  const c = change(points[0]!, points.at(-1)!, lang);
  const missingYears = mapped(gaps, (y) => yearLabel(y, lang)).join(phrase(lang, 'join'));
  const text = finish('series', {
    agency: report.meta.agency, what: measureName(m, report.meta.format, lang), series: seriesText(points, lang), change: c.text,
    gaps: gaps.length ? phrase(lang, 'missing_years', { years: missingYears }) : '', notes: notes(points, lang),
  }, citationsOf(points, lang), lang, brief);
  return {
    answer: answer('figure', lang, text, {
      value: c.value, unit: points[0]!.part.unit, sources: sourcesOf(points, lang, formulaOf(points.at(-1)!, points[0]!, lang)),
      parts: mapped(points, (p) => ({ label: yearLabel(p.report.meta.year, lang), value: p.part.value })), ...(c.derived.length ? { derived: c.derived } : {}),
    }),
    years,
  };
}

/** Agencies of one year ranked by a figure: the top few with their values, every compared cell cited. */
export function rankAgencies(reports: readonly Report[], m: Measure, cmp: Extract<Comparison, { kind: 'rank' }>, year: number, lang: Lang, brief: boolean): Compared {
  const ok: Point[] = [];
  const lacking: Report[] = [];
  for (const r of reports) {
    const got = lookup(r, m);
    if (got.ok) ok.push({ report: r, part: got.part });
    else lacking.push(r);
  }
  ok.sort((a, b) => (cmp.order === 'desc' ? b.part.value - a.part.value : a.part.value - b.part.value)
    || a.report.meta.agency.localeCompare(b.report.meta.agency, 'zh'));
  const top = ok.slice(0, cmp.top);
  const head = top[0];
  const format = (head ?? { report: reports[0]! }).report.meta.format;
  const what = measureName(m, format, lang);
  if (!head) {
    return { answer: answer('not_found', lang, compose(lang, 'not_found', { report: phrase(lang, 'rank_scope_all', { year: String(year) }), what, reason: phrase(lang, 'missing') })), years: [year] };
  }
  const tied = ok.filter((p) => p.part.value === head.part.value);
  const unit = unitText(head.part.unit, lang);
  const lines = mapped(top, (p) => phrase(lang, 'part_line', { label: p.report.meta.agency, value: formatValue(p.part.value, p.part.unit), unit })).join('\n');
  const missing = lacking.length ? reportList(lacking, lacking.length, lang) : undefined;
  const cited = ok.length <= MAX_RANK_SOURCES ? ok : top;
  const text = finish('rank', {
    scope: phrase(lang, 'rank_scope', { year: String(year) }), what, order: phrase(lang, `rank_${cmp.order}`),
    top: mapped(tied, (p) => p.report.meta.agency).join(phrase(lang, 'join')) + (tied.length > 1 ? phrase(lang, 'tied') : ''),
    value: formatValue(head.part.value, head.part.unit), unit, lines,
    notes: (missing ? phrase(lang, 'rank_missing', { reports: missing.text }) : '') + notes(top, lang),
  }, citationsOf(top, lang), lang, brief);
  const derived: Derived[] = [...(missing?.extra.derived ?? [])];
  if (ok.length > top.length) derived.push({ label: phrase(lang, 'report_count'), value: ok.length, formula: 'count' });
  return {
    answer: answer('figure', lang, text, {
      value: head.part.value, unit: head.part.unit, sources: sourcesOf(cited, lang),
      parts: mapped(top, (p) => ({ label: p.report.meta.agency, value: p.part.value })), ...(derived.length ? { derived } : {}),
    }),
    years: [year],
  };
}

