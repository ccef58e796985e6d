#!/usr/bin/env node
// Runs the bundle in dist/ (built by `npm run build`, and by `prepare` wherever esbuild is
// installed, so a packed install ships it). In a checkout whose src/ is newer than
// dist/, the sources run through tsx, so a developer never runs stale code. Falling back to tsx
// is said on stderr: always when dist/ is missing from an installed package, and to a person at
// a terminal in a checkout (scripts and tests that read stderr get only the command's output).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', '.built');
const src = join(root, 'src');
const checkout = existsSync(join(root, 'tsconfig.json'));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const distUsable = existsSync(built) && (!existsSync(src) || statSync(built).mtimeMs >= newestSource(src));
if (distUsable) {
  await import('../dist/cli/main.js');
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
