// Turns a resolved figure, passage or question back into the reply a person reads, from the
// templates in prompts/<lang>/. Templates hold words only: every number in a reply is put there
// from the report, so the guard can check it.
import { mapped } from '../arrays.ts';
import { readFileSync } from 'node:fs';
import { REQUEST_ROWS, REVIEW_GROUPS, REVIEW_GROUP_SUMS, ACTIVE_TABLES } from '../catalogue/format.ts';
import type { Passage, Report } from '../report/schema.ts';
import type { Measure } from '../understand/measure.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Missing } from './choose.ts';
import type { Answer, AnswerKind, Derived, Source } from './types.ts';
import { measureName, measurePath, reportTitle, sectionTitle, subsectionTitle, type Lang } from './labels.ts';
import type { Failure, Part, Resolved, UsedCell } from './resolve.ts';
import { caveatsFor } from './caveats.ts';
import { figureClause, printedNumber } from '../report/prose.ts';
import { difference, formatValue } from './numbers.ts';
import type { OpName } from '../catalogue/operations.ts';
import { operation } from './ops/index.ts';
import { round } from './ops/round.ts';

export const HOTLINE = '12345';

const KINDS = ['figure', 'sum', 'share', 'difference', 'breakdown', 'prose', 'text', 'clarify', 'clarify-open', 'clarify-negated', 'clarify-report', 'help',
  'out_of_scope', 'not_found', 'not_found-report', 'not_stated', 'brief', 'brief-quote', 'brief-line', 'brief-parts', 'refused', 'versus', 'series', 'rank', 'computed'] as const;
export type Template = (typeof KINDS)[number];

function load(lang: Lang) {
  const dir = new URL(`../../prompts/${lang}/`, import.meta.url);
  const templates = Object.fromEntries(mapped(KINDS, (k) => [k, readFileSync(new URL(`${k}.txt`, dir), 'utf8').trimEnd()])) as Record<Template, string>;
  const phrases = new Map<string, string>();
  for (const line of readFileSync(new URL('phrases.txt', dir), 'utf8').split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) phrases.set(line.slice(0, at), line.slice(at + 2));
  }
  return { templates, phrases };
}
// Read once at start: a reply is string substitution, nothing else.
const TEXT: Record<Lang, ReturnType<typeof load>> = { zh: load('zh'), en: load('en') };

export function phrase(lang: Lang, key: string, values?: Record<string, string>): string {
  const p = TEXT[lang].phrases.get(key) ?? '';
  return values ? p.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '') : p;
}

/** A template filled with `values`; `parts` are the reply's citations and options, kept apart from the values. */
export function fill(lang: Lang, template: Template, values: Record<string, string>, parts?: Record<'citations' | 'citation' | 'options', string>): string {
  return TEXT[lang].templates[template]
    // The hotline is the one number every template may name; it is a constant, not a figure.
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? parts?.[k as keyof typeof parts] ?? (k === 'hotline' ? HOTLINE : ''))
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function unitText(unit: string, lang: Lang): string {
  if (lang === 'zh') return unit === '%' ? '%' : unit ? ` ${unit}` : '';
  return phrase('en', `unit_${unit}`) || (unit === '%' ? '%' : '');
}

// ---------------------------------------------------------------- citations

export function citationOf(report: Report, m: Measure, lang: Lang): string {
  const head = `${phrase(lang, 'source')}${reportTitle(report, lang)}`;
  if (m.table === 'prose') {
    const f = report.figures[m.figure]!;
    const sub = subsectionTitle(f.section, f.subsection, lang);
    return [head, sectionTitle(f.section, lang), sub].filter(Boolean).join(' · ');
  }
  const p = measurePath(m, report.meta.format, lang);
  return [head, sectionTitle(p.section, lang), ...p.row, p.column].filter(Boolean).join(' · ');
}

function passageCitation(report: Report, p: Passage, lang: Lang): string {
  const sub = subsectionTitle(p.section, p.subsection, lang) ?? (p.heading || undefined);
  return [`${phrase(lang, 'source')}${reportTitle(report, lang)}`, sectionTitle(p.section, lang), sub].filter(Boolean).join(' · ');
}

