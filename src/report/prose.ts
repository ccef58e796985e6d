// The prose of a report: passages under their (sub)section, and every figure stated in a sentence
// with the words before it, so that 「12345热线交办工单有多少件」 can find 3162 by what it counts.
import { SECTIONS, type SectionId } from '../catalogue/format.ts';
import type { Passage, ProseFigure, Unit } from './schema.ts';
import { squash } from './text.ts';
import type { Line } from './tokens.ts';

const SUBHEADING = /^\s*(?:[(（][一二三四五六七八九十][)）]|\d{1,2}[、.．](?!\d))\s*/;
const SENTENCE_END = /[。！？；;!?:：]$/;

/** A line of prose, not of a table: it has words and no table layout. */
export function isProse(line: Line): boolean {
  const t = line.text.trim();
  if (!t || line.text.includes('\t') || /\|\s*$/.test(t)) return false;
  return /[\u4e00-\u9fff]/.test(t) && (t.length >= 16 || /[。，；！？]/.test(t));
}

/**
 * Passages of one section: text before any subheading is one passage, and each subheading
 * ((一) 存在问题, 1、强化组织领导 …) opens the next. Lines a PDF wrapped mid-sentence are joined.
 */
// Where each printed line begins inside its passage's text, to give a figure its source line.
const lineStarts = new WeakMap<Passage, [offset: number, line: number][]>();

export function readPassages(section: SectionId, lines: Line[]): Passage[] {
  const subs = SECTIONS.find((s) => s.id === section)?.subsections ?? [];
  const out: Passage[] = [];
  let current: Passage | undefined;
  let open = false; // the previous line ended mid-sentence
  for (const line of lines) {
    const text = line.text.trim();
    const head = SUBHEADING.exec(text);
    if (!text || (!head && !isProse(line))) {
      open = false;
      continue;
    }
    if (head) {
      const rest = text.slice(head[0].length);
      const title = rest.split(/[。:：]/)[0]!.slice(0, 30);
      const sub = subs.find((s) => s.headingKeys.some((k) => title.includes(k)));
      current = { section, subsection: sub?.id ?? null, heading: title, text: rest, line: line.no };
      lineStarts.set(current, [[0, line.no]]);
      out.push(current);
    } else if (current) {
      current.text += open ? '' : '\n';
      lineStarts.get(current)!.push([current.text.length, line.no]);
      current.text += text;
    } else {
      current = { section, subsection: null, heading: '', text, line: line.no };
      lineStarts.set(current, [[0, line.no]]);
      out.push(current);
    }
    open = !SENTENCE_END.test(text);
  }
  return out.filter((p) => p.text.trim().length > 0);
}

// Units that make a number a figure; years (年), dates and document numbers (号) are not figures.
const FIGURE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|亿元|人次|小时|分钟|件|项|条|个|次|人|家|篇|期|场|份|户|天|%|％|元)/g;

const LONGEST_CLAUSE = 200;
const LONGEST_SENTENCE = 400;

/**
 * The sentence that states a figure, verbatim; of a run-on "sentence" (lines without a full stop)
 * only the stretch around the figure, so that each figure stores a few hundred characters, never
 * the whole passage once per figure.
 */
function statedIn(sentence: string, at: number, length: number): string {
  if (sentence.length <= LONGEST_SENTENCE) return sentence.trim();
  const margin = (LONGEST_SENTENCE - length) >> 1;
  const from = Math.max(0, at - margin);
  return sentence.slice(from, from + LONGEST_SENTENCE).trim();
}

export function readFigures(passages: Passage[]): ProseFigure[] {
  const out: ProseFigure[] = [];
  for (const p of passages) {
    const starts = lineStarts.get(p) ?? [[0, p.line]];
    // Figures come in text order, so one cursor walks the line starts once: a passage of many
    // lines costs its length, not its length times its figures.
    let at = 0;
    const lineOf = (offset: number) => {
      while (at + 1 < starts.length && starts[at + 1]![0] <= offset) at++;
      return starts[at]![1];
    };
    const sentences = p.text.split(/(?<=[。！？；;!?])/);
    let offset = 0;
    for (const sentence of sentences) {
      for (const m of sentence.matchAll(FIGURE)) {
        const at = m.index ?? 0;
        // Only the words just before the number can say what it counts; looking no further back
        // keeps a sentence that never ends (a pasted list without 。) from costing its length per figure.
        const before = sentence.slice(Math.max(0, at - LONGEST_CLAUSE), at);
        // A number glued to a digit or a decimal point is part of another number (a date, a code).
        if (/[\d.]$/.test(before)) continue;
        const clause = before.split(/[，,。；;：:、（(]/).pop() ?? '';
        const unit = (m[2] === '％' ? '%' : m[2]) as Unit;
        out.push({
          value: Number(m[1]!.replace(/,/g, '')),
          unit,
          raw: m[1]!,
          sentence: statedIn(sentence, at, m[0].length),
          context: squash(clause).replace(/^(其中|共|共计|累计|全年|目前|现)/, ''),
          section: p.section,
          subsection: p.subsection,
          line: lineOf(offset + at),
        });
      }
      offset += sentence.length;
    }
  }
  return out;
}

/** A number as printed, never part of a longer one: 35 is not in 135 or 3.5. */
export const printedNumber = (raw: string): RegExp => new RegExp(`(?<![\\d.])${raw.replace(/[.]/g, '\\.')}(?![\\d.])`);

/**
 * The words of the report that state a prose figure: the clause holding the number (「微信公众号共
 * 214 条」), not the whole run-on sentence. Always a substring of the sentence, so it stays a quote.
 */
export function figureClause(sentence: string, raw: string): string {
  const line = sentence.split('\n').at(-1)!;
  const clauses = line.split(/(?<=[，,；;。])/);
  const number = printedNumber(raw);
  return (clauses.find((c) => number.test(c)) ?? line).trim().replace(/[，,；;。]$/, '');
}
