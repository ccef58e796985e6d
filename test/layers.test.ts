// The modules depend one way: report/ reads files into reports and knows nothing of the knowledge
// base; kb/ stores reports and reads them through report/. The answer path keeps to its own rules,
// and the whole of src/ to one order of layers with no import loop.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
  const calls = ['understand', 'answer'].flatMap((d) => readdirSync(join(ROOT, 'src', d), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    .flatMap((f) => readFileSync(join(ROOT, 'src', d, f), 'utf8').split('\n').flatMap((line, i) => (/\.map\(/.test(line) ? [`${d}/${f}:${i + 1}`] : []))));
  expect(calls).toEqual([]);
});

// The whole order, lowest first: a module imports only from its own layer or a lower one, so each
// layer can be read knowing only what lies below it. arrays.ts, errors.ts and question-limit.ts
// import nothing and serve every layer. The catalogue is the format as data, read by all. llm/ (the optional model)
// reads the catalogue, the kb and understand/'s measures, and answer() takes its reader: it sits
// between understand/ and answer/. store/ (key-value storage, the conversation stores) needs only
// errors.ts, and answer/ keeps conversations in it: it sits below answer/. channels/ adapt
// answer() to a medium, and cli/ wires channels and commands together on top.
const LAYERS = ['arrays.ts errors.ts question-limit.ts', 'catalogue', 'report', 'kb', 'understand', 'llm', 'store', 'answer', 'channels', 'cli'];
const rankOf = (file: string): number => LAYERS.findIndex((l) => l.split(' ').includes(file.split('/')[0]!));

/** Every module of src/ with the modules of src/ it imports (`import type`, re-exports and `import()` too). */
function importGraph(): Map<string, string[]> {
  const src = join(ROOT, 'src');
  const graph = new Map<string, string[]>();
  for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue;
    const file = entry.split(sep).join('/');
    const text = readFileSync(join(src, entry), 'utf8');
    graph.set(file, [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]*)['"]/g)]
      .map((m) => relative(src, resolve(src, dirname(entry), m[1]!)).split(sep).join('/')));
  }
  return graph;
}

it('every module of src/ sits in a layer, and imports only from its own layer or lower ones', () => {
  const graph = importGraph();
  expect([...graph.keys()].filter((f) => rankOf(f) < 0)).toEqual([]);
  const upward = [...graph].flatMap(([file, deps]) => deps.filter((d) => rankOf(d) > rankOf(file)).map((d) => `${file} → ${d}`));
  expect(upward).toEqual([]);
});

it('src/ has no import loop', () => {
  const graph = importGraph();
  const done = new Set<string>();
  const loops: string[] = [];
  const visit = (file: string, path: string[]): void => {
    const at = path.indexOf(file);
    if (at >= 0) { loops.push([...path.slice(at), file].join(' → ')); return; }
    if (done.has(file) || !graph.has(file)) return;
    for (const dep of graph.get(file)!) visit(dep, [...path, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  expect(loops).toEqual([]);
});

// Understanding is read by people who extend it: each file small enough to hold in mind, and its
// language (Chinese words and patterns) declared once in src/catalogue/, never written into code.
const understandFiles = () => readdirSync(join(ROOT, 'src', 'understand'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
  .map((f) => [f, readFileSync(join(ROOT, 'src', 'understand', f), 'utf8')] as const);

it('no file of understand/ is over 300 lines', () => {
  const long = understandFiles().flatMap(([f, text]) => { const n = text.split('\n').length - (text.endsWith('\n') ? 1 : 0); return n > 300 ? [`${f}: ${n}`] : []; });
  expect(long).toEqual([]);
});

it('understand/ writes no Chinese word or pattern: its language is in src/catalogue/', () => {
  const han = /\p{Script=Han}/u;
  const code = (line: string) => line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');
  const found = understandFiles().flatMap(([f, text]) => text.split('\n').flatMap((line, i) => (han.test(code(line)) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
  expect(found).toEqual([]);
});