/** A passage without the heading it repeats at its start (「存在问题。一是…」). */
function passageBody(p: Passage): string {
  const text = p.text.trim();
  const heading = p.heading.replace(/^[(（]?[一二三四五六七八九十]+[)）、.]?\s*/, '').trim();
  if (!heading || !text.startsWith(heading)) return text;
  return text.slice(heading.length).replace(/^[\s。.:：]+/, '') || text;
}

export function sourceOf(report: Report, cell: UsedCell, lang: Lang, formula?: string): Source {
  const m = cell.measure;
  // Built field by field: an object spread and extended (`{ ...base, row }`) lives too long on Node 20 (see withRole).
  let where: Pick<Source, 'section' | 'row' | 'column' | 'quote'>;
  if (m.table === 'prose') {
    const f = report.figures[m.figure]!;
    where = { section: sectionTitle(f.section, lang), row: f.sentence, column: null, quote: figureClause(f.sentence, f.raw) };
  } else {
    const p = measurePath(m, report.meta.format, lang);
    where = { section: sectionTitle(p.section, lang), row: p.row.join(' · '), column: p.column };
  }
  const source = { report: report.id, reportTitle: reportTitle(report, lang), value: cell.value, state: cell.state, citation: citationOf(report, m, lang) } as Source;
  if (cell.line !== undefined) source.line = cell.line;
  if (formula) source.formula = formula;
  source.section = where.section;
  source.row = where.row;
  source.column = where.column;
  if (where.quote !== undefined) source.quote = where.quote;
  return source;
}

// ---------------------------------------------------------------- answers

/** A reply's text with what a channel shows apart from it: its citation lines and options. */
export interface Composed {
  text: string;
  body: string;
  citations: string[];
}

/**
 * Fills a template twice: whole (citations as lines, options as a list) for plain text, and
 * without them for channels that show citations and options by their own means. A brief reply is
 * one copy-ready line: its body is its text.
 */
const NO_PARTS = { citations: '', citation: '', options: '' };

export function compose(lang: Lang, template: Template, values: Record<string, string>, citations: string[] = [], options = '', brief = false): Composed {
  const text = fill(lang, template, values, { citations: citations.join('\n'), citation: citations.join(phrase(lang, 'citation_join')), options });
  const body = brief ? text : fill(lang, template, values, NO_PARTS);
  return { text, body, citations };
}

export function answer(kind: AnswerKind, lang: Lang, content: string | Composed, extra: Partial<Answer> = {}): Answer {
  const c = typeof content === 'string' ? { text: content, body: content, citations: [] } : content;
  return { kind, text: c.text, body: c.body, citations: c.citations, value: null, unit: null, sources: [], lang, ...extra };
}

export function nameOf(report: Report, part: Part, lang: Lang): string {
  if (part.measure.table === 'prose') return proseName(report, part.measure.figure);
  const name = measureName(part.measure, report.meta.format, lang);
  // A group total is not printed: say it is a sum.
  const summed = part.cells.length > 1 && !part.cells.some((c) => c.state === 'computed');
  return summed ? `${name}${lang === 'zh' ? `（${phrase(lang, 'group_sum')}）` : ` (${phrase(lang, 'group_sum')})`}` : name;
}

