// The three tables, read by their labels. Each reader walks the tokens of its section: a label
// that the catalogue recognises opens a row, the numbers after it are that row's cells. A row
// whose count of values does not fit its columns is never filled by position: it is kept as
// unreliable, with its values and a warning.
import {
  ACTIVE_HEADINGS, ACTIVE_TABLES, REQUEST_COLUMNS, REQUEST_ROWS, REQUEST_ROW_GROUPS, REQUEST_HEADINGS, REVIEW_ORDER,
  type ActiveTable, type FormatVersion, type LabelKey, type RequestRow,
} from '../catalogue/format.ts';
import type { Cell, ReportWarning, Row, Table, Unit } from './schema.ts';
import { dropsRepeats, leavesLastEmpty, type Losses } from './readings.ts';
import { solveReview, solveRow, solveTogether } from './solve.ts';
import { labelKey, squash } from './text.ts';
import type { Line, Token } from './tokens.ts';

type ValueToken = Extract<Token, { kind: 'num' | 'blank' }>;

export interface PendingRow {
  id: string;
  line: number;
  values: ValueToken[];
  stray?: { text: string; line: number };
  /** read from a short, ambiguous label (总计, 其他): a row only if numbers follow it */
  tentative?: boolean;
  /** every value came from a row of cells (tabs, pipes, a table's grid) */
  structured?: boolean;
  /** the label as read, over every line it wrapped across */
  label?: string;
}

function matchKeys(key: string, keys: LabelKey[]): number {
  let best = 0;
  for (const k of keys) {
    if (k.exact ? key === k.text : key.includes(k.text)) best = Math.max(best, k.text.length);
  }
  return best;
}

function toCell(t: ValueToken, unit: Unit): Cell {
  return t.kind === 'num'
    ? { state: 'value', value: t.value, unit: t.unit ?? unit, line: t.line, raw: t.raw }
    : { state: 'blank', value: 0, unit, line: t.line, raw: t.raw };
}

/** Places a row's values in its columns, or keeps them aside when that would take a guess. */
function placeRow(
  pending: PendingRow,
  columns: { id: string; unit: Unit }[],
  what: string,
  warnings: ReportWarning[],
): Row {
  const cells: Row['cells'] = {};
  const n = pending.values.length;
  if (pending.stray) {
    warnings.push({ code: 'not_a_number', line: pending.stray.line,
      message: `line ${pending.stray.line}: ${what}: the cell 「${pending.stray.text}」 is not a number; the row is kept aside, not guessed` });
  } else if (n === columns.length) {
    columns.forEach((c, i) => (cells[c.id] = toCell(pending.values[i]!, c.unit)));
    return { cells, placed: pending.structured ? 'structure' : 'position' };
  }
  for (const c of columns) cells[c.id] = { state: 'missing' };
  if (n === 0 && !pending.stray) {
    warnings.push({ code: 'row_without_values', line: pending.line, message: `line ${pending.line}: ${what}: no values in the text` });
    return { cells };
  }
  const reason = pending.stray
    ? `a cell is not a number`
    : `${n} value${n === 1 ? '' : 's'} for ${columns.length} columns: ${n < columns.length ? 'cells were dropped or run together' : 'a number was broken or a cell added'}, so the columns cannot be told`;
  if (!pending.stray) {
    warnings.push({ code: 'unreliable_row', line: pending.line, message: asideMessage(pending.line, what, reason) });
  }
  return { cells, unreliable: { values: pending.values.map((v) => v.raw || '(blank)'), line: pending.line, reason } };
}

/** A row kept aside, and what to import to have it. */
function asideMessage(line: number, what: string, reason: string): string {
  return `line ${line}: ${what}: ${reason}; the row is kept aside, not guessed: import the published page (HTML) or the PDF to have it`;
}

/** Values printed as a row of cells without a label. */
export interface Orphan {
  line: number;
  values: ValueToken[];
}

/** A row of 三 as printed: six applicant columns and their 总计, which is their sum. */
function addsUp(line: Line): boolean {
  const values = line.tokens.filter((t) => t.kind === 'num');
  if (values.length !== 7 || values.length !== line.tokens.length) return false;
  return values.slice(0, 6).reduce((s, t) => s + t.value, 0) === values[6]!.value;
}

