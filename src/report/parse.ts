// Text → Report. The parser is driven by the catalogue's labels: it finds the section headings,
// reads each table by its row labels, keeps the prose and its figures, and records what the text
// does not contain as missing (never 0), with a warning for everything it could not read.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { OTHER_DOCUMENTS, REQUEST_ROWS, SECTIONS, type FormatVersion, type SectionId } from '../catalogue/format.ts';
import { GongkaiError } from '../errors.ts';
import { printsRow } from './cells.ts';
import { decode, type Decoded } from './decode.ts';
import { readFigures, readPassages, isProse } from './prose.ts';
import { schemas, type Report, type ReportWarning, type Passage } from './schema.ts';
import { identify } from './identify.ts';
import { findSections, splitRunningHeadings, type SectionSpan } from './sections.ts';
import { detectActiveFormat, isActiveRowLine, isRequestRowLine, readActive, readRequests, readReview } from './tables.ts';
import { glued, unglueTable } from './runs.ts';
import { simplify } from './text.ts';
import { tokenise, type Line } from './tokens.ts';

export interface ParseOptions {
  /** the source file name, for the report's metadata and for errors */
  file: string;
  id?: string;
  agency?: string;
  year?: number;
}

export function parseBytes(bytes: Uint8Array, opts: ParseOptions): Report {
  return parseDecoded(decode(bytes, opts.file), opts, createHash('sha256').update(bytes).digest('hex'));
}

export function parseReport(text: string, opts: ParseOptions): Report {
  return parseDecoded({ text, encoding: 'utf-8' }, opts, createHash('sha256').update(text).digest('hex'));
}

function parseDecoded({ text, encoding }: Decoded, opts: ParseOptions, sha256: string): Report {
  const rawLines = simplify(text).split(/\r?\n|\r/);
  const split = splitRunningHeadings(rawLines);
  const lines = tokenise(split.lines, split.numbers);
  const warnings: ReportWarning[] = [];

  const spans = findSections(lines, (l) => (isRequestRowLine(l) ? 'requests' : isActiveRowLine(l) ? 'active' : undefined));
  if (spans.length === 0) throw notAReport(opts.file, lines.find((l) => l.text.trim())?.text.trim(), false);
  const body = (id: SectionId): Line[] => {
    const s = spans.find((x) => x.id === id);
    return s ? lines.slice(s.start + 1, s.end) : [];
  };
  // A table's rows as cells: labels and numbers run together are cut apart first.
  const table = (id: SectionId): Line[] => unglueTable(body(id));

  const head = lines.slice(0, Math.max(12, spans[0]!.start)).map((l) => l.text);
  const title = identify(head, opts.file);
  // A document with some of the sections' words but none of the report's tables (a 法治政府建设
  // report has its 总体情况 and its 存在的问题 too) is another document, whatever year it is given.
  if (!spans.some((s) => s.id === 'active' || s.id === 'requests' || s.id === 'review')) throw notAReport(opts.file, title.title ?? head.find((l) => l.trim())?.trim(), true);
  const id = opts.id ?? idFromFile(opts.file);
  // A folder of reports must not stop at one that names no agency: it imports under its file's name.
  const agency = opts.agency ?? title.agency ?? id;
  if (!opts.agency && !title.agency) warnings.push({ code: 'no_agency', message: `${opts.file}: the text names no agency; stored as 「${id}」 (pass --agency NAME to name it)` });
  const year = opts.year ?? title.year;
  if (!year) throw new GongkaiError('no_year', `${opts.file}: the text gives no year in a title line, a data period or its file name; pass --year YYYY`, { file: opts.file });

  const format: FormatVersion = detectActiveFormat(body('active')) ?? (year >= 2021 ? '2021' : '2019');
  const active = readActive(table('active'), format, warnings);
  const requestsLines = table('requests');
  const requests = readRequests(requestsLines, format, warnings);
  const reviewSpan = spans.find((s) => s.id === 'review');
  const review = reviewSpan
    ? { present: true, ...readReview(table('review'), warnings) }
    : { present: false, cells: {} };

  const prose: Passage[] = [];
  for (const s of spans) {
    const sectionLines = body(s.id);
    // A table's labels run into its cells are no sentence: 「政府集中采购13575394432.52元」 is 135 and 75394432.52元.
    const proseLines = s.id === 'overview' || s.id === 'problems' || s.id === 'other' ? sectionLines : sectionLines.filter((l) => isSentence(l) && !glued(l));
    // One by one: spreading a long report's passages into push() overflows the call stack.
    for (const passage of readPassages(s.id, proseLines)) prose.push(passage);
  }

  const report: Report = {
    schema: 1,
    id,
    meta: {
      agency,
      year,
      format,
      title: title.title ?? `${agency}${year}年政府信息公开工作年度报告`,
      source: { file: basename(opts.file), sha256, encoding, lines: rawLines.length },
    },
    sections: sectionPresence(spans, lines),
    active,
    requests,
    review,
    prose,
    figures: readFigures(prose.filter((p) => p.section === 'overview' || p.section === 'other' || p.section === 'problems')),
    warnings,
  };
  warnPartial(report, spans);
  const checked = schemas().ReportSchema.safeParse(report);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new GongkaiError('invalid_report', `${opts.file}: ${issue.path.join('.')}: ${issue.message}`, { file: opts.file });
  }
  return checked.data;
}