export function renderFigure(report: Report, r: Extract<Resolved, { ok: true }>, lang: Lang, brief: boolean, note?: string): Answer {
  const op = operation(r.op);
  if (op.listsParts) return renderBreakdown(report, r, lang, brief);
  const names = mapped(r.parts, (p) => nameOf(report, p, lang));
  const values = mapped(r.parts, (p) => formatValue(p.value, p.unit));
  const join = phrase(lang, 'join');
  const formula = op.formula?.({ result: r, names, values, say: (key) => phrase(lang, key), format: formatValue });
  // A share's whole is the last figure, or those from wholeFrom on (「复议和诉讼总数」), added up.
  const wholeAt = op.wholeAt?.(r);
  const citations = [...new Set(mapped(r.parts, (p) => citationOf(report, p.measure, lang)))];
  const unit = unitText(r.unit, lang);
  const prose = op.operands === 1 && r.parts[0]!.measure.table === 'prose' ? report.figures[(r.parts[0]!.measure as { figure: number }).figure] : undefined;
  // Where the report says otherwise about this cell, one line says so.
  const caveats = op.operands === 1 && !prose ? caveatsFor(report, r.parts[0]!, unit, (key, v) => phrase(lang, key, v)) : undefined;
  // A note on what the figure counts (申请件数, not 人数) comes first: it says what the number is.
  const notes = (note ? phrase(lang, note) : '') + cellNotes(r.parts.flatMap((p) => p.cells), lang) + (caveats?.notes ?? '');
  // A prose figure is shown as the report printed it (100, not 100.0).
  const value = prose && r.round === undefined ? prose.raw : r.round !== undefined ? round.written(r.value, r.round, r.unit) : formatValue(r.value, r.unit);
  // A share's parts are every name but the last, which is the whole.
  const wholeNames = names.slice(wholeAt ?? 0);
  const shareNames = wholeAt !== undefined ? { part: names.slice(0, wholeAt).join(join), whole: wholeNames.join(join) + (wholeNames.length > 1 ? phrase(lang, 'combined') : '') } : undefined;
  const what = shareNames ? `${shareNames.part}${lang === 'zh' ? '占' : ' / '}${shareNames.whole}` : names.join(join);
  // An operation that states its result in a phrase of its own (「A是B的 2.3 倍」).
  const says = op.says ? phrase(lang, op.says, { a: names[0] ?? '', b: names[1] ?? '', value, unit }) : undefined;
  let text: Composed;
  if (brief) {
    text = prose
      ? compose(lang, 'brief-quote', { quote: figureClause(prose.sentence, prose.raw) }, citations, '', true)
      : op.relation || says
        ? compose(lang, 'brief-line', { line: says ?? relation(names[0]!, names[1]!, r.parts[0]!.value, r.parts[1]!.value, r.unit, lang) }, citations, '', true)
        : compose(lang, 'brief', { what, value, unit }, citations, '', true);
  } else if (prose) {
    text = compose(lang, 'prose', { report: reportTitle(report, lang), value, unit, quote: figureClause(prose.sentence, prose.raw) }, citations);
  } else {
    text = compose(lang, op.template, {
      report: reportTitle(report, lang), what, value, unit, notes, formula: formula ?? '',
      part: shareNames?.part ?? names[0] ?? '', whole: shareNames?.whole ?? names[1] ?? '', a: names[0] ?? '', b: names[1] ?? '',
      relation: op.relation ? relation(names[0]!, names[1]!, r.parts[0]!.value, r.parts[1]!.value, r.unit, lang) : '',
      precision: phrase(lang, round.template(r.round ?? round.shareDefault)), says: says ?? '',
    }, citations);
  }
  const groupFormula = (p: Part) => (p.cells.length > 1 ? `${nameOf(report, p, lang)} = ${mapped(p.cells.filter((c) => c.state !== 'computed'), (c) => formatValue(c.value, p.unit)).join(' + ')}` : undefined);
  const sources = r.parts.flatMap((p) => mapped(p.cells, (c) => sourceOf(report, c, lang, formula ?? groupFormula(p))));
  return answer('figure', lang, text, { value: r.value, unit: r.unit, sources, ...(r.parts.length > 1 ? { parts: mapped(r.parts, (p, i) => ({ label: names[i]!, value: p.value })) } : {}),
    ...(caveats?.derived.length ? { derived: caveats.derived } : {}) });
}

/** A prose figure named by the report's own words before its number: 「微信公众号共」. */
function proseName(report: Report, index: number): string {
  const f = report.figures[index]!;
  const clause = figureClause(f.sentence, f.raw);
  const at = clause.search(printedNumber(f.raw));
  const before = (at > 0 ? clause.slice(0, at) : clause).trim();
  return `「${before}」`;
}

