// The forms of the catalogue's phrases kept in KB/.cache between runs only save time: answers are
// the same, to the byte, without the file, with it, and with a broken or unwritable one.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.ts';

const questions = ['questions-extra.jsonl', 'questions-probe.jsonl']
  .flatMap((f) => readFileSync(join(ROOT, 'test', 'fixtures', f), 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.stringify({ question: (JSON.parse(line) as { question: string }).question }))
  .join('\n');

function kbWithSeed(): string {
  const kb = tempDir();
  copyFileSync(join(ROOT, 'knowledge', 'zhoukou-zhujianju-2024.json'), join(kb, 'zhoukou-zhujianju-2024.json'));
  return kb;
}
const answers = (kb: string) => {
  const r = cli(['ask', '--jsonl', '--kb', kb, '--today', '2025-06-01'], questions);
  expect(r.code).toBe(0);
  return r.stdout;
};
const formsFile = (kb: string) => readdirSync(join(kb, '.cache')).filter((f) => f.startsWith('phrase-forms-'));

describe("the catalogue's phrase forms kept beside the knowledge base", () => {
  it('answer every fixture question alike with no file, with the file, and with a broken or unwritable one', () => {
    const kb = kbWithSeed();
    const cold = answers(kb);
    expect(cold.split('\n').filter(Boolean)).toHaveLength(questions.split('\n').length);
    expect(formsFile(kb)).toHaveLength(1);
    const file = join(kb, '.cache', formsFile(kb)[0]!);
    const kept = readFileSync(file, 'utf8');
    expect(answers(kb)).toBe(cold);
    // read, not made again: the file is left as it was
    expect(readFileSync(file, 'utf8')).toBe(kept);

    // cut short, or of another shape: ignored, and made again
    writeFileSync(file, kept.slice(0, kept.length / 2));
    expect(answers(kb)).toBe(cold);
    expect(readFileSync(file, 'utf8')).toBe(kept);
    writeFileSync(file, JSON.stringify({ normalised: ['x'], loose: { 复议后起诉: 7 }, subwords: null }));
    expect(answers(kb)).toBe(cold);

    // a .cache that is a file cannot hold the forms: answered all the same
    const blocked = kbWithSeed();
    writeFileSync(join(blocked, '.cache'), 'not a folder');
    expect(answers(blocked)).toBe(cold);
  });
});
