// A table copied as the page's text, without its cells: 「一、本年新收政府信息公开申请数量640020470
// 二、上年结转…0000000」. Each row's label runs into its numbers and the numbers into the next
// label. Such a line is cut into its labels and its runs of digits, each a line of its own: a run
// is one token per part the copy separates by spaces, and the readers of the tables read the cells
// it may hold by the format's relations (report/solve.ts), never as one number.
import { tokenise, type Line } from './tokens.ts';

/** Digits (spaces between them), a decimal part, a unit: a run of cells or one amount. */
const RUN = /-?\d(?:[\d \u00a0\u3000]|-(?=\d))*(?:\.\d+)?(?:万元|元)?/g;
/** Digits a label goes on with (「2019年」, 「第3项」, 「15%」): they are the label's, not cells. */
const LABEL_WORD = /^\s*[年月日号项条个件次%％）)]/;
/** What follows an item's own number: 「2.其他…」. */
const ITEM_AFTER = /^[.．、]\D/;
/** A label glued to digits: a word character, then a digit. */
const GLUED = /[\u4e00-\u9fff）)”」](?:\s*)\d/;

/** The lines of a table section, with each line that runs labels and cells together cut apart. */
export function unglueTable(lines: Line[]): Line[] {
  if (!lines.some(glued)) return lines;
  const out: Line[] = [];
  for (const l of lines) {
    if (!glued(l)) {
      out.push(l);
      continue;
    }
    for (const piece of pieces(l.text)) out.push(...tokenise([piece], [l.no]));
  }
  return out;
}

/** A line of a table section that runs labels and cells together: no reader takes a figure from it as it is. */
export function glued(l: Line): boolean {
  if (l.structured) return false;
  // A label with an item's number inside (「（四）无2.没有现成信息需要另」, a label wrapped in its
  // cell) holds no cell.
  return l.tokens.some((t) => t.kind === 'label' && GLUED.test(t.text) && [...t.text.matchAll(RUN)].some((m) => {
    const after = t.text.slice(m.index + m[0].length);
    return !LABEL_WORD.test(after) && !(ITEM_AFTER.test(after) && m[0].trim().length === 1);
  }));
}

/** The line's labels and runs of cells, in order. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let label = '';
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    const after = text.slice(m.index + m[0].length);
    let run = m[0];
    label += text.slice(at, m.index);
    at = m.index + run.length;
    if (LABEL_WORD.test(after)) {
      // A figure of the label's words.
      label += run;
      continue;
    }
    if (ITEM_AFTER.test(after) && run.trim().length === 1) {
      // An item's own number (「（三）不予公开1.属于国家秘密」) starts its label.
      if (label.trim()) out.push(...labelParts(label));
      label = run.trim();
      continue;
    }
    let item = '';
    if (ITEM_AFTER.test(after)) {
      // The run ends in the next label's number: 「00000002.其他…」.
      item = run.trim().slice(-1);
      run = run.trim().slice(0, -1);
    }
    if (label.trim()) out.push(...labelParts(label));
    label = item;
    // A minus sign inside a run starts a cell: 「2648-18538」 is 2648 then -18538….
    if (run.trim()) out.push(run.trim().replace(/(?<=\d)-/g, ' -'));
  }
  label += text.slice(at);
  if (label.trim()) out.push(...labelParts(label));
  return out;
}

/**
 * The words between two runs of cells: a table's heading and its header cells, then a row's label.
 * The heading of each table of 二 (「第二十条第（八）项」「信息内容」) is cut off, so that the header
 * and the row's label that follow are read as the row's label.
 */
function labelParts(label: string): string[] {
  // Punctuation alone between two runs is no label (and no blank cell).
  return label.split(/(?=第二十条)|(?<=信息内容)/).map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
}
