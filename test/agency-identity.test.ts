// One agency under several printed names: recognised when its reports are imported, read as one
// agency by the knowledge base (comparisons across years), and told apart from an agency whose name
// its own contains (淮安市人民政府 within 淮安市洪泽区人民政府).
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { respond } from '../src/answer/answer.ts';
import { importDocuments } from '../src/kb/import.ts';
import { reportText } from '../src/kb/store.ts';
import { canonicalAgency } from '../src/report/identify.ts';
import { seedKb, seedReport } from './answer-fixture.ts';
import { SHARED, tempDir } from './helpers.ts';

describe('an agency’s canonical identity', () => {
  it('is its place and what it is, whatever the name printed', () => {
    expect(canonicalAgency('淮安市洪泽区人民政府')).toBe(canonicalAgency('洪泽区人民政府'));
    expect(canonicalAgency('上海市政府办公厅')).toBe(canonicalAgency('上海市人民政府办公厅'));
    expect(canonicalAgency('沭阳县发改局')).toBe(canonicalAgency('沭阳县发展和改革局'));
    expect(canonicalAgency('淮安市人民政府')).not.toBe(canonicalAgency('淮安市洪泽区人民政府'));
    expect(canonicalAgency('沭阳县人民政府')).not.toBe(canonicalAgency('沭阳县发展和改革局'));
    // 鼓楼区 is a district of several cities: only the same city's is the same agency.
    expect(canonicalAgency('南京市鼓楼区人民政府')).not.toBe(canonicalAgency('徐州市鼓楼区人民政府'));
    expect(canonicalAgency('鼓楼区人民政府')).not.toBe(canonicalAgency('南京市鼓楼区人民政府'));
  });
});

describe('reports of one agency printed under two names', () => {
  const kb = seedKb(
    seedReport('hongze-2023', '洪泽区人民政府', 2023, { received: 21, granted: 0, partly_granted: 0, unavailable_not_held: 21, total_handled: 21 }),
    seedReport('hongze-2024', '淮安市洪泽区人民政府', 2024, { received: 95, granted: 50, partly_granted: 0, unavailable_not_held: 45, total_handled: 95 }),
    seedReport('huaian-2024', '淮安市人民政府', 2024, { received: 3119, granted: 1000, partly_granted: 119, unavailable_not_held: 2000, total_handled: 3119 }),
  );
  const ask = (q: string) => respond(q, kb).answer;

  it('are one agency: a year compared with the year before across the two names', () => {
    expect([...kb.agencies()].sort()).toEqual(['淮安市人民政府', '淮安市洪泽区人民政府']);
    const a = ask('洪泽区2024年比上一年收到的申请增加了多少');
    expect(a.kind).toBe('figure');
    expect(a.text).toContain('95');
    expect(a.text).toContain('21');
    expect(a.text).toContain('增加 74 件');
  });

  it('a question naming the agency in full picks it, not the agency whose name contains it', () => {
    expect(ask('淮安市人民政府2024年收到多少申请')).toMatchObject({ kind: 'figure', value: 3119 });
    expect(ask('淮安市洪泽区人民政府2024年收到多少申请')).toMatchObject({ kind: 'figure', value: 95 });
  });

  it('淮安 alone is the city: a place printed before a district’s own names no agency of the district', () => {
    expect(ask('淮安2024年收到多少申请')).toMatchObject({ kind: 'figure', value: 3119 });
  });

  it('each option of a question asked back resolves', () => {
    const back = ask('2024年收到多少申请');
    expect(back.kind).toBe('clarify');
    expect(back.options?.length).toBe(2);
    for (const o of back.options!) expect(ask(o.question).kind, o.question).toBe('figure');
  });

  it('the import says the two names are one agency', async () => {
    const dir = tempDir('gongkai-identity-');
    const kbDir = tempDir('gongkai-identity-kb-');
    const a = seedReport('hongze-2023', '洪泽区人民政府', 2023);
    writeFileSync(join(kbDir, 'hongze-2023.json'), reportText(a));
    // The 2024 report as text, in its own words.
    const file = join(dir, 'hongze-2024.txt');
    writeFileSync(file, (await import('node:fs')).readFileSync(join(import.meta.dirname, '..', 'knowledge', 'sources', 'zhoukou-zhujianju-2024.txt'), 'utf8'));
    const [r] = await importDocuments([file], kbDir, { agency: '淮安市洪泽区人民政府', year: 2024 });
    expect(r!.report!.warnings.find((w) => w.code === 'same_agency')?.message).toContain('洪泽区人民政府 2023 (hongze-2023)');
  });
});

describe.skipIf(!existsSync(join(SHARED, 'reports', 'real')))('the real reports of 洪泽区', () => {
  it('import as one agency', async () => {
    const real = join(SHARED, 'reports', 'real');
    const results = await importDocuments([join(real, 'huaian-hongzequ-zhengfu-2023.pdf'), join(real, 'huaian-hongzequ-zhengfu-2024.pdf')], tempDir('gongkai-identity-real-'));
    expect(results.every((r) => r.report?.warnings.some((w) => w.code === 'same_agency'))).toBe(true);
  });
});
