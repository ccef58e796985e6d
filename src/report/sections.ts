// Finds the six section headings. A heading is its numeral (一 … 六) followed by words from the
// catalogue: 「三、本年度办理结果」 and 「四、结转下年度继续办理」 start with a numeral too, but they
// are rows of section 三, not headings.
import { SECTIONS, type SectionId } from '../catalogue/format.ts';
import { squash } from './text.ts';
import type { Line } from './tokens.ts';

export interface SectionSpan {
  id: SectionId;
  title: string;
  /** index into lines of the heading, or -1 when the section was entered without one */
  start: number;
  /** index one past the last line */
  end: number;
}

const HEADING = /^([一二三四五六])[、.,:]\s*(.+)$/;

const MAY_BE_HEADING = /^[\s\u3000]*[一二三四五六]/;
// A heading printed without its numeral, or with another kind (（二）): the whole line is the
// section's label, so a sentence that mentions it is not taken for one.
const OTHER_NUMBERING = /^(?:[(]?[一二三四五六1-6][)、.,]?)?/;
const BY_LABEL = new Map(SECTIONS.flatMap((s) => s.labels.map((l) => [squash(l), s.id] as const)));
const LONGEST_LABEL = Math.max(...[...BY_LABEL.keys()].map((l) => l.length));
// Every label ends in one of a few words (情况, 事项): a line without one is no label.
const LABEL_ENDINGS = [...new Set([...BY_LABEL.keys()].map((l) => l.slice(-2)))];