/** 「A比B少 19 件」: the size of a difference, with the way it goes in words. */
export function relation(a: string, b: string, x: number, y: number, unit: string, lang: Lang): string {
  const key = x > y ? 'diff_more' : x < y ? 'diff_fewer' : 'diff_same';
  return phrase(lang, key, { a, b, value: formatValue(difference(x, y, unit), unit), unit: unitText(unit, lang) });
}

/**
 * What a reply says about the cells it used: a blank item counted as 0, a total the report left
 * blank or did not give, summed from its row.
 */
export function cellNotes(cells: readonly UsedCell[], lang: Lang): string {
  const computed = cells.filter((c) => c.state === 'computed');
  return [
    cells.some((c) => c.state === 'blank') ? phrase(lang, 'blank') : '',
    computed.some((c) => c.was === 'blank') ? phrase(lang, 'computed_blank') : '',
    computed.some((c) => c.was !== 'blank') ? phrase(lang, 'computed') : '',
  ].join('');
}

/** 「申请人构成」: the whole, then each part with its value; each cell cited; `parts` for a chart. */
function renderBreakdown(report: Report, r: Extract<Resolved, { ok: true }>, lang: Lang, brief: boolean): Answer {
  const whole = r.whole!;
  const unit = unitText(r.unit, lang);
  const labelOf = (p: Part) => partLabel(report, whole, p, lang);
  const lines = mapped(r.parts, (p) => phrase(lang, 'part_line', { label: labelOf(p), value: formatValue(p.value, p.unit), unit }));
  const missing = mapped(r.missing ?? [], (m) => phrase(lang, 'part_missing', { label: measureName(m, report.meta.format, lang) }));
  const notes = cellNotes([whole, ...r.parts].flatMap((p) => p.cells), lang);
  const citations = [...new Set(mapped([whole, ...r.parts], (p) => citationOf(report, p.measure, lang)))];
  const what = nameOf(report, whole, lang);
  const value = formatValue(r.value, r.unit);
  const text = brief
    ? compose(lang, 'brief-parts', { what, value, unit, parts: mapped(r.parts, (p) => `${labelOf(p)} ${formatValue(p.value, p.unit)}`).join(phrase(lang, 'join')) }, citations.slice(0, 1), '', true)
    : compose(lang, 'breakdown', { report: reportTitle(report, lang), what, value, unit, parts: [...lines, ...missing].join('\n'), notes }, citations);
  const sources = [whole, ...r.parts].flatMap((p) => mapped(p.cells, (c) => sourceOf(report, c, lang)));
  return answer('figure', lang, text, { value: r.value, unit: r.unit, sources, parts: mapped(r.parts, (p) => ({ label: labelOf(p), value: p.value })) });
}

/** A part named by what tells it from its whole: 自然人 within 本年新收…, 予以公开 within 办理结果. */
function partLabel(report: Report, whole: Part, part: Part, lang: Lang): string {
  const m = part.measure;
  const w = whole.measure;
  const path = measurePath(m, report.meta.format, lang);
  if (m.table === 'requests' && w.table === 'requests' && m.row === w.row && path.column) return path.column;
  // an item of the group that is the whole: 属于国家秘密 within 不予公开
  if (m.table === 'requests' && w.table === 'requests' && m.column === w.column && path.row.length > 1) return path.row.at(-1)!;
  if (m.table === 'review' && w.table === 'review' && m.group === w.group && path.column) return path.column;
  return measureName(m, report.meta.format, lang);
}

