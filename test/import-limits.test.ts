// Hostile and oversized files: each is made here, at a small scale, and must end in a clear error
// that names the file and the limit (quickly, in bounded memory) or in a report, never in a crash,
// an out-of-memory exit or an import whose time grows with the square of its length.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import iconv from 'iconv-lite';
import { KnowledgeBase } from '../src/kb/index.ts';
import { respond } from '../src/answer/answer.ts';
import { readDocument, readReport } from '../src/report/read.ts';
import { DEFAULT_LIMITS, readImportLimits } from '../src/report/limits.ts';
import { cli, ROOT, SEED, tempDir } from './helpers.ts';
import { docx } from './support/docx.ts';

const seedText = readFileSync(SEED, 'utf8');
const dir = tempDir('gongkai-limits-');
const write = (name: string, data: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
};

/** The gongkai command with extra environment (a heap cap, limits), bounded in time. */
function gongkai(args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'gongkai.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GONGKAI_LLM: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (performance.now() - started) / 1000 };
}

describe('Word files that unpack to far more than they weigh', () => {
  it('2,000,000 empty paragraphs: refused before parsing, naming the file and the limit, under a 256 MB heap', async () => {
    const bomb = write('bomb.docx', await docx('<w:p/>'.repeat(2_000_000)));
    expect(readFileSync(bomb).length).toBeLessThan(300_000);
    const res = gongkai(['import', bomb, '--kb', join(dir, 'kb-bomb')], { NODE_OPTIONS: '--max-old-space-size=256' });
    expect(res.stderr).toContain(`${bomb}: the Word file holds more paragraphs than the limit of 50,000 (raise it with GONGKAI_IMPORT_MAX_DOCX_PARAGRAPHS)`);
    expect(res.code).toBe(1);
  });

  it('paragraphs under another namespace prefix count the same', async () => {
    const bomb = write('prefixed.docx', await docx('<x:p/>'.repeat(60_000), 'x'));
    await expect(readDocument(bomb)).rejects.toThrow(/prefixed\.docx: the Word file holds more paragraphs than the limit of 50,000/);
  });

  it('one huge paragraph: refused at the unpacked size limit', async () => {
    const big = write('big.docx', await docx(`<w:p><w:r><w:t>${'公开'.repeat(400_000)}</w:t></w:r></w:p>`));
    const limits = { ...DEFAULT_LIMITS, docxXmlBytes: 1024 * 1024 };
    await expect(readDocument(big, { limits })).rejects.toThrow(/big\.docx: the Word file unpacks to more XML than the limit of 1 MB \(raise it with GONGKAI_IMPORT_MAX_DOCX_MB\)/);
  });
});

describe('long texts import in time that grows with their length', () => {
  // Short prose lines after the report, a figure in every fourth, as a pasted appendix would be.
  const padded = (lines: number) => write(`padded-${lines}.txt`, `${seedText}\n${Array.from({ length: lines }, (_, i) => (i % 4 ? '其他事项均已按要求办理完毕。' : `其他事项办理${i % 97}件。`)).join('\n')}\n`);

  it('the report plus 10k and 40k short prose lines: 40k takes less than 8 times as long as 10k (16 if it grew with the square)', () => {
    const files = [padded(10_000), padded(40_000)] as const;
    // The best of interleaved runs, each from a collected heap: a collection of what an earlier
    // run or another test left, or another process's work, lands in one run, not in all.
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const best = [Infinity, Infinity];
    for (let run = 0; run < 5; run++) {
      files.forEach((file, i) => {
        gc();
        const t = performance.now();
        readReport(file);
        if (run > 0) best[i] = Math.min(best[i]!, performance.now() - t);
      });
    }
    // Linear is 4; the margin is for a machine loaded by other work, and still half of quadratic.
    expect(best[1]! / best[0]!).toBeLessThan(8);
    // And each figure keeps its own line.
    const r = readReport(files[1]);
    const last = r.figures.at(-1)!;
    expect(last).toMatchObject({ value: 39_996 % 97, unit: '件', line: seedText.split('\n').length + 1 + 39_996 });
  });

  it('a run-on passage without full stops stores a few hundred characters per figure, not the passage', () => {
    const file = write('runon.txt', `${seedText}\n${Array.from({ length: 19_000 }, (_, i) => `其他事项第${i}批，办理${i % 97}件`).join('\n')}\n`);
    const r = readReport(file);
    expect(r.figures.length).toBeGreaterThanOrEqual(19_000);
    expect(Math.max(...r.figures.slice(0, 1000).map((f) => f.sentence.length))).toBeLessThanOrEqual(400);
    expect(r.figures.at(-1)!).toMatchObject({ value: 18_999 % 97, line: seedText.split('\n').length + 1 + 18_999 });
    expect(r.figures.at(-1)!.sentence).toMatch(/第18999批，办理84件$/);
  });
});