function numbersIn(line: Line): number {
  let n = 0;
  for (const t of line.tokens) if (t.kind === 'num') n++;
  return n;
}

/** Walks tokens, giving each value to the last row label seen. `match` recognises a row label. */
function collectRows(
  lines: Line[],
  match: (label: string, state: { seen: number; group?: string }) => { id: string; group?: string; tentative?: boolean } | { heading: string; group?: string } | undefined,
  orphans?: Orphan[],
): PendingRow[] {
  const rows: PendingRow[] = [];
  let current: PendingRow | undefined;
  const state: { seen: number; group?: string } = { seen: 0 };
  let pending = '';
  let previous = -1;
  // The last line that held values: a label read after it has had none yet.
  let valued = -1;
  for (const line of lines) {
    // The rest of a label that wrapped inside its cell (a copy that breaks the line there), with the
    // row's values, still belongs to the label right above it.
    const wrapped = !!current && current.values.length === 0 && current.line === previous && line.tokens[0]?.kind === 'label';
    // Otherwise, in a row of cells, values belong to a label in that row: a row whose label is
    // missing or unknown (a PDF extraction that tore labels from their rows) gives its values to
    // no label read before it.
    // A row of cells with values and no label at all, right after a label that wrapped over lines
    // outside the grid (「（二）部分公开（区分处理的，只计这一情」「形，不计其他情形）」), is that label's row:
    // it is the one label read since the last values, and its values add up like any row's. Two
    // labels waiting (a grid torn from its labels) leave the row aside.
    const labelled = !!current && current.values.length === 0 && current.line > valued && line.tokens.every((t) => t.kind !== 'label')
      && rows.filter((r) => r.line > valued).length === 1 && (current.label?.match(/\d\s*[.．、]/g)?.length ?? 0) <= 1 && addsUp(line);
    const own = !!orphans && !!line.structured && !wrapped && !labelled && numbersIn(line) >= 2;
    if (line.tokens.length) previous = line.no;
    // A row of cells starts its label afresh: its label cells are all of it.
    if (own) pending = '';
    const stray: ValueToken[] = [];
    for (const t of line.tokens) {
      if (t.kind === 'label') {
        // 总计 followed by another label, not by numbers, was a column header repeated after a
        // page break, not the row 三(七).
        if (current?.tentative && current.values.length === 0) {
          rows.pop();
          state.seen--;
          current = undefined;
        }
        pending += t.text;
        const m = match(pending, state) ?? match(t.text, state);
        if (!m) {
          if (line.strayCell === t.text && current) current.stray ??= { text: t.text, line: line.no };
          if (pending.length > 200) pending = t.text;
          continue;
        }
        const label = pending;
        pending = '';
        if ('heading' in m) {
          state.group = m.group;
          current = undefined;
          continue;
        }
        state.seen++;
        state.group = m.group;
        current = { id: m.id, line: line.no, values: [], label, ...(m.tentative ? { tentative: true } : {}) };
        rows.push(current);
        continue;
      }
      if (own && current?.line !== line.no) stray.push(t);
      else if (current) {
        current.values.push(t);
        current.structured = (current.structured ?? true) && !!line.structured;
      }
    }
    if (stray.length) orphans!.push({ line: line.no, values: stray });
    if (line.tokens.some((t) => t.kind !== 'label')) valued = line.no;
  }
  return rows;
}

// ---------------------------------------------------------------- section 二

export function detectActiveFormat(lines: Line[]): FormatVersion | undefined {
  const text = lines.map((l) => squash(l.text)).join('\n');
  const only = (f: FormatVersion, other: FormatVersion) =>
    ACTIVE_TABLES[f].flatMap((t) => t.columns).filter((c) => !ACTIVE_TABLES[other].some((t) => t.columns.some((o) => o.id === c.id)))
      .flatMap((c) => c.keys).some((k) => text.includes(k.text));
  if (/第二十条第?\(九\)项/.test(text) || only('2019', '2021')) return '2019';
  if (only('2021', '2019')) return '2021';
  return undefined;
}

