// HTML → text lines in the layout the parser already reads. A report page becomes what a copy-paste
// of it would give: headings and paragraphs as lines, each table row as tab-separated cells, a merged
// cell (rowspan, colspan) as its text once and empty cells where it spreads, so that a merged label
// leaves empty leading cells and an empty cell between numbers stays a blank. The page around the
// report (scripts, styles, navigation, footers, forms) is dropped.
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { EMPTY_CELL } from './tokens.ts';
import { DEFAULT_LIMITS, overLimit, type ImportLimits } from './limits.ts';

const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'NAV', 'FOOTER',
  'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'MAP', 'AUDIO', 'VIDEO']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN',
  'MENU', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'LEGEND']);
/** Page furniture by its class or id: navigation, breadcrumbs, share bars, footers. */
const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|copyright|sidebar|share|toolbar)(?:$|[\s_-])/i;
const REPORT_TITLE = /(?:19|20)\d{2}\s*年.*报告/;
/** Words only the body of a report holds: its section headings. */
const REPORT_BODY = /总体情况|主动公开政府信息情况|收到和处理政府信息公开申请/;
/** A cell holding this much text is page layout, not a table cell. */
const LAYOUT_CELL = 150;

/** Where a page's limits are checked: the file named in errors, the limits, and tables counted. */
interface Reading {
  file: string;
  limits: ImportLimits;
  tables: number;
}

export function htmlToText(html: string, file = 'the HTML page', limits: ImportLimits = DEFAULT_LIMITS): string {
  // The parser reads a doctype or an XML declaration as text.
  const root = parse(html.replace(/<!DOCTYPE[^>]*>|<\?xml[^>]*\?>/gi, ''), {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  // Reading a page recurses through its elements (here and in the parser's .text): a page nested
  // thousands deep is refused by name before it can overflow the stack.
  const depth = deepestBeyond(root, limits.htmlDepth);
  if (depth > limits.htmlDepth) throw overLimit('too_deep', file, `elements nested at least ${depth.toLocaleString('en')} deep`, limits, 'htmlDepth');
  const out = new Lines();
  walk(root, out, { file, limits, tables: 0 });
  const lines = out.done();
  // The <title> names the report when the page body does not (a body that starts at 一、总体情况).
  const title = pageTitle(root);
  const first = lines.findIndex((l) => /^[一二三]、/.test(l));
  if (title && !lines.slice(0, first < 0 ? lines.length : first).some((l) => REPORT_TITLE.test(l))) lines.unshift(title);
  return lines.join('\n');
}

/** How deep the tree goes, without recursing; counting stops once past `max`. */
function deepestBeyond(root: Node, max: number): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > max) return deepest;
    for (const child of node.childNodes) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Accumulates inline text into the current line; blocks end it. */
class Lines {
  private lines: string[] = [];
  private buf = '';
  text(s: string): void {
    this.buf += s;
  }
  end(): void {
    const line = this.buf.replace(/[\s\u00a0]+/g, ' ').trim();
    this.buf = '';
    if (line) this.lines.push(line);
    else if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
  raw(line: string): void {
    this.end();
    this.lines.push(line);
  }
  done(): string[] {
    this.end();
    while (this.lines[0] === '') this.lines.shift();
    return this.lines;
  }
}

function isElement(n: Node): n is HTMLElement {
  return n.nodeType === NodeType.ELEMENT_NODE;
}

function dropped(el: HTMLElement): boolean {
  if (DROP.has(el.tagName)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!CHROME.test(names)) return false;
  // Never drop the report itself, whatever its container is called.
  return !REPORT_BODY.test(el.text);
}

function walk(node: Node, out: Lines, reading: Reading): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.text(node.text);
    return;
  }
  if (!isElement(node)) return;
  const tag = node.tagName;
  if (tag && dropped(node)) return;
  if (tag === 'BR') return out.end();
  if (tag === 'TABLE') {
    const rows = tableRows(node, reading);
    if (rows) {
      out.end();
      for (const row of rows) out.raw(row.join('\t'));
      out.end();
      return;
    }
  }
  if (tag === 'PRE') {
    out.end();
    for (const l of node.text.split(/\r?\n/)) out.raw(l);
    return;
  }
  const block = !tag || BLOCK.has(tag);
  if (block) out.end();
  for (const child of node.childNodes) walk(child, out, reading);
  if (block) out.end();
}

// ---------------------------------------------------------------- tables

/** The rows of a table itself, not of a table nested in one of its cells. */
function ownRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const visit = (el: HTMLElement) => {
    for (const c of el.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === 'TR') rows.push(c);
      else if (c.tagName === 'THEAD' || c.tagName === 'TBODY' || c.tagName === 'TFOOT') visit(c);
    }
  };
  visit(table);
  return rows;
}