export function renderPassages(report: Report, passages: Passage[], lang: Lang, brief: boolean): Answer {
  const first = passages[0]!;
  const quote = mapped(passages, passageBody).join('\n');
  const citation = passageCitation(report, first, lang);
  const section = [sectionTitle(first.section, lang), subsectionTitle(first.section, first.subsection, lang)].filter(Boolean).join(' · ');
  const text = brief
    ? compose(lang, 'brief-quote', { quote: passageBody(first).split(/(?<=[。；])/)[0]! }, [citation], '', true)
    : compose(lang, 'text', { report: reportTitle(report, lang), section, quote }, [citation]);
  const sources: Source[] = mapped(passages, (p) => ({
    report: report.id, reportTitle: reportTitle(report, lang), section: sectionTitle(p.section, lang), row: p.heading, column: null,
    value: null, state: 'passage', line: p.line, citation: passageCitation(report, p, lang), quote: passageBody(p),
  }));
  return answer('text', lang, text, { sources });
}

/** What a figure is called in a list of options: its catalogue name, or for a prose figure the words before it. */
export function figureLabel(report: Report | undefined, m: Measure, lang: Lang): string {
  if (m.table === 'prose') return report ? report.figures[m.figure]!.context.replace(/[\d.]+/g, '').replace(/^[,，\s]+/, '') : '';
  return measureName(m, report?.meta.format ?? '2021', lang);
}

/**
 * The readings to choose from, as labels and ready-made questions. `negated`: the question negated
 * or excluded the figure it named, and the choices are the others of its whole.
 */
export function renderClarify(report: Report | undefined, choices: Measure[], lang: Lang, negated = false): Answer {
  const list = choices.length ? choices : STARTERS;
  const options = mapped(list, (m) => clarifyOption(report, m, lang));
  const template = negated ? 'clarify-negated' : choices.length ? 'clarify' : 'clarify-open';
  return answer('clarify', lang, compose(lang, template, {}, [], mapped(options, (o) => `· ${o.label}`).join('\n')), { options });
}

/** A figure offered as a choice: its label, and the question that asks for it. */
function clarifyOption(report: Report | undefined, m: Measure, lang: Lang): { label: string; question: string } {
  const label = figureLabel(report, m, lang);
  return { label, question: lang === 'zh' ? `${label}是多少？` : `What is the number of ${label}?` };
}

// What a bare 「有多少件？」 is offered: the first figure of each table.
const STARTERS: Measure[] = [
  { table: 'requests', row: REQUEST_ROWS[0]!.id, column: 'total' },
  { table: 'requests', row: REQUEST_ROWS.find((r) => r.number === '三(一)')!.id, column: 'total' },
  { table: 'review', group: REVIEW_GROUPS[0]!.id, column: 'total' },
  { table: 'review', group: REVIEW_GROUP_SUMS[0]!.id, column: 'total' },
  ...mapped(ACTIVE_TABLES['2021'].slice(1, 3), (t): Measure => ({ table: 'active', row: t.rows[0]!.id, column: t.columns[0]!.id })),
];

export function renderClarifyReports(reports: readonly Report[], question: string, lang: Lang): Answer {
  const shown = reports.slice(0, LIST_CAP);
  const options = mapped(shown, (r) => ({ label: reportTitle(r, lang), question: `${reportTitle(r, lang)}：${question}` }));
  const list = reportList(reports, reports.length, lang);
  const more = reports.length > shown.length ? `\n${list.text}` : '';
  return answer('clarify', lang, compose(lang, 'clarify-report', {}, [], mapped(options, (o) => `· ${o.label}`).join('\n') + more), { options, ...list.extra });
}

/** A list of reports is cut after this many: a knowledge base may hold ten thousand. */
export const LIST_CAP = 5;

/** 「A、B、C、D、E等N份」: the first few reports, and how many there are when that is more. */
export function reportList(reports: Iterable<Report>, total: number, lang: Lang): { text: string; extra: { derived?: Derived[] } } {
  const shown: string[] = [];
  for (const r of reports) {
    if (shown.length === LIST_CAP) break;
    shown.push(reportTitle(r, lang));
  }
  const text = shown.join(phrase(lang, 'join')) || '—';
  if (total <= shown.length) return { text, extra: {} };
  return { text: text + phrase(lang, 'and_more', { n: String(total) }), extra: { derived: [{ label: phrase(lang, 'report_count'), value: total, formula: 'count' }] } };
}