describe('import limits', () => {
  // 130,000 subheadings: more passages than a call can take as arguments.
  const subheadings = `${seedText}\n${Array.from({ length: 130_000 }, (_, i) => `${(i % 9) + 1}、工作`).join('\n')}\n`;

  it('more lines than a report may have: a clear error naming the file, the count and the limit', () => {
    const file = write('many-lines.txt', subheadings);
    const lines = subheadings.split(/\r?\n|\r/).length.toLocaleString('en');
    expect(() => readReport(file)).toThrow(`${file}: ${lines} lines, more than the limit of 100,000 (raise it with GONGKAI_IMPORT_MAX_LINES)`);
  });

  it('with the line limit raised, 130,000 passages import without overflowing the call stack', () => {
    const r = readReport(write('many-passages.txt', subheadings), { limits: { ...DEFAULT_LIMITS, lines: 200_000 } });
    expect(r.prose.length).toBeGreaterThan(130_000);
    expect(r.requests.rows.granted!.cells.total).toMatchObject({ value: 32 });
  });

  it('the report repeated 5,000 times (36 MB) is refused unread; --max-mb and GONGKAI_IMPORT_MAX_MB raise the size limit, and the line limit still holds', () => {
    const file = write('repeated.txt', seedText.repeat(5000));
    const kb = join(dir, 'kb-repeated');
    const plain = gongkai(['import', file, '--kb', kb]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain(`${file}: 34.2 MB, more than the limit of 20 MB (raise it with --max-mb or GONGKAI_IMPORT_MAX_MB)`);
    for (const raised of [gongkai(['import', file, '--kb', kb, '--max-mb', '40']), gongkai(['import', file, '--kb', kb], { GONGKAI_IMPORT_MAX_MB: '40' })]) {
      expect(raised.code).toBe(1);
      expect(raised.stderr).toContain(`${file}: 445,001 lines, more than the limit of 100,000 (raise it with GONGKAI_IMPORT_MAX_LINES)`);
    }
    expect(gongkai(['list', '--kb', kb]).stdout).toContain('no reports');
  });

  it('a device or a pipe, which has no size, is read only as far as the limit', () => {
    const limits = { ...DEFAULT_LIMITS, fileBytes: 1024 * 1024 };
    expect(() => readReport('/dev/zero', { limits })).toThrow('/dev/zero: longer than the limit of 1 MB (raise it with --max-mb or GONGKAI_IMPORT_MAX_MB)');
  });

  it('more prose figures than a report may have: a clear error', () => {
    const file = write('many-figures.txt', `${seedText}\n${Array.from({ length: 21_000 }, (_, i) => `办理${i % 97}件。`).join('\n')}\n`);
    expect(() => readReport(file)).toThrow(`${file}: 21,018 figures in its prose, more than the limit of 20,000 (raise it with GONGKAI_IMPORT_MAX_FIGURES)`);
  });

  it('a report at the limits imports, and asking for its 其他需要报告的事项 answers in bounded time', () => {
    const lines = Array.from({ length: 99_000 }, (_, i) => (i % 5 ? '其他事项已按要求办理完毕，群众满意' : `其他事项办理${i % 97}件。`));
    const r = readReport(write('at-limits.txt', `${seedText}\n${lines.join('\n')}\n`));
    expect(r.figures.length).toBeLessThanOrEqual(DEFAULT_LIMITS.figures);
    const kb = new KnowledgeBase([r]);
    const t = performance.now();
    const { answer } = respond('其他需要报告的事项', kb);
    expect(answer.kind).toBe('text');
    expect(performance.now() - t).toBeLessThan(10_000);
  });

  it('limits from the environment: sizes in MB, counts as whole numbers, anything else refused by name', () => {
    expect(readImportLimits({ GONGKAI_IMPORT_MAX_MB: '1.5', GONGKAI_IMPORT_MAX_LINES: '500' })).toMatchObject({ fileBytes: 1.5 * 1024 * 1024, lines: 500, figures: 20_000 });
    expect(() => readImportLimits({ GONGKAI_IMPORT_MAX_FIGURES: 'lots' })).toThrow('GONGKAI_IMPORT_MAX_FIGURES=lots: expected a whole number greater than 0');
    expect(cli(['import', SEED, '--kb', join(dir, 'kb-flag'), '--max-mb', '0']).stderr).toContain('--max-mb=0: expected a size in MB greater than 0');
  });
});

describe('a text cut in the middle of a character', () => {
  const bytes = Buffer.from(seedText.slice(0, seedText.indexOf('五、存在的主要问题')) + '五、存在的主要问题及改进情况\n\n(一) 存在问题。一是依申请公开', 'utf8');

  it('UTF-8 cut inside a three-byte character is a partial report with a warning, not binary', () => {
    const file = write('cut-utf8.txt', bytes.subarray(0, bytes.length - 1));
    const r = readReport(file);
    expect(r.meta.source.encoding).toBe('utf-8');
    expect(r.requests.rows.granted!.cells.total).toMatchObject({ value: 32 });
    expect(r.warnings.map((w) => w.code)).toEqual(['partial', 'truncated']);
    expect(r.warnings[1]!.message).toBe('the file ends in the middle of a character (utf-8): it was cut short, and that character is left out');
    expect(r.prose.at(-1)!.text).toMatch(/一是依申请公$/);
    const res = cli(['import', file, '--kb', join(dir, 'kb-cut')]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('2 warnings');
  });

  it('GBK cut after the first byte of a character, and UTF-16 cut after an odd byte, the same', () => {
    const gbk = iconv.encode(bytes.toString('utf8'), 'gbk');
    const g = readReport(write('cut-gbk.txt', gbk.subarray(0, gbk.length - 1)));
    expect(g.meta.source.encoding).toBe('gb18030');
    expect(g.warnings.map((w) => w.code)).toEqual(['partial', 'truncated']);
    expect(g.prose.at(-1)!.text).toMatch(/一是依申请公$/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
    const u = readReport(write('cut-utf16.txt', utf16.subarray(0, utf16.length - 1)));
    expect(u.warnings.map((w) => w.code)).toEqual(['partial', 'truncated']);
    expect(u.prose.at(-1)!.text).toMatch(/一是依申请公$/);
  });

  it('a whole file is not called truncated, and bytes that are not text still are not text', () => {
    expect(readReport(SEED).warnings).toEqual([]);
    const garbled = Buffer.concat([bytes.subarray(0, 200), Buffer.alloc(400, 0xff)]);
    expect(() => readReport(write('garbled.txt', garbled))).toThrow(/garbled\.txt: not a text file/);
  });
});