/**
 * The error for a document that is not an annual report: none of its sections (`found` false), or
 * none of its tables; it says what the document looks like instead when its title tells.
 */
function notAReport(file: string, title: string | undefined, found: boolean): GongkaiError {
  const shown = title?.slice(0, 60);
  const kind = shown ? OTHER_DOCUMENTS.find((d) => d.words.some((w) => shown.includes(w))) : undefined;
  const what = found
    ? 'not an annual report on government information disclosure: none of its tables (二 主动公开, 三 收到和处理申请, 四 复议和诉讼) found'
    : 'no section of an annual report found (such as 一、总体情况 or 三、收到和处理政府信息公开申请情况)';
  return new GongkaiError('not_a_report', `${file}: ${what}${kind ? `; it looks like ${kind.en} (${kind.zh}): 「${shown}」` : ''}`, { file });
}

/** Inside a table section, only full sentences are prose: table labels and header notes are not. */
function isSentence(line: Line): boolean {
  const t = line.text.trim();
  return isProse(line) && t.length >= 20 && !t.includes('勾稽') && (t.includes('。') || /[,，]$/.test(t));
}

export function idFromFile(file: string): string {
  return basename(file, extname(file)).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'report';
}

function sectionPresence(spans: SectionSpan[], lines: Line[]): Report['sections'] {
  const out = {} as Report['sections'];
  for (const s of SECTIONS) {
    const span = spans.find((x) => x.id === s.id);
    out[s.id] = span ? { present: true, ...(span.start >= 0 && span.title ? { line: lines[span.start]!.no, title: span.title } : {}) } : { present: false };
  }
  return out;
}

/** A text cut short still imports; the warning lists what it lacks. */
function warnPartial(report: Report, spans: SectionSpan[]): void {
  const missingSections = SECTIONS.filter((s) => !spans.some((x) => x.id === s.id)).map((s) => `${s.numeral}、${s.labels[0]}`);
  const printed = (id: string) => printsRow(report.requests, id);
  // (六) printed as one row has no items to miss.
  const oneRow = printed('other_handled_2019');
  const rows = REQUEST_ROWS.filter((r) => (!r.format || r.format === report.meta.format) && !(oneRow && r.group === 'other_handled') && !printed(r.id) && !report.requests.rows[r.id]?.unreliable);
  const parts: string[] = [];
  if (missingSections.length) parts.push(`sections missing: ${missingSections.join('; ')}`);
  if (report.sections.requests.present && rows.length) parts.push(`三 rows without values: ${rows.map((r) => `${r.number} ${r.labels[0]!.replace(/（.*$/, '')}`).join('; ')}`);
  if (parts.length) report.warnings.unshift({ code: 'partial', message: `partial report: ${parts.join('. ')}` });
}
