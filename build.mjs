// `npm run build`: the command as one script, dist/cli/main.cjs, so that a command loads one file
// instead of a few hundred modules (on Node 20 each module costs a resolve, a read and a
// compile), and so that bin/gongkai.js can keep V8's compiled code of it between runs (Node 20
// caches compiled code for scripts only, not for ES modules). esbuild bundles src/ and zod (its 95
// modules load with every answer), commander and lru-cache; the parts only some commands use (the readers, the server,
// the channels) are in it too but run only when first imported, and V8 compiles a function only
// when it first runs. The other packages load from node_modules as before (their CommonJS form;
// pdfjs-dist, pino, wechaty and keyv's stores by `import()`, as in the sources). The types are
// checked by `npm run typecheck`, not here.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = import.meta.dirname;
const dist = `${root}/dist`;
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [`${root}/src/cli/main.ts`],
  outfile: `${dist}/cli/main.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The sources are ES modules: where they ask for their own place, the script gives its own
  // (dist/cli/main.cjs sits two folders below package.json, as src/cli/main.ts does).
  define: { 'import.meta.url': '__gongkaiUrl', 'import.meta.dirname': '__dirname' },
  banner: { js: [
    'var __gongkaiUrl = require("node:url").pathToFileURL(__filename).href;',
    // V8 loses what a script's `import()` needs when its code comes from the cache (Node 20), so
    // the packages imported by `import()` are imported by bin/gongkai.js on the bundle's behalf.
    'var __gongkaiImport = typeof __gongkaiImportFromBin === "function" ? __gongkaiImportFromBin : (s) => import(s);',
  ].join('\n') },
  plugins: [{
    name: 'packages-from-node-modules',
    setup(b) {
      // Every package loads from node_modules, except the plain-JavaScript ones every command
      // loads, which travel in the bundle (and so in its kept compiled code): zod (95 modules, most
      // of what loaded before a first answer), commander and lru-cache.
      b.onResolve({ filter: /^[^./]/ }, (args) => (/^(zod|commander|lru-cache)(\/|$)/.test(args.path) ? undefined : { path: args.path, external: true }));
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
// What the sources import by `import()` (packages: the bundle's own modules are in it), through
// the banner's function.
const bundle = `${dist}/cli/main.cjs`;
// A package published in both forms gives the bundle its CommonJS form, whose `exports.default`
// is the default its ES module form exports (keyv's `Keyv`), not the whole `module.exports` that
// Node gives an ES module importing a CommonJS-only package (fastify, mammoth...).
const dual = (name) => {
  const { exports } = JSON.parse(readFileSync(`${root}/node_modules/${name.match(/^(@[^/]+\/)?[^/]+/)[0]}/package.json`, 'utf8'));
  return JSON.stringify(exports ?? {}).includes('"import"');
};
writeFileSync(bundle, readFileSync(bundle, 'utf8')
  .replace(/\bimport\((?="[^"./][^"]*"\))/g, '__gongkaiImport(')
  .replace(/__toESM\(require\("([^"]+)"\), 1\)/g, (all, name) => (dual(name) ? `__toESM(require("${name}"))` : all)));
// The page's files, beside the code that serves them (it finds them next to itself).
cpSync(`${root}/src/channels/http/public`, `${dist}/cli/public`, { recursive: true });
// When, and what: the bundle's hash names what is kept from it (the matcher's forms in KB/.cache).
writeFileSync(`${dist}/.built`, `${new Date().toISOString()}\n${createHash('sha256').update(readFileSync(bundle)).digest('hex')}\n`);
