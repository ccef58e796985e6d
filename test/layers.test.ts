// The modules depend one way: report/ reads files into reports and knows nothing of the knowledge
// base; kb/ stores reports and reads them through report/. The answer path keeps to its own rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

it('report/ imports nothing from kb/', () => {
  const dir = join(ROOT, 'src', 'report');
  const imports = readdirSync(dir).filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/from '(\.\.\/kb\/[^']*)'/g)].map((m) => `${f}: ${m[1]}`));
  expect(imports).toEqual([]);
});

// Answering makes its arrays with `mapped` (src/arrays.ts), never `Array.prototype.map`, whose
// result changes shape with the engine's tier and keeps the answer path from settling.
it('understand/ and answer/ make their arrays with mapped', () => {
  const calls = ['understand', 'answer'].flatMap((d) => readdirSync(join(ROOT, 'src', d)).filter((f) => f.endsWith('.ts'))
    .flatMap((f) => readFileSync(join(ROOT, 'src', d, f), 'utf8').split('\n').flatMap((line, i) => (/\.map\(/.test(line) ? [`${d}/${f}:${i + 1}`] : []))));
  expect(calls).toEqual([]);
});
