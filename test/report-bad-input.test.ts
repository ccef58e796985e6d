// Bad input gets a clear error that says what and where, or a partial report with warnings; and a
// failed import never touches what the knowledge base already holds.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { importFiles } from '../src/kb/import.ts';
import { readReport } from '../src/report/read.ts';
import { SEED, tempDir, cli } from './helpers.ts';

const seedText = readFileSync(SEED, 'utf8');

function write(name: string, data: string | Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, data);
  return file;
}

describe('bad input', () => {
  it('an empty file is an error naming the file', () => {
    const f = write('empty.txt', '');
    expect(() => readReport(f)).toThrow(/empty\.txt: the file is empty/);
  });

  it('random bytes are not a text file', () => {
    let x = 12345;
    const bytes = Buffer.from(Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
    const f = write('random.bin', bytes);
    expect(() => readReport(f)).toThrow(/random\.bin: not a text file/);
  });

  it('a text that is not a report says so', () => {
    const f = write('poem.txt', '床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n');
    expect(() => readReport(f)).toThrow(/poem\.txt: no section of an annual report found/);
  });

  it('a row with a non-number keeps that row aside and names the line', () => {
    const f = write('nan.txt', seedText.replace('(一) 予以公开\t32\t0\t0', '(一) 予以公开\t32\t零\t0'));
    const r = readReport(f);
    expect(r.requests.rows.granted!.cells.total).toEqual({ state: 'missing' });
    const w = r.warnings.find((x) => x.code === 'not_a_number')!;
    expect(w.line).toBe(51);
    expect(w.message).toContain('「零」');
    // The other rows are untouched.
    expect(r.requests.rows.partly_granted!.cells.total).toMatchObject({ value: 51 });
  });

  it('a file cut mid-table imports as a partial report listing what it lacks', () => {
    const cut = seedText.slice(0, seedText.indexOf('5. 属于三类内部事务信息'));
    const r = readReport(write('cut.txt', cut));
    expect(r.requests.rows.refused_third_party!.cells.total).toMatchObject({ value: 0 });
    expect(r.requests.rows.refused_internal!.cells.total).toEqual({ state: 'missing' });
    expect(r.requests.rows.total_handled!.cells.total).toEqual({ state: 'missing' });
    const partial = r.warnings[0]!;
    expect(partial.code).toBe('partial');
    expect(partial.message).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(partial.message).toContain('三(三)5 属于三类内部事务信息');
    expect(partial.message).toContain('三(七) 总计');
  });

  it('a GBK file is detected and decoded', () => {
    const f = write('gbk.txt', iconv.encode(seedText, 'gbk'));
    const r = readReport(f);
    expect(r.meta.source.encoding).toBe('gb18030');
    expect(r.meta.agency).toBe('周口市住房和城乡建设局');
    expect(r.requests.rows.granted!.cells.total).toMatchObject({ value: 32 });
  });

  it('a blank cell inside a filled table is 0 and marked blank', () => {
    const f = write('blank.txt', seedText.replace('(一) 予以公开\t32\t0\t0', '(一) 予以公开\t32\t\t0'));
    const r = readReport(f);
    expect(r.requests.rows.granted!.cells.commercial).toMatchObject({ state: 'blank', value: 0, line: 51 });
  });

  it('a failed re-import leaves the existing knowledge file unchanged', () => {
    const kb = tempDir();
    const good = write('r1.txt', seedText);
    importFiles([good], kb);
    const stored = join(kb, 'r1.json');
    const before = readFileSync(stored, 'utf8');
    const badDir = tempDir();
    const bad = join(badDir, 'r1.txt');
    writeFileSync(bad, '');
    const res = cli(['import', bad, '--kb', kb]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('r1.txt: the file is empty');
    expect(readFileSync(stored, 'utf8')).toBe(before);
    expect(readdirSync(kb).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a table header repeated after a page break is not read as rows', () => {
    const header = '- 5 -\n\t\t申请人情况\t\t\t\t\t\t总计\t\n\t\t自然人\t法人或其他组织\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n';
    const at = seedText.indexOf('\t(五) 不予处理');
    const r = readReport(write('pagebreak.txt', seedText.slice(0, at) + header + seedText.slice(at)));
    expect(r.warnings).toEqual([]);
    expect(r.requests.rows.total_handled!.cells.total).toMatchObject({ value: 178, line: 76 });
    expect(r.requests.rows.not_processed_petition!.cells.total).toMatchObject({ value: 0 });
  });

  it('section headings printed without their numeral, or numbered another way, are found by their labels', () => {
    const text = seedText
      .replace('二、主动公开政府信息情况', '主动公开政府信息情况')
      .replace('四、政府信息公开行政复议、行政诉讼情况', '政府信息公开行政复议、行政诉讼情况')
      .replace('五、存在的主要问题及改进情况', '（五）存在的主要问题及改进情况');
    const r = readReport(write('nonumerals.txt', text));
    expect(r.warnings).toEqual([]);
    expect(r.active.art20_5!.rows.licensing!.cells.decisions).toMatchObject({ value: 1117 });
    expect(r.review.cells['reconsideration.total']).toMatchObject({ value: 9 });
    expect(r.prose.find((p) => p.subsection === 'improvements')!.text).toContain('依申请公开转主动公开机制');
  });

  it('files of one folder import that share a name keep both reports, under their folders\' names', () => {
    const root = tempDir();
    for (const [dir, agency] of [['周口', '周口市住房和城乡建设局'], ['郑州', '郑州市住房和城乡建设局']] as const) {
      mkdirSync(join(root, dir));
      writeFileSync(join(root, dir, '年度报告.txt'), seedText.replace('周口市住房和城乡建设局 2024', `${agency} 2024`));
    }
    const kb = tempDir();
    const res = cli(['import', root, '--kb', kb]);
    expect(res.code).toBe(0);
    const listed = cli(['list', '--kb', kb]).stdout;
    expect(listed).toContain('周口-年度报告\t周口市住房和城乡建设局\t2024');
    expect(listed).toContain('郑州-年度报告\t郑州市住房和城乡建设局\t2024');
  });

  it('a text that names no agency imports under its file name, with a warning; no year at all asks for --year', () => {
    const noTitle = seedText.replace(/^.*年度报告\s*$/m, '');
    const f = write('notitle.txt', noTitle);
    expect(() => readReport(f)).toThrow(/pass --year YYYY/);
    const named = readReport(write('某局2024.txt', noTitle));
    expect(named.meta).toMatchObject({ agency: '某局2024', year: 2024 });
    expect(named.warnings.map((w) => w.message).join('\n')).toMatch(/names no agency; stored as 「某局2024」/);
    const r = readReport(f, { agency: '某局', year: 2024 });
    expect(r.meta).toMatchObject({ agency: '某局', year: 2024 });
  });
});

describe('gongkai check', () => {
  it('passes the seed', () => {
    const res = cli(['check', 'zhoukou-zhujianju-2024']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('all relations hold');
  });

  it('on a copy with one cell changed, exits 1 and names the broken relation and its cells', () => {
    const f = write('broken.txt', seedText.replace('(一) 予以公开\t32\t0', '(一) 予以公开\t33\t0'));
    const res = cli(['check', f]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('✗ 3. 总计 = sum of the applicants');
    expect(res.stdout).toMatch(/三 row 三\(一\) 予以公开: 总计 32 \(line 51\) = 32, but 自然人 33 \(line 51\)/);
    expect(res.stdout).toContain('✗ 2.');
    const json = JSON.parse(cli(['check', f, '--json']).stdout);
    expect(json.ok).toBe(false);
    expect(json.findings.map((x: { relation: number }) => x.relation)).toContain(3);
  });

  it('on a partial report, says which relations could not be checked rather than that all hold', () => {
    const cut = seedText.slice(0, seedText.indexOf('5. 属于三类内部事务信息'));
    const res = cli(['check', write('cut.txt', cut)]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/every relation that could be checked holds \(\d+ not checked: cells missing from the text\)/);
    expect(res.stdout).not.toContain('all relations hold');
  });

  it('import then list and show through the command line', () => {
    const kb = tempDir();
    expect(cli(['import', SEED, '--kb', kb, '--id', 'zk']).code).toBe(0);
    expect(existsSync(join(kb, 'zk.json'))).toBe(true);
    expect(cli(['list', '--kb', kb]).stdout).toContain('zk\t周口市住房和城乡建设局\t2024\tformat 2021\t0 warnings');
    const shown = cli(['show', 'zk', '--kb', kb]).stdout;
    expect(shown).toContain('本机关不掌握相关政府信息');
    expect(shown).toMatch(/│ 三\(四\)1 本机关不掌握相关政府信息\s*│ 95 /);
  });
});
