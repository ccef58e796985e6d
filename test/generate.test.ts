// Synthetic reports: every relation of FORMAT.md holds in the numbers generated, and importing each
// report, in whichever layout, gives back exactly those numbers with nothing for the audit to find.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUEST_COLUMNS, REVIEW_GROUPS, requestRowsFor } from '../src/catalogue/format.ts';
import { readReportFile } from '../src/kb/store.ts';
import { audit } from '../src/report/audit.ts';
import { documentBytes, figuresOf, generateReports, LAYOUTS, type GeneratedReport } from '../src/report/generate.ts';
import { readReport } from '../src/report/read.ts';
import { cli, ROOT, tempDir } from './helpers.ts';

const seed = readReportFile(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'));
const docs = generateReports(seed, { count: 30, seed: 2024 });
const dir = tempDir('gongkai-generate-');

function importDoc(d: GeneratedReport) {
  const file = join(dir, d.file);
  writeFileSync(file, documentBytes(d));
  return readReport(file);
}

describe('generated reports', () => {
  it('cover every layout, both formats, GBK pages and many agencies', () => {
    for (const l of LAYOUTS) expect(docs.filter((d) => d.layout === l)).toHaveLength(6);
    expect(new Set(docs.map((d) => d.model.format))).toEqual(new Set(['2019', '2021']));
    expect(docs.some((d) => d.encoding === 'gbk')).toBe(true);
    expect(new Set(docs.map((d) => d.model.agency)).size).toBeGreaterThan(20);
    expect(docs.some((d) => d.model.blanks.size > 0)).toBe(true);
  });

  it('keep every relation in the numbers themselves', () => {
    for (const { model: m } of docs) {
      const req = m.figures.requests;
      const rows = requestRowsFor(m.format).map((r) => r.id);
      const results = rows.filter((id) => !['received', 'carried_over', 'total_handled', 'carried_forward'].includes(id));
      for (const c of REQUEST_COLUMNS) {
        expect(req.received![c.id] + req.carried_over![c.id]).toBe(req.total_handled![c.id] + req.carried_forward![c.id]);
        expect(req.total_handled![c.id]).toBe(results.reduce((a, id) => a + req[id]![c.id], 0));
      }
      for (const id of rows) expect(req[id]!.total).toBe(REQUEST_COLUMNS.slice(0, 6).reduce((a, c) => a + req[id]![c.id], 0));
      for (const g of REVIEW_GROUPS) {
        const v = (c: string) => m.figures.review[`${g.id}.${c}`]!;
        expect(v('total')).toBe(v('upheld') + v('corrected') + v('other') + v('pending'));
      }
      if (m.format === '2021') {
        for (const r of Object.values(m.figures.active.art20_1!)) expect(r.in_force).toBeGreaterThanOrEqual(r.issued!);
      }
    }
  });

  it('import to exactly the generated numbers, with no finding for the audit', () => {
    for (const d of docs) {
      const r = importDoc(d);
      const what = `${d.file} (${d.layout}, ${d.model.format})`;
      expect(r.meta, what).toMatchObject({ agency: d.model.agency, year: d.model.year, format: d.model.format });
      expect(figuresOf(r), what).toEqual(d.model.figures);
      expect(audit(r), what).toEqual([]);
      expect(r.warnings, what).toEqual([]);
    }
  });

  it('restate the tables in the prose of section 一', () => {
    const d = docs.find((x) => x.model.figures.requests.received!.total > 0)!;
    const r = importDoc(d);
    const said = r.figures.filter((f) => f.section === 'overview' && f.context.includes('收到') && f.context.includes('申请'));
    expect(said.length).toBeGreaterThan(0);
    for (const f of said) expect(f.value).toBe(d.model.figures.requests.received!.total);
  });

  it('are the same for the same seed, and differ for another', () => {
    const again = generateReports(seed, { count: 30, seed: 2024 });
    expect(again.map((d) => d.content)).toEqual(docs.map((d) => d.content));
    const other = generateReports(seed, { count: 30, seed: 2025 });
    expect(other.map((d) => d.content)).not.toEqual(docs.map((d) => d.content));
  });

  it('gongkai generate writes them, and gongkai import reads them back', () => {
    const out = join(tempDir(), 'gen');
    const res = cli(['generate', '--out', out, '--count', '5', '--seed', '3', '--layout', 'pipe']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('5 reports written');
    expect(readdirSync(out)).toHaveLength(5);
    expect(readFileSync(join(out, readdirSync(out)[0]!), 'utf8')).toMatch(/^\|一、本年新收政府信息公开申请数量\|/m);
    const kb = tempDir();
    const imported = cli(['import', out, '--kb', kb]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('5 reports imported');
    expect(cli(['generate', '--out', out, '--count', '1', '--layout', 'xml']).stderr).toContain('--layout takes one of');
  });
});

describe('generated reports with the cells of 三 run together (「801000081」)', () => {
  const joined = generateReports(seed, { count: 12, seed: 7, layout: 'joined' });

  it('import every row of 三 as generated, or keep it aside: never a wrong number', () => {
    let placed = 0;
    let rows = 0;
    for (const d of joined) {
      const r = importDoc(d);
      const want = d.model.figures.requests;
      for (const id of requestRowsFor(d.model.format).map((x) => x.id)) {
        rows++;
        const row = r.requests.rows[id]!;
        const got = Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.id, row.cells[c.id]!.state === 'missing' ? null : (row.cells[c.id] as { value: number }).value]));
        if (row.unreliable) {
          expect(Object.values(got), `${d.file} ${id}`).toEqual(REQUEST_COLUMNS.map(() => null));
          continue;
        }
        expect(got, `${d.file} ${id}`).toEqual(want[id]);
        placed++;
      }
      expect(audit(r).filter((f) => f.severity === 'error'), d.file).toEqual([]);
    }
    // Rows of zeros and rows whose digits split more than one way stay aside; most rows do not.
    expect(placed / rows).toBeGreaterThan(0.9);
  });
});
