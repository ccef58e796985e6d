// Flattened tables arrive as tab-separated rows, pipe-separated rows, one cell per line, or PDF
// text with numbers separated by spaces. Whatever the layout, a line becomes a list of tokens:
// labels, numbers, and blanks. A blank is only kept where the layout proves a cell was there (an
// empty cell between two numbers of one row); leading and trailing empties are layout, not data.

/** `cell`: the token's cell in a row of cells (tabs, pipes), counted from 0. */
export type Token =
  | { kind: 'label'; text: string; line: number; cell?: number }
  | { kind: 'num'; value: number; raw: string; line: number; unit?: '元' | '万元'; cell?: number }
  | { kind: 'blank'; raw: string; line: number; cell?: number };

export interface Line {
  no: number;
  /** the line as printed (after page markers are removed) */
  text: string;
  tokens: Token[];
  /** tokens that are numbers or blanks only */
  numeric: boolean;
  /** a non-number cell between two numbers of a row (a cell that should be a number) */
  strayCell?: string;
  /** the line is a row of cells (tab- or pipe-separated): its cells are the table's own */
  structured?: true;
  /** how many cells a row of cells has */
  cells?: number;
}

const NUMBER = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DASH = /^[-—–−/]$/;
const MONEY = /^([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(元|万元)$/;
const HAS_DIGIT_OR_DASH = /[\d\uFF10-\uFF19\-—–−/]/;
const PAGE_MARKER = /^(?:-\s*\d+\s*-|P\.\s*\d+|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const PAGE_PREFIX = /^Page\s+\d+\s*-\s*/;

/**
 * A cell that a layout with positions (a PDF) shows empty under its column header: a blank in its
 * column, even before the row's first number.
 */
export const EMPTY_CELL = '\u2205';

export function toNumber(raw: string): number {
  return Number(raw.replace(/,/g, '').replace('−', '-'));
}

export function isNumber(s: string): boolean {
  return NUMBER.test(s);
}

/** `numbers` gives each line's number in the source when lines were split (default: i + 1). */
export function tokenise(rawLines: string[], numbers?: number[]): Line[] {
  return rawLines.map((raw, i) => tokeniseLine(raw, numbers?.[i] ?? i + 1));
}

function tokeniseLine(raw: string, no: number): Line {
  let text = raw.replace(/\r$/, '');
  if (PAGE_MARKER.test(text.trim())) text = '';
  text = text.replace(PAGE_PREFIX, '');
  const cells = text.includes('\t') ? text.split('\t') : text.includes('|') ? text.split('|') : [text];
  const tokens: (Token | { kind: 'empty' })[] = [];
  const structured = cells.length > 1;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!.replace(/\u3000/g, ' ').trim();
    if (c === EMPTY_CELL) {
      tokens.push({ kind: 'blank', raw: '', line: no, cell: k });
      continue;
    }
    if (!c) {
      tokens.push({ kind: 'empty' });
      continue;
    }
    for (const t of cellTokens(c, no)) {
      if (structured) t.cell = k;
      tokens.push(t);
    }
  }
  // Empties between two numbers are blank cells; the rest are layout.
  const firstNum = tokens.findIndex((t) => t.kind === 'num' || t.kind === 'blank');
  let lastNum = -1;
  for (let j = tokens.length - 1; j >= 0; j--) if (tokens[j]!.kind === 'num' || tokens[j]!.kind === 'blank') { lastNum = j; break; }
  const out: Token[] = [];
  let strayCell: string | undefined;
  tokens.forEach((t, j) => {
    if (t.kind === 'empty') {
      if (j > firstNum && j < lastNum) out.push({ kind: 'blank', raw: '', line: no });
      return;
    }
    if (t.kind === 'label' && j > firstNum && j < lastNum && firstNum >= 0 && cells.length > 1) strayCell ??= t.text;
    out.push(t);
  });
  const numeric = out.length > 0 && out.every((t) => t.kind !== 'label');
  return { no, text, tokens: out, numeric, ...(strayCell ? { strayCell } : {}), ...(structured ? { structured: true as const, cells: cells.length } : {}) };
}

/** A cell is a number, a dash, or a label possibly followed by space-separated numbers (PDF text). */
function cellTokens(cell: string, no: number): Token[] {
  // Most cells are words without a digit: nothing to split off.
  if (!HAS_DIGIT_OR_DASH.test(cell)) return [{ kind: 'label', text: cell, line: no }];
  const half = cell.replace(/[\uFF10-\uFF19\uFF0D\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (NUMBER.test(half)) return [{ kind: 'num', value: toNumber(half), raw: half, line: no }];
  // An amount printed with its unit (「251000元」, 「5949.09万元」): the unit is the cell's own.
  const amount = MONEY.exec(half);
  if (amount) return [{ kind: 'num', value: toNumber(amount[1]!), raw: half, line: no, unit: amount[2] as '元' | '万元' }];
  if (DASH.test(half)) return [{ kind: 'blank', raw: half, line: no }];
  const parts = half.split(/\s+/);
  let k = parts.length;
  while (k > 0 && (NUMBER.test(parts[k - 1]!) || (k < parts.length && DASH.test(parts[k - 1]!)))) k--;
  // All numbers: a PDF line of values.
  if (k === 0) return parts.map((p) => (DASH.test(p) ? { kind: 'blank', raw: p, line: no } : { kind: 'num', value: toNumber(p), raw: p, line: no }));
  if (k === parts.length) return [{ kind: 'label', text: cell, line: no }];
  const label = parts.slice(0, k).join(' ');
  const nums: Token[] = parts.slice(k).map((p) =>
    DASH.test(p) ? { kind: 'blank', raw: p, line: no } : { kind: 'num', value: toNumber(p), raw: p, line: no },
  );
  return [{ kind: 'label', text: label, line: no }, ...nums];
}