const ownCells = (tr: HTMLElement): HTMLElement[] =>
  tr.childNodes.filter((c): c is HTMLElement => isElement(c) && (c.tagName === 'TD' || c.tagName === 'TH'));

/** A cell's text on one line: its paragraphs and line breaks joined by a space. */
function cellText(td: HTMLElement, reading: Reading): string {
  const out = new Lines();
  for (const c of td.childNodes) walk(c, out, reading);
  return out.done().filter(Boolean).join(' ').replace(/[\s\u00a0]+/g, ' ').trim();
}

function span(el: HTMLElement, attr: string, max: number): number {
  const n = Number.parseInt(el.getAttribute(attr) ?? '', 10);
  if (n === 0 && attr === 'rowspan') return max; // rowspan="0": to the end of the table
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}

/** A position a cell spanning columns covers in its own row: the cell is one value, not several. */
const SPANNED = '\u0000';
/** A cell of the table with nothing in it (`&nbsp;`, whitespace, an empty paragraph). */
const EMPTY_TD = '\u0001';
const NUMBER_CELL = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * The table as a grid of cell texts. A merged cell's text stands in its first position; the rows
 * below a cell spanning rows hold empty strings where it spreads, as a copy-paste from a browser
 * gives them, so that a merged label leaves empty leading cells. A cell spanning columns is one
 * cell of its row: a value under a header that spans two columns is one value, not a value and a
 * blank. A table that lays out the page (a table or a long text inside a cell) is no table of the
 * report: undefined.
 */
export function tableRows(table: HTMLElement, reading: Reading = { file: 'the HTML page', limits: DEFAULT_LIMITS, tables: 0 }): string[][] | undefined {
  const { file, limits } = reading;
  const at = ++reading.tables;
  const trs = ownRows(table);
  const grid: (string | undefined)[][] = trs.map(() => []);
  // Counted before any cell is read or spread: a row of 60,000 empty cells, or 600 cells each
  // spreading over 1,000 columns to the end of the table, is refused before it costs anything.
  let spread = 0;
  for (const [r, tr] of trs.entries()) {
    const row = grid[r]!;
    const cells = ownCells(tr);
    if (cells.length > limits.tableRowCells) {
      throw overLimit('too_many_cells', file, `table ${at}, row ${r + 1} has ${cells.length.toLocaleString('en')} cells`, limits, 'tableRowCells');
    }
    let col = 0;
    for (const td of cells) {
      while (row[col] !== undefined) col++;
      const rs = span(td, 'rowspan', trs.length - r);
      const cs = span(td, 'colspan', 1000);
      if (col + cs > limits.tableRowCells) {
        throw overLimit('too_many_cells', file, `table ${at}, row ${r + 1} spreads over ${(col + cs).toLocaleString('en')} columns`, limits, 'tableRowCells');
      }
      spread += rs * cs;
      if (spread > limits.tableCells) {
        throw overLimit('too_many_cells', file, `table ${at} spreads over ${spread.toLocaleString('en')} cells by row ${r + 1}`, limits, 'tableCells');
      }
      if (td.querySelector('table')) return undefined;
      const text = cellText(td, reading);
      if (text.length > LAYOUT_CELL) return undefined;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) grid[r + dr]![col + dc] = dc > 0 ? SPANNED : dr > 0 ? '' : text || EMPTY_TD;
      }
      col += cs;
    }
  }
  return grid.map((row) => blanksInPlace(Array.from(row, (c) => c ?? '').filter((c) => c !== SPANNED)));
}

/**
 * An empty cell of the table between a label and a number is a blank in its column (「规章 | &nbsp;
 * | &nbsp; | 5」 is 规章 with two blanks, then 5); other empty positions (before the label, where a
 * merged cell spreads, after the last number) are layout and stay empty. One pass from the right
 * finds each cell's next filled cell, one from the left whether any came before.
 */
function blanksInPlace(row: string[]): string[] {
  const filled = (c: string) => c !== '' && c !== EMPTY_TD;
  const nextFilled: (string | undefined)[] = new Array(row.length);
  let next: string | undefined;
  for (let i = row.length - 1; i >= 0; i--) {
    nextFilled[i] = next;
    if (filled(row[i]!)) next = row[i];
  }
  let before = false;
  const out = new Array<string>(row.length);
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    out[i] = c !== EMPTY_TD ? c : before && nextFilled[i] !== undefined && NUMBER_CELL.test(nextFilled[i]!) ? EMPTY_CELL : '';
    if (filled(c)) before = true;
  }
  return out;
}

// ---------------------------------------------------------------- title

/** The part of <title> that names the report: 「X2024年政府信息公开工作年度报告_X市人民政府」 → the first part. */
function pageTitle(root: HTMLElement): string | undefined {
  const t = root.querySelector('title')?.text.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.split(/\s*[_|｜—–]\s*|\s+-\s+/).find((p) => REPORT_TITLE.test(p));
}