export function renderHelp(kb: KnowledgeBase, lang: Lang): Answer {
  const list = reportList(kb.all(), kb.size, lang);
  return answer('help', lang, fill(lang, 'help', { reports: list.text }), list.extra);
}

export function renderOutOfScope(why: string, lang: Lang): Answer {
  return answer('out_of_scope', lang, fill(lang, 'out_of_scope', { why: phrase(lang, `why_${why}`), hotline: HOTLINE }));
}

/**
 * The question narrows or qualifies a figure in words the report does not count by (平均, 粉丝, 上半年):
 * no number, the words it does not answer, and the nearest figure it does state, as a question to ask.
 */
export function renderNotStated(report: Report, words: string[], suggestion: Measure | undefined, lang: Lang, note?: string): Answer {
  const options = suggestion ? [clarifyOption(report, suggestion, lang)] : [];
  const suggested = (note ? phrase(lang, note) : '') + (options[0] ? phrase(lang, 'suggest', { label: options[0].label, question: options[0].question }) : '');
  const text = fill(lang, 'not_stated', { report: reportTitle(report, lang), words: words.join(phrase(lang, 'join')), suggestion: suggested });
  return answer('not_found', lang, text, options.length ? { options } : {});
}

/** Why a figure cannot be given; an operation may say a failure in words of its own (`<failure>_<operation>`). */
export function renderNotFound(report: Report, measure: Measure, failure: Failure, lang: Lang, op?: OpName): Answer {
  const why = (op && operation(op).says ? phrase(lang, `${failure}_${op}`) : '') || phrase(lang, failure);
  return notFound(report, measureName(measure, report.meta.format, lang), why, citationOf(report, measure, lang), lang);
}

/** 「予以公开减少了多少」 of a figure no earlier report can be compared for: not the figure itself. */
export function renderNoChange(report: Report, measure: Measure, lang: Lang): Answer {
  const what = phrase(lang, 'change_of', { what: figureLabel(report, measure, lang) });
  return notFound(report, what, phrase(lang, 'no_change'), citationOf(report, measure, lang), lang);
}

export function renderNoPassage(report: Report, section: string, subsection: string | undefined, lang: Lang): Answer {
  const what = [sectionTitle(section, lang), subsectionTitle(section, subsection, lang)].filter(Boolean).join(' · ');
  return notFound(report, what, phrase(lang, 'no_passage'), `${phrase(lang, 'source')}${reportTitle(report, lang)}`, lang);
}

function notFound(report: Report, what: string, reason: string, citation: string, lang: Lang): Answer {
  return answer('not_found', lang, compose(lang, 'not_found', { report: reportTitle(report, lang), what, reason }, citation ? [citation] : []));
}

/** No report fits: say what was asked for (郑州市, 2025年度) and which reports there are. */
export function renderNoReport(missing: Missing, kb: KnowledgeBase, lang: Lang): Answer {
  const asked = missing.name ? missing.name
    : missing.year ? phrase(lang, 'asked_year_of', { agency: missing.agency ?? '', year: String(missing.year) }).trim()
      : phrase(lang, `asked_${missing.none}`);
  const own = missing.agency ? kb.forAgency(missing.agency) : undefined;
  const list = own?.length ? reportList(own, own.length, lang) : reportList(kb.all(), kb.size, lang);
  return answer('not_found', lang, fill(lang, 'not_found-report', { asked, reports: list.text }), list.extra);
}

export function renderRefused(lang: Lang): Answer {
  return answer('out_of_scope', lang, fill(lang, 'refused', {}));
}

/** A reply to a question read with a slip mended: it first says how the word was read. */
export function readAsSaid(reply: Answer, mending: { from: string; to: string } | undefined): Answer {
  if (!mending) return reply;
  const note = phrase(reply.lang, 'read_as', { from: mending.from, to: mending.to });
  return { ...reply, text: note + reply.text, body: note + reply.body };
}
