// How people ask about a city government's report (淮安市人民政府 2024, read in place from
// ../shared/reports/real): its prose figures, its table cells, hotline fragments, English and
// conversations. Each case stands for a class of phrasing, not for one question of a set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHARED } from './helpers.ts';

const PDF = join(SHARED, 'reports', 'real', 'huaian-shi-zhengfu-2024.pdf');
const REPORT = 'huaian-shi-zhengfu-2024';
const available = existsSync(PDF);
if (!available) console.warn(`city-report questions skipped: ${PDF} is absent`);

interface Case { q: string; value?: number; kind?: string; none?: boolean; says?: string[]; session?: string; today?: string }
interface Reply { id: string; kind: string; value?: number | null; text: string }

const gongkai = (args: string[], input?: string) =>
  spawnSync('node', ['bin/gongkai.js', ...args], {
    cwd: ROOT, encoding: 'utf8', ...(input ? { input } : {}),
    env: { ...process.env, GONGKAI_LLM: '', GONGKAI_DEFAULT_REPORT: '' },
  });

let kb = '';
beforeAll(() => {
  if (!available) return;
  kb = mkdtempSync(join(tmpdir(), 'gongkai-city-'));
  const imported = gongkai(['import', PDF, '--kb', kb]);
  expect(imported.status, imported.stdout + imported.stderr).toBe(0);
});
afterAll(() => {
  if (kb) rmSync(kb, { recursive: true, force: true });
});

/** Asks every case in one run of `ask --jsonl` (sessions carry follow-ups in order). */
function askAll(cases: readonly Case[]): Reply[] {
  const lines = cases.map((c, i) => JSON.stringify({ id: String(i), question: c.q, report: REPORT, ...(c.session ? { session: c.session } : {}), ...(c.today ? { today: c.today } : {}) }));
  const run = gongkai(['ask', '--jsonl', '--kb', kb], `${lines.join('\n')}\n`);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Reply);
}

function check(cases: readonly Case[]): void {
  const replies = askAll(cases);
  cases.forEach((c, i) => {
    const a = replies[i]!;
    if (c.value !== undefined) expect(a.value, `${c.q}: ${a.text}`).toBe(c.value);
    if (c.kind) expect(a.kind, `${c.q}: ${a.text}`).toBe(c.kind);
    if (c.none) expect(a.value ?? undefined, `${c.q}: ${a.text}`).toBeUndefined();
    for (const s of c.says ?? []) expect(a.text).toContain(s);
  });
}

describe.runIf(available)('a city government report, asked as people ask', () => {
  it('a word is accounted for as a word: characters scattered over the sentence are not it', () => {
    check([
      { q: '政策解读 图解 有多少', none: true },
      { q: '政策解读 图文 几个', none: true, says: ['图文'] },
      { q: '政策解读做了多少个', value: 21 },
    ]);
  });

  it('what a number counts may follow it (组织 4 次…全覆盖检查), and the question must name that', () => {
    check([
      { q: '全覆盖检查组织了几次', value: 4 },
      { q: '栏目全覆盖检查 次数', value: 4 },
      { q: '政府信息公开栏目有几个', none: true, says: ['栏目'] },
    ]);
  });

  it('a part of 一 printed inside one paragraph is where its sentences stand', () => {
    check([
      { q: '一(五) 全覆盖检查 几次', value: 4 },
      { q: '一(二) 全覆盖检查 几次', none: true },
    ]);
  });

  it('a whole asked including its part is the whole the sentence states, never the part', () => {
    check([
      { q: '答复了多少件，含上年度结转的', value: 3050 },
      { q: 'How many requests were replied to, including those carried forward?', value: 3050 },
    ]);
  });

  it('English names what a city overview states, and its fillers and units', () => {
    check([
      { q: 'How many policy interpretations were made?', value: 21 },
      { q: 'How many reconsideration cases concerning information disclosure were there?', value: 351 },
      { q: 'Administrative fees collected, in 10k yuan?', value: 96171.6 },
    ]);
  });

  it('a conversation in English goes from a reason of 不予公开 to another and to their total', () => {
    check([
      { q: 'How many requests were refused as state secrets?', value: 2, session: 'en-refused' },
      { q: 'What about an enforcement case file?', value: 9, session: 'en-refused' },
      { q: 'And the total refused across all grounds?', value: 178, session: 'en-refused' },
      { q: '各种原因不予公开的一共多少件', value: 178 },
    ]);
  });

  it('a part stated after 其中 keeps its words, verbs too: a table cell and its sentence agree', () => {
    check([
      { q: '复议 结果纠正 几件', value: 64 },
      { q: '淮安 复议 维持', value: 72 },
    ]);
  });

  it('an account of the new media counts what its own clause names (号, 账号)', () => {
    check([
      { q: '政务新媒体账号有几个', value: 95 },
      { q: '政务新媒体号 一共多少', value: 95 },
    ]);
  });

  it('a citizen\'s story of a request names its row: of two figures tied, the one that accounts for every word', () => {
    check([
      { q: '要我补材料，我没补，后来就不处理了，这样的有几件', value: 71 },
      // Two rows, each named by its own label, stay a question back.
      { q: '予以公开 部分公开 几件', kind: 'clarify' },
    ]);
  });

  it('a yes-or-no question said before the number asked is why one asks, not which figure', () => {
    check([
      { q: '查政府信息要收费吗？去年一共收了多少信息处理费', value: 3940, today: '2025-03-15' },
      { q: '是自然人申请的吗？有多少件', value: 3001 },
      { q: '要收费吗？', none: true },
    ]);
  });
});