export function headingOf(line: string): SectionId | undefined {
  // Markdown prints a heading behind #, ## …
  const text = line.startsWith('#') ? line.replace(/^#+\s*/, '') : line;
  if (text.length <= LONGEST_LABEL + 12 && LABEL_ENDINGS.some((e) => text.includes(e))) {
    const squashed = squash(text);
    const bare = squashed.replace(OTHER_NUMBERING, '').replace(/[。:：]$/, '');
    const id = BY_LABEL.get(bare);
    // Numbered otherwise, the number must still be the section's: 「（一）主动公开政府信息情况」
    // is a part of 一、总体情况, not section 二.
    if (id && numberFits(squashed, id)) return id;
  }
  // Most lines are not headings: a cheap look at the first character spares squashing them.
  if (!MAY_BE_HEADING.test(text)) return undefined;
  const m = HEADING.exec(squash(text));
  if (!m) return undefined;
  const [, numeral, rest] = m;
  if (rest!.length > 40) return undefined;
  const s = SECTIONS.find((x) => x.numeral === numeral);
  return s && s.headingKeys.some((k) => rest!.includes(k)) ? s.id : undefined;
}

function numberFits(squashed: string, id: SectionId): boolean {
  // Only a number in brackets: a report that numbers its sections its own way (上海市科委 prints
  // its tables as 一、主动公开政府信息情况) still names them by their labels.
  const n = /^\(([一二三四五六1-6])\)/.exec(squashed)?.[1];
  if (!n) return true;
  const i = SECTIONS.findIndex((s) => s.id === id);
  return n === SECTIONS[i]!.numeral || n === String(i + 1);
}

const PROBLEMS_PART = /^[(（]一[)）](?:\s*(?:存在的?)?主要问题\s*|.{0,20}存在的?(?:主要)?问题.{0,10})$/;

export function findSections(lines: Line[], implicit: (line: Line) => SectionId | undefined): SectionSpan[] {
  const spans: SectionSpan[] = [];
  const order = SECTIONS.map((s) => s.id);
  let current: SectionSpan | undefined;
  // A label alone on its line is a heading only when the text numbers no heading of that section:
  // an introduction that lists the parts one a line (「本报告由总体情况」「、」「主动公开政府信息情况」…,
  // a crawler's copy that breaks at every tag) would otherwise open each section before its heading.
  const headings = lines.map((l) => headingOf(l.text));
  const numbered = new Set<SectionId>();
  headings.forEach((id, i) => {
    if (id && HEADING.test(squash(lines[i]!.text.replace(/^#+\s*/, '')))) numbered.add(id);
  });
  lines.forEach((line, i) => {
    let id = headings[i];
    if (id && numbered.has(id) && !HEADING.test(squash(line.text.replace(/^#+\s*/, '')))) id = undefined;
    const at = current ? order.indexOf(current.id) : -1;
    if (id && order.indexOf(id) > at) {
      if (current) current.end = i;
      current = { id, title: line.text.trim(), start: i, end: lines.length };
      spans.push(current);
      return;
    }
    // A report whose heading of 五 was lost (a PDF extraction) still opens it with its first part,
    // 「（一）主要问题」, right after the table of 四.
    if (current?.id === 'review' && PROBLEMS_PART.test(line.text.trim())) {
      current.end = i;
      current = { id: 'problems', title: '', start: i - 1, end: lines.length };
      spans.push(current);
      return;
    }
    // A fragment that starts inside a table (a PDF page, an excerpt) has no heading before it:
    // a table row that only one section has tells where we are.
    if (!current) {
      const guess = implicit(line);
      if (guess) {
        current = { id: guess, title: '', start: i - 1, end: lines.length };
        spans.push(current);
      }
    }
  });
  return spans;
}

// A heading run into its paragraph, as PDF text that keeps whole paragraphs on one line gives it
// (「…联系（电话…）。一、总体情况2024年，我市…」): the heading is its numeral and its full label
// right after a sentence's end, and becomes a line of its own.
const RUNNING = new RegExp(
  `(?<=[。；;）)」”])\\s*(${SECTIONS.map((s) => `${s.numeral}、(?:${s.labels.map((l) => l.replace(/[()（）]/g, '.')).join('|')})`).join('|')})`,
  'g',
);
const MAY_RUN_IN = new RegExp(`[一二三四五六]、(?:${[...new Set(SECTIONS.flatMap((s) => s.labels.map((l) => l.slice(0, 2))))].join('|')})`);
const HEADING_AT_START = new RegExp(`^(${SECTIONS.map((s) => `${s.numeral}、(?:${s.labels.join('|')})`).join('|')})(?=\\s*\\S)`);
// A whole page on one line (a crawler's copy of the page's text): its headings follow whatever the
// part before them ends in, a table's last number included, and may be worded a little otherwise
// than the format (「四、政府信息公开行政法复议、行政诉讼情况」): a numeral, then one of the
// section's heading words before the heading's last word (情况, 事项), with no digit or sentence
// mark between.
const ANYWHERE = new RegExp(SECTIONS.map((s) =>
  `${s.numeral}、(?:${s.labels.map((l) => l.replace(/[()（）]/g, '.')).join('|')}|[^。，,；;\\d]{0,14}?(?:${s.headingKeys.join('|')})[^。，,；;\\d]{0,14}?(?:情况|事项))`).join('|'), 'g');
/** A line this long that holds three headings in their order is a whole page. */
const PAGE_LINE = 400;

/** The line cut before and after each heading of a page copied onto one line, or the line itself. */
function pageParts(line: string): string[] {
  if (line.length < PAGE_LINE) return [line];
  const numerals = SECTIONS.map((s) => s.numeral);
  const cuts: { at: number; heading: string }[] = [];
  let last = -1;
  for (const m of line.matchAll(ANYWHERE)) {
    const at = numerals.indexOf(m[0][0]!);
    if (at <= last) continue;
    last = at;
    cuts.push({ at: m.index, heading: m[0] });
  }
  if (cuts.length < 3) return [line];
  const parts = [line.slice(0, cuts[0]!.at)];
  cuts.forEach((c, i) => parts.push(c.heading, line.slice(c.at + c.heading.length, cuts[i + 1]?.at ?? line.length)));
  return parts.filter((p) => p.trim());
}

/** The lines with run-in headings split off; `numbers` keeps each piece's line in the source. */
export function splitRunningHeadings(lines: string[]): { lines: string[]; numbers: number[] } {
  const out: string[] = [];
  const numbers: number[] = [];
  lines.forEach((line, i) => {
    // Most lines hold no heading: a cheap test for a numeral and the start of a label spares the rest.
    if (line.length < 12 || !MAY_RUN_IN.test(line)) {
      out.push(line);
      numbers.push(i + 1);
      return;
    }
    for (const part of pageParts(line).flatMap((l) => l.replace(RUNNING, '\n$1').split('\n'))) {
      const head = HEADING_AT_START.exec(part);
      const pieces = head && !/^[。：:，,]/.test(part.slice(head[1]!.length)) ? [head[1]!, part.slice(head[1]!.length)] : [part];
      for (const p of pieces) {
        out.push(p);
        numbers.push(i + 1);
      }
    }
  });
  return { lines: out, numbers };
}
