#!/usr/bin/env node
// Runs the bundle in dist/ (built by `npm run build`, and by `prepare` wherever esbuild is
// installed, so a packed install ships it). In a checkout whose src/ is newer than
// dist/, the sources run through tsx, so a developer never runs stale code. Falling back to tsx
// is said on stderr: always when dist/ is missing from an installed package, and to a person at
// a terminal in a checkout (scripts and tests that read stderr get only the command's output).
import { createRequire } from 'node:module';

// Node's own modules by require: an ES module's import of one builds a wrapper of it, at a cost.
const require = createRequire(import.meta.url);
const { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', '.built');
const src = join(root, 'src');
const checkout = existsSync(join(root, 'tsconfig.json'));

/** Whether a file under `dir` changed after `time` (ms); stops at the first. */
function changedSince(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() ? changedSince(path, time) : statSync(path).mtimeMs > time) return true;
  }
  return false;
}

// The commands whose compiled code is kept apart: each compiles a different part of the bundle.
const COMMANDS = new Set(['import', 'check', 'show', 'list', 'generate', 'ask', 'chat', 'eval', 'serve', 'wechat']);

/**
 * Runs the bundle as CommonJS does, with V8's compiled code of it kept in `cacheDir` (one file per
 * command and Node version: Node 20 compiles an ES module anew on every run, most of a one-shot
 * answer's start). The code is kept after the command has run, so that it holds every function
 * the command compiled, not only the top level. V8 refuses code of another build of the bundle or
 * of V8 (then it compiles as usual and the code is written again); dist/ built anew starts empty.
 * Written atomically, and not at all where the folder cannot be written.
 */
function runBundle(file, cacheDir) {
  const command = COMMANDS.has(process.argv[2]) ? process.argv[2] : 'other';
  const cacheFile = join(cacheDir, `${command}-${process.version}.v8`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname, __gongkaiImportFromBin) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => keepCode(script, cacheDir, cacheFile));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
}

function keepCode(script, cacheDir, cacheFile) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    accessSync(cacheDir, constants.W_OK);
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // Not kept: the next run compiles as this one did.
  }
}

/**
 * Where compiled code is kept: GONGKAI_CACHE_DIR when set; else dist/.cache beside the bundle; else,
 * when dist/ belongs to another user (a global install), the user's own cache folder.
 */
function codeCacheDir() {
  if (process.env.GONGKAI_CACHE_DIR) return process.env.GONGKAI_CACHE_DIR;
  const dist = join(root, 'dist');
  try {
    accessSync(dist, constants.W_OK);
    return join(dist, '.cache');
  } catch {
    const home = process.env.XDG_CACHE_HOME || join(require('node:os').homedir(), '.cache');
    return join(home, 'gongkai', root.replace(/[^A-Za-z0-9]+/g, '_'));
  }
}

const distUsable = existsSync(built) && (!existsSync(src) || !changedSince(src, statSync(built).mtimeMs));
if (distUsable) {
  runBundle(join(root, 'dist', 'cli', 'main.cjs'), codeCacheDir());
} else {
  if (!existsSync(src)) {
    process.stderr.write('gongkai: dist/ is missing and there are no sources to run; reinstall the package\n');
    process.exit(1);
  }
  if (!checkout || process.stderr.isTTY) {
    process.stderr.write(`gongkai: running the TypeScript sources through tsx (${existsSync(built) ? 'dist/ is older than src/' : 'dist/ is not built'}; npm run build makes it)\n`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
