// The dev question set through the real command line, graded by the project's own grader.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEV = fileURLToPath(new URL('../../shared/eval/dev.jsonl', import.meta.url));
const GRADE = fileURLToPath(new URL('../../shared/eval/grade.mjs', import.meta.url));
const KNOWLEDGE = fileURLToPath(new URL('../knowledge/zhoukou-zhujianju-2024.json', import.meta.url));

// The sets and the grader live in ../shared, beside the clone: without them those tests skip, and say so.
const absent = [GRADE, DEV, fileURLToPath(new URL('../../shared/eval/dev2.jsonl', import.meta.url))].filter((f) => !existsSync(f));
if (absent.length) console.warn(`dev question sets skipped: ${absent.join(', ')} absent${existsSync(GRADE) ? '' : ' (the extra and probe sets need its grader too)'}`);

describe.runIf(existsSync(DEV) && existsSync(KNOWLEDGE))('the dev set', () => {
  it('passes grade.mjs through `gongkai ask --jsonl` (≥95 %, no wrong number)', () => {
    const questions = spawnSync('node', [GRADE, '--strip', DEV], { encoding: 'utf8' }).stdout;
    const ask = spawnSync('node', ['bin/gongkai.js', 'ask', '--jsonl', '--kb', 'knowledge'], { cwd: root, input: questions, encoding: 'utf8' });
    expect(ask.status, ask.stderr).toBe(0);
    const answers = ask.stdout.trim().split('\n');
    expect(answers).toHaveLength(questions.trim().split('\n').length);
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-dev-'));
    const out = join(dir, 'answers.jsonl');
    writeFileSync(out, ask.stdout);
    const graded = spawnSync('node', [GRADE, DEV, out, '--show'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(graded.stdout).toMatch(/wrong numbers 0/);
    expect(graded.status, graded.stdout).toBe(0);
  });

  it('`gongkai eval` grades the same way', () => {
    const run = spawnSync('node', ['bin/gongkai.js', 'eval', DEV, '--kb', 'knowledge'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/wrong numbers 0/);
    expect(readFileSync(DEV, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(0);
  });
});

// Our own question set about the seed (hand-checked against its tables): phrasing the dev set does
// not use, breakdowns, stated rates, places we have no report for, and follow-ups.
const EXTRA = fileURLToPath(new URL('./fixtures/questions-extra.jsonl', import.meta.url));
// A second set, written without looking at how the bot reads questions: plain citizen, staff and
// operator phrasings, English, traditional characters, and questions it must not answer.
const PROBE = fileURLToPath(new URL('./fixtures/questions-probe.jsonl', import.meta.url));

// The second dev set, written independently of the code: wrong numbers are a hard gate, and its
// accuracy may not fall below what the understanding reaches today.
const DEV2 = fileURLToPath(new URL('../../shared/eval/dev2.jsonl', import.meta.url));

describe.runIf(existsSync(GRADE) && existsSync(KNOWLEDGE)).each([
  ['the extra question set', EXTRA, '0.95'],
  ['the probe question set', PROBE, '0.95'],
  ...(existsSync(DEV2) ? [['the independent dev set (dev2)', DEV2, '0.92']] : []),
])('%s', (_name, set, min) => {
  it(`passes grade.mjs through \`gongkai ask --jsonl\` (≥${Number(min) * 100} %, no wrong number)`, () => {
    const questions = spawnSync('node', [GRADE, '--strip', set], { encoding: 'utf8' }).stdout;
    expect(questions.trim().split('\n').length).toBeGreaterThanOrEqual(60);
    const ask = spawnSync('node', ['bin/gongkai.js', 'ask', '--jsonl', '--kb', 'knowledge'], {
      cwd: root, input: questions, encoding: 'utf8', env: { ...process.env, GONGKAI_LLM: '', GONGKAI_DEFAULT_REPORT: '' },
    });
    expect(ask.status, ask.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-extra-'));
    const out = join(dir, 'answers.jsonl');
    writeFileSync(out, ask.stdout);
    const graded = spawnSync('node', [GRADE, set, out, '--min', min, '--max-wrong', '0', '--show'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(graded.stdout).toMatch(/wrong numbers 0/);
    expect(graded.status, graded.stdout).toBe(0);
  });
});

describe('gongkai ask --jsonl', () => {
  const askLines = (input: string) => {
    const run = spawnSync('node', ['bin/gongkai.js', 'ask', '--jsonl', '--kb', 'knowledge'], { cwd: root, input, encoding: 'utf8', env: { ...process.env, GONGKAI_LLM: '' } });
    expect(run.status).toBe(0);
    return run.stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l));
  };

  it('answers one line per question, in order, echoing ids even of lines that lack a question', () => {
    const input = ['{"id":"a","question":"有多少申请予以公开？"}', '', '部分公开多少件？', '{"id":5}', '{not json'].join('\n');
    const answers = askLines(input);
    expect(answers.map((a) => [a.id, a.value])).toEqual([['a', 32], [undefined, null], [undefined, 51], [5, null], [undefined, null]]);
    expect(answers[1]).toMatchObject({ kind: 'error', question: '', error: { code: 'empty_question' } });
    expect(answers[3]).toMatchObject({ id: 5, kind: 'error' });
  });

  it('one line out per line in, whatever the line endings and blank lines', () => {
    // \r\n ends a line; a lone \r is inside one; blank and whitespace-only lines are error lines.
    const input = '有多少申请予以公开？\r\n   \n\n部分\r公开多少件？\n\t\r\n{"id":9,"question":"有多少申请予以公开？"}\r\n行政复议有多少件？';
    const answers = askLines(input);
    expect(answers).toHaveLength(7);
    expect(answers.map((a) => a.kind === 'error')).toEqual([false, true, true, false, true, false, false]);
    expect(answers[0].value).toBe(32);
    expect(answers[5]).toMatchObject({ id: 9, value: 32 });
    expect(answers[6].value).toBe(9);
  });
});
