// Every figure of the format, asked for by its printed labels, against a report whose every cell
// holds a different number: a reading that picks the wrong cell shows up as a wrong number.
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_TABLES, REQUEST_COLUMNS, requestRowsFor, REVIEW_COLUMNS, REVIEW_GROUPS,
} from '../src/catalogue/format.ts';
import { respond } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { distinctReport, seedReport } from './distinct-report.ts';

const seed = seedReport;

const report = distinctReport();
const kb = new KnowledgeBase([report]);
const ask = (q: string) => respond(q, kb, { now: new Date('2025-03-01') }).answer;

type Case = { question: string; expected: number };
const cases: Case[] = [];
// Rows whose printed label is a bare 总计 or 其他 are named with what they total or belong to.
const QUALIFIED: Record<string, string> = { total_handled: '办理结果总计', other_other: '其他处理中的其他情形' };
for (const row of requestRowsFor('2021')) {
  const label = QUALIFIED[row.id] ?? row.labels.at(-1)!.replace(/（.*$/, '');
  for (const col of REQUEST_COLUMNS) {
    const cell = report.requests.rows[row.id]!.cells[col.id]!;
    if (cell.state === 'missing') continue;
    const phrase = col.id === 'total' ? `${label}总计有多少件` : `${label}中${col.labels[0]}有多少件`;
    cases.push({ question: phrase, expected: cell.value });
  }
}
for (const g of REVIEW_GROUPS) {
  for (const c of REVIEW_COLUMNS) {
    const cell = report.review.cells[`${g.id}.${c.id}`]!;
    if (cell.state === 'missing') continue;
    cases.push({ question: `${g.labels[0]}${c.labels[0]}有多少件`, expected: cell.value });
  }
}
for (const t of ACTIVE_TABLES['2021']) {
  for (const row of t.rows) {
    for (const col of t.columns) {
      const cell = report.active[t.id]!.rows[row.id]!.cells[col.id]!;
      if (cell.state === 'missing') continue;
      cases.push({ question: `${row.labels[0]}${col.labels[0]!.replace(/（.*$/, '')}是多少`, expected: cell.value });
    }
  }
}

describe('every figure of the format, by its labels', () => {
  it(`answers ${cases.length} questions with the right cell, and never with another cell`, () => {
    const wrong: string[] = [];
    const unanswered: string[] = [];
    for (const { question, expected } of cases) {
      const a = ask(question);
      if (a.value === null) unanswered.push(`${question} → ${a.kind}`);
      else if (a.value !== expected) wrong.push(`${question} → ${a.value} (expected ${expected}): ${a.text.split('\n')[0]}`);
    }
    expect(wrong).toEqual([]);
    // Short labels such as 其他 may be asked back about; nearly everything else is answered.
    expect(unanswered.length, unanswered.join('\n')).toBeLessThanOrEqual(Math.floor(cases.length * 0.05));
  });
});

// The same figures by their English names: fewer are read (English phrasings vary more), but none wrongly.
const english: Case[] = [];
for (const row of requestRowsFor('2021')) {
  if (row.id === 'other_other' || row.id === 'total_handled') continue;
  for (const col of REQUEST_COLUMNS) {
    const cell = report.requests.rows[row.id]!.cells[col.id]!;
    if (cell.state === 'missing') continue;
    english.push({ question: col.id === 'total' ? `How many: ${row.en}?` : `How many ${row.en} from ${col.en}?`, expected: cell.value });
  }
}
for (const g of REVIEW_GROUPS) {
  for (const c of REVIEW_COLUMNS) {
    const cell = report.review.cells[`${g.id}.${c.id}`]!;
    if (cell.state !== 'missing') english.push({ question: `How many ${g.en}: ${c.en}?`, expected: cell.value });
  }
}

describe('every figure of the format, by its English names', () => {
  it(`never answers one of ${english.length} questions with another cell`, () => {
    const wrong: string[] = [];
    let answered = 0;
    for (const { question, expected } of english) {
      const a = ask(question);
      if (a.value === null) continue;
      answered++;
      if (a.value !== expected) wrong.push(`${question} → ${a.value} (expected ${expected}): ${a.text.split('\n')[0]}`);
    }
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThanOrEqual(Math.ceil(english.length * 0.7));
  });
});

// The 2019 format: its own section 二 tables and the single row 三(六) 其他处理, from a generated report.
describe('every figure of the 2019 format, by its labels', async () => {
  const { generateReports } = await import('../src/report/generate.ts');
  const { parseReport } = await import('../src/report/parse.ts');
  const { ACTIVE_TABLES: TABLES } = await import('../src/catalogue/format.ts');
  const [generated] = generateReports(seed, { count: 1, seed: 3, years: [2019], layout: 'tab' });
  const old = parseReport(String(generated!.content), { file: generated!.file });
  let n = 5000;
  for (const row of Object.values(old.requests.rows)) for (const [c, cell] of Object.entries(row.cells)) if (cell.state !== 'missing') row.cells[c] = { ...cell, state: 'value', value: n++ };
  for (const t of Object.values(old.active)) for (const row of Object.values(t.rows)) for (const [c, cell] of Object.entries(row.cells)) if (cell.state !== 'missing') row.cells[c] = { ...cell, state: 'value', value: n++ };
  const oldKb = new KnowledgeBase([old]);
  const questions: Case[] = [];
  for (const row of requestRowsFor('2019')) {
    const label = row.id === 'total_handled' ? '办理结果总计' : row.labels.at(-1)!.replace(/（.*$/, '');
    for (const col of REQUEST_COLUMNS) {
      const cell = old.requests.rows[row.id]!.cells[col.id]!;
      if (cell.state !== 'missing') questions.push({ question: col.id === 'total' ? `${label}总计有多少件` : `${label}中${col.labels[0]}有多少件`, expected: cell.value });
    }
  }
  for (const t of TABLES['2019']) for (const row of t.rows) for (const col of t.columns) {
    const cell = old.active[t.id]!.rows[row.id]!.cells[col.id]!;
    if (cell.state !== 'missing') questions.push({ question: `${row.labels[0]}${col.labels[0]!.replace(/（.*$/, '')}是多少`, expected: cell.value });
  }

  it(`answers ${questions.length} questions about a 2019 report with the right cell`, () => {
    expect(old.meta.format).toBe('2019');
    const off = questions
      .map(({ question, expected }) => ({ question, expected, got: respond(question, oldKb, { now: new Date('2020-03-01') }).answer.value }))
      .filter((x) => x.got !== x.expected);
    expect(off).toEqual([]);
  });
});