export function readActive(lines: Line[], format: FormatVersion, warnings: ReportWarning[]): Record<string, Table> {
  const tables = ACTIVE_TABLES[format];
  const rowTable = new Map<string, ActiveTable>();
  for (const t of tables) for (const r of t.rows) rowTable.set(r.id, t);
  const rows = collectRows(lines, (label) => {
    const key = labelKey(label);
    // A row label is short: a sentence that mentions 行政许可 is prose, not a row.
    if (key.length > 24) return undefined;
    let best: { id: string; score: number } | undefined;
    for (const t of tables) for (const r of t.rows) {
      const score = matchKeys(key, r.keys);
      if (score && (!best || score > best.score)) best = { id: r.id, score };
    }
    if (best) return { id: best.id };
    return matchKeys(key, ACTIVE_HEADINGS) > 0 ? { heading: key } : undefined;
  });
  const out: Record<string, Table> = {};
  for (const t of tables) out[t.id] = { present: false, rows: {} };
  for (const p of rows) {
    const t = rowTable.get(p.id)!;
    const table = out[t.id]!;
    if (table.rows[p.id]) {
      warnings.push({ code: 'duplicate_row', line: p.line, message: `line ${p.line}: 二 ${t.rows.find((r) => r.id === p.id)!.labels[0]} printed twice; the first is kept` });
      continue;
    }
    table.present = true;
    table.line ??= p.line;
    const label = t.rows.find((r) => r.id === p.id)!.labels[0]!;
    table.rows[p.id] = underHeader(p, t, lines) ?? digitEach(p, t) ?? placeRow(p, t.columns, `二 ${t.labels[0]} ${label}`, warnings);
  }
  for (const t of tables) {
    const table = out[t.id]!;
    for (const r of t.rows) {
      if (table.rows[r.id]) continue;
      table.rows[r.id] = { cells: Object.fromEntries(t.columns.map((c) => [c.id, { state: 'missing' } as Cell])) };
    }
  }
  return out;
}

/**
 * A row of cells with fewer values than its table's columns (a tab copy that keeps the empty
 * cells but not where the row starts): each value goes to the column whose header stands in the
 * same cell of the header row above; a header column the row leaves empty is a blank. Undefined
 * when there is no such header, the row has not as many cells as the header, or a value stands
 * under none.
 */
function underHeader(p: PendingRow, table: ActiveTable, lines: Line[]): Row | undefined {
  const n = p.values.length;
  if (!p.structured || n === 0 || n >= table.columns.length || p.values.some((v) => v.cell === undefined)) return undefined;
  const at = lines.findIndex((l) => l.no === p.line);
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const header = lines[i]!;
    if (!header.structured) continue;
    const columnAt = new Map<number, ActiveTable['columns'][number]>();
    for (const t of header.tokens) {
      if (t.kind !== 'label' || t.cell === undefined) continue;
      const c = table.columns.find((col) => matchKeys(labelKey(t.text), col.keys) > 0);
      if (c) columnAt.set(t.cell, c);
    }
    // A row with fewer cells than its header dropped some: its cells no longer stand under theirs.
    const row = lines[at]!;
    if (columnAt.size !== table.columns.length || row.cells !== header.cells) return undefined;
    const cells: Row['cells'] = {};
    for (const v of p.values) {
      const c = columnAt.get(v.cell!);
      if (!c || cells[c.id]) return undefined;
      cells[c.id] = toCell(v, c.unit);
    }
    for (const c of columnAt.values()) cells[c.id] ??= { state: 'blank', value: 0, unit: c.unit, line: row.no, raw: '' };
    return { cells: Object.fromEntries(table.columns.map((c) => [c.id, cells[c.id]!])), placed: 'structure' };
  }
  return undefined;
}

/**
 * A row of 二 whose cells ran together into as many digits as the table has columns (「规章000」):
 * each digit is a cell, the only reading. Any other run of digits has several readings and no
 * relation of the format to choose between them: the row stays aside.
 */
function digitEach(p: PendingRow, table: ActiveTable): Row | undefined {
  if (p.structured || p.values.length >= table.columns.length || !p.values.every((v) => v.kind === 'num' && /^\d+$/.test(v.raw))) return undefined;
  const digits = p.values.flatMap((v) => [...v.raw].map((d) => ({ d, line: v.line })));
  if (digits.length !== table.columns.length) return undefined;
  const cells: Row['cells'] = {};
  table.columns.forEach((c, i) => (cells[c.id] = { state: 'value', value: Number(digits[i]!.d), unit: c.unit, line: digits[i]!.line, raw: digits[i]!.d }));
  return { cells, placed: 'relations' };
}

