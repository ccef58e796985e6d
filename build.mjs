// `npm run build`: the command as one bundle, so that a command loads a handful of files instead
// of a few hundred modules (on Node 20 each module costs a resolve, a read and a compile, most of
// a one-shot answer's start). esbuild bundles src/ and zod (its 95 modules load with every
// answer) into dist/cli/, splitting off what only some commands load (the readers, the server,
// the channels); the other packages load from node_modules as before. The types are checked by
// `npm run typecheck`, not here.
import { build } from 'esbuild';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = import.meta.dirname;
const dist = `${root}/dist`;
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [`${root}/src/cli/main.ts`],
  outdir: `${dist}/cli`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [{
    name: 'packages-from-node-modules',
    setup(b) {
      // Every package loads from node_modules, except zod, which travels in the bundle: it is
      // most of what loads before a first answer.
      b.onResolve({ filter: /^[^./]/ }, (args) => (/^zod(\/|$)/.test(args.path) ? undefined : { path: args.path, external: true }));
      // zod's messages in 40 languages are half of it; its errors are read in English only (and
      // `z.locales` is used nowhere), so the bundle keeps English, which zod sets itself.
      b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/](?:classic|core)$/.test(args.resolveDir)
        ? { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-english' }
        : undefined));
      b.onLoad({ filter: /.*/, namespace: 'zod-english' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
        resolveDir: dirname(args.path),
      }));
    },
  }],
  logLevel: 'warning',
});
// The page's files, beside the code that serves them (it finds them next to itself).
cpSync(`${root}/src/channels/http/public`, `${dist}/cli/public`, { recursive: true });
writeFileSync(`${dist}/.built`, new Date().toISOString());