export function isActiveRowLine(line: Line): boolean {
  const label = line.tokens[0];
  if (!label || label.kind !== 'label' || !line.tokens.slice(1).some((t) => t.kind === 'num')) return false;
  const key = labelKey(label.text);
  return key.length <= 24 && ACTIVE_TABLES['2021'].some((t) => t.rows.some((r) => matchKeys(key, r.keys) > 0));
}

// ---------------------------------------------------------------- section 三

/** The group a row prints as one row (三(六) 其他处理), if it is such a row. */
const groupPrintedAs = (row: string) => REQUEST_ROW_GROUPS.find((g) => g.row === row);

function requestMatcher(format: FormatVersion | undefined) {
  // (六) as one row is read in either format: a 2021 report may print it so.
  const rows = REQUEST_ROWS.filter((r) => !format || !r.format || r.format === format || groupPrintedAs(r.id));
  const labelKeys = rows.map((r) => [r, r.labels.map(labelKey)] as const);
  const longest = Math.max(...labelKeys.flatMap(([, keys]) => keys.map((k) => k.length)));
  return (label: string, state: { seen: number; group?: string }) => {
    const key = labelKey(label);
    if (!key) return undefined;
    let best: { row: RequestRow; score: number } | undefined;
    for (const r of rows) {
      // Short, ambiguous labels only count where their context is: 其他 under 其他处理, 总计 after the rows began.
      if (r.keys.some((k) => k.exact)) {
        if (r.group && state.group !== r.group) continue;
        if (!r.group && state.seen === 0) continue;
      }
      const score = matchKeys(key, r.keys);
      if (score && (!best || score > best.score)) best = { row: r, score };
    }
    const group = REQUEST_ROW_GROUPS.find((g) => matchKeys(key, g.keys) > 0);
    // 「(六)其他处理」 heads three items in 2021 but is a row of its own in 2019.
    // A 2021 report may still print (六) as one row without its items: a row only if numbers follow.
    if (best && group && groupPrintedAs(best.row.id)) {
      return format === '2019' ? { id: best.row.id } : { id: best.row.id, group: group.id, tentative: true };
    }
    if (best && (!group || best.score > matchKeys(key, group.keys))) {
      return { id: best.row.id, group: best.row.group, tentative: best.row.keys.every((k) => k.exact) };
    }
    if (group) return { heading: group.id, group: group.id };
    if (REQUEST_HEADINGS.some((h) => matchKeys(key, h.keys) > 0)) return { heading: 'results' };
    // 「3.其他」 with its (六) heading torn away is still the third item of 其他处理 in 2021.
    if (key === '其他' && format === '2021' && /^3[.、．,]?其他$/.test(squash(label))) return { id: 'other_other', group: 'other_handled' };
    // A label split over cells (「缴纳费用、」「行政机关不再处理其政」): a piece of one row's label only.
    if (key.length < 6 || key.length > longest) return undefined;
    const piece = labelKeys.filter(([, keys]) => keys.some((k) => k.includes(key)));
    return piece.length === 1 ? { id: piece[0]![0].id, group: piece[0]![0].group } : undefined;
  };
}

export function readRequests(lines: Line[], format: FormatVersion, warnings: ReportWarning[]): Table {
  const orphans: Orphan[] = [];
  const collected = collectRows(lines, requestMatcher(format), orphans);
  for (const o of orphans) {
    warnings.push({ code: 'row_without_label', line: o.line,
      message: `line ${o.line}: 三: a row of ${o.values.length} values (${o.values.map((v) => v.raw || '(blank)').join(' ')}) without its label; kept aside, not guessed` });
  }
  // A label without values where the same row is printed with values elsewhere was a heading or a
  // header cell (Markdown that puts each row under its own ### heading), not the row.
  const withValues = new Set<string>();
  for (const p of collected) if (p.values.length) withValues.add(p.id);
  const pending = collected.filter((p) => p.values.length || p.stray || !withValues.has(p.id));
  const table: Table = { present: pending.length > 0, rows: {} };
  if (pending[0]) table.line = pending[0].line;
  const columns = REQUEST_COLUMNS.map((c) => ({ id: c.id, unit: '件' as const }));
  for (const p of pending) {
    const id = p.id;
    const row = REQUEST_ROWS.find((r) => r.id === id)!;
    if (groupPrintedAs(id) && row.format !== format) {
      warnings.push({ code: 'group_as_row', line: p.line, message: `line ${p.line}: ${row.number} ${row.labels[0]} is printed as one row, without its three items; the row is kept as printed` });
    } else if (row.format && row.format !== format) {
      // A 2019 report with a 2021 item, or the other way round: keep it under its own id, but say so.
      warnings.push({ code: 'format_mismatch', line: p.line, message: `line ${p.line}: 三 ${row.labels[0]} belongs to the ${row.format} format, the report reads as ${format}` });
    }
    const earlier = table.rows[id];
    // A label printed again (a header repeated after a page break) only replaces a row without values.
    if (earlier && (earlier.unreliable || Object.values(earlier.cells).some((c) => c.state !== 'missing') || p.values.length === 0)) {
      warnings.push({ code: 'duplicate_row', line: p.line, message: `line ${p.line}: 三 ${row.labels[0]} printed twice; the first is kept` });
      continue;
    }
    // Named as solveAside names it: it finds this row's warning again by that name.
    table.rows[id] = placeRow(p, columns, rowName(id), warnings);
  }
  for (const r of REQUEST_ROWS) {
    if (r.format && r.format !== format) continue;
    table.rows[r.id] ??= { cells: Object.fromEntries(columns.map((c) => [c.id, { state: 'missing' } as Cell])) };
  }
  solveAside(table, pending, format, warnings);
  return table;
}

/** Rows kept aside for their count of values, placed where the relations allow one reading only. */
function solveAside(table: Table, pending: PendingRow[], format: FormatVersion, warnings: ReportWarning[]): void {
  const aside = (p: PendingRow) => {
    const row = table.rows[p.id];
    return !!row?.unreliable && !p.stray && p.values.length > 0 && row.unreliable.line === p.line;
  };
  // Most tables place every row by their layout.
  if (!pending.some(aside)) return;
  const losses: Losses = { repeats: dropsRepeats(pending.flatMap((p) => p.values)), lastEmpty: leavesLastEmpty(pending.map((p) => p.values), REQUEST_COLUMNS.length) };
  const place = (p: PendingRow, cells: Row['cells'], how: string) => {
    table.rows[p.id] = { cells, placed: 'relations' };
    warnings.push({ code: 'placed_by_relations', line: p.line,
      message: `line ${p.line}: 三 ${REQUEST_ROWS.find((r) => r.id === p.id)!.number}: ${p.values.map((v) => v.raw).join(' ')} placed in its columns by the format's relations, ${how}` });
  };
  const readings = new Map<PendingRow, number>();
  // Solving one row may confirm another: go round while rows get placed; then read the rows
  // left together.
  for (let placed = true; placed;) {
    placed = false;
    for (const p of pending) {
      if (!aside(p)) continue;
      const solved = solveRow(table, p.id, p.values, format, losses);
      if ('cells' in solved) {
        place(p, solved.cells, 'the only reading that holds');
        placed = true;
      } else readings.set(p, solved.readings);
    }
    if (placed) continue;
    const left = pending.filter(aside);
    const together = solveTogether(table, left, format, losses);
    for (const p of left) {
      const cells = together.get(p.id);
      if (!cells) continue;
      place(p, cells, 'the only reading that holds with the other rows read together');
      placed = true;
    }
  }
  for (const p of pending) {
    const n = readings.get(p);
    if (!aside(p) || n === undefined || n < 2) continue;
    const unreliable = table.rows[p.id]!.unreliable!;
    const what = rowName(p.id);
    const before = asideMessage(p.line, what, unreliable.reason);
    unreliable.reason += `; ${n} readings fit the relations`;
    const w = warnings.find((x) => x.code === 'unreliable_row' && x.message === before);
    if (w) w.message = asideMessage(p.line, what, unreliable.reason);
  }
  // Warnings about rows now placed are no longer true (a page on one line has every row on one line).
  const what = (p: PendingRow) => `line ${p.line}: ${rowName(p.id)}: `;
  for (let i = warnings.length - 1; i >= 0; i--) {
    const w = warnings[i]!;
    if (w.code === 'unreliable_row' && pending.some((p) => p.line === w.line && table.rows[p.id]?.placed === 'relations' && w.message.startsWith(what(p)))) warnings.splice(i, 1);
  }
}

/** A row of 三 as the warnings name it. */
function rowName(id: string): string {
  const row = REQUEST_ROWS.find((r) => r.id === id)!;
  return `三 ${row.number} ${row.labels[0]}`;
}

let anyFormatMatcher: ReturnType<typeof requestMatcher> | undefined;
/** The matcher for rows of either format, made once. */
const anyFormat = () => (anyFormatMatcher ??= requestMatcher(undefined));

/** A label that names a row of 三 (in either format). */
export function isRequestLabel(label: string): boolean {
  const m = anyFormat()(label, { seen: 1, group: 'other_handled' });
  return !!m && 'id' in m;
}

export function isRequestRowLine(line: Line): boolean {
  const label = line.tokens[0];
  if (!label || label.kind !== 'label' || line.tokens.filter((t) => t.kind === 'num').length < 3) return false;
  const m = anyFormat()(label.text, { seen: 1 });
  return !!m && 'id' in m;
}

// ---------------------------------------------------------------- section 四

export function readReview(lines: Line[], warnings: ReportWarning[]): { cells: Record<string, Cell>; line?: number; unreliable?: { values: string[]; line: number; reason: string }; placed?: Row['placed'] } {
  // The header is a thicket of split labels; the data is the run of lines that hold only numbers.
  const values: ValueToken[] = [];
  let structured = true;
  for (const l of lines) {
    if (!l.numeric) continue;
    for (const t of l.tokens) if (t.kind !== 'label') values.push(t);
    structured &&= !!l.structured;
  }
  // No line of numbers alone: the numbers printed after the header's last label, on its line (a
  // page's text with the cells separated by spaces).
  // Those are checked by the relations of 四 even when there are fifteen: a line's trailing numbers
  // may be something else.
  const trailing = !values.length;
  if (trailing) {
    for (const l of lines) {
      let lastLabel = l.tokens.length - 1;
      while (lastLabel >= 0 && l.tokens[lastLabel]!.kind !== 'label') lastLabel--;
      for (const t of l.tokens.slice(lastLabel + 1)) if (t.kind !== 'label') values.push(t);
      if (lastLabel < l.tokens.length - 1) structured &&= !!l.structured;
    }
  }
  const cells: Record<string, Cell> = {};
  if (values.length === REVIEW_ORDER.length && !trailing) {
    REVIEW_ORDER.forEach((k, i) => (cells[`${k.group}.${k.column}`] = toCell(values[i]!, '件')));
    return { cells, line: values[0]!.line, placed: structured ? 'structure' : 'position' };
  }
  for (const k of REVIEW_ORDER) cells[`${k.group}.${k.column}`] = { state: 'missing' };
  if (values.length === 0) {
    warnings.push({ code: 'review_without_values', message: '四: the table has no values in the text' });
    return { cells };
  }
  const line = values[0]!.line;
  const solved = solveReview(values, { repeats: dropsRepeats(values) });
  if (Array.isArray(solved)) {
    REVIEW_ORDER.forEach((k, i) => (cells[`${k.group}.${k.column}`] = { state: 'value', value: solved[i]!, unit: '件', line, raw: String(solved[i]) }));
    warnings.push({ code: 'placed_by_relations', line,
      message: `line ${line}: 四: ${values.map((v) => v.raw).join(' ')} placed in its columns by the format's relations, the only reading that holds` });
    return { cells, line, placed: 'relations' };
  }
  const reason = `${values.length} values for ${REVIEW_ORDER.length} columns${solved.readings > 1 ? `; ${solved.readings} readings fit the relations` : ''}`;
  warnings.push({ code: 'unreliable_row', line, message: asideMessage(line, '四', reason) });
  return { cells, line, unreliable: { values: values.map((v) => v.raw || '(blank)'), line, reason } };
}
