// What the matcher builds from the catalogue at start (its lexicon and loosely-said forms, each
// figure's vocabulary), kept between runs in KB/.cache: building it normalises and cuts a few
// thousand phrases, most of a one-shot answer's time. The file is named by a hash of what it is
// made by (the code and catalogue of understanding, the segmenter's and the converter's versions),
// so any change builds it anew. Answers never depend on the file: what it lacks, or holds in
// another shape, is built on the spot, and a file that cannot be read or written is built again
// next time. While building, each phrase's forms are remembered in memory (a phrase is normalised
// for the lexicon and again for the vocabularies).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keepEntry } from '../kb/files.ts';
import { cacheDir } from './compiled.ts';

type Table = Record<string, unknown>;

const NAME = 'phrase-forms';
let tables: Record<string, Table> | undefined;
let file: string | undefined;
let changed = false;

/**
 * Every file the forms are made by: this folder's and the catalogue's sources (in a bundle, the
 * bundle, by the hash its build noted), and the versions of the packages used.
 */
function key(): string {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  hash.update(String((require('../../package.json') as { version: string }).version)).update('\0');
  for (const pkg of ['@node-rs/jieba', 'opencc-js']) hash.update(versionOf(require.resolve(pkg), pkg)).update('\0');
  // A bundle is named by its build (dist/.built holds the bundle's hash), not read again.
  const build = join(import.meta.dirname, '..', '.built');
  if (existsSync(build)) return hash.update(readFileSync(build)).digest('hex').slice(0, 16);
  for (const folder of [import.meta.dirname, join(import.meta.dirname, '..', 'catalogue')]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (!statSync(path).isFile()) continue;
      hash.update(name).update('\0').update(readFileSync(path)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** A package's version, from the package.json above its entry (opencc-js does not export its package.json). */
function versionOf(entry: string, name: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (found === name) return String(version);
  }
  return '';
}

function open(): Record<string, Table> {
  if (tables) return tables;
  tables = {};
  const dir = cacheDir();
  if (!dir) return tables;
  try {
    file = join(dir, `${NAME}-${key()}.json`);
    const read: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (read && typeof read === 'object' && !Array.isArray(read)) {
      for (const [name, table] of Object.entries(read)) if (table && typeof table === 'object' && !Array.isArray(table)) tables[name] = table as Table;
    }
  } catch {
    // none yet, or unreadable: made again
  }
  return tables;
}

export const isText = (v: unknown): v is string => typeof v === 'string';
export const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/** The form named `table` of `phrase`: remembered when it is of the kind `valid` accepts, else made by `make`. */
export function formOf<T>(table: string, phrase: string, valid: (v: unknown) => v is T, make: (phrase: string) => T): T {
  const t = (open()[table] ??= Object.create(null) as Table);
  const kept = Object.hasOwn(t, phrase) ? t[phrase] : undefined;
  if (valid(kept)) return kept;
  const out = make(phrase);
  t[phrase] = out;
  changed = true;
  return out;
}

/** Writes the forms made since the file was read (atomically); a place that cannot be written keeps none. */
export function keepForms(): void {
  if (!changed || !file) return;
  changed = false;
  // Only what is built whole: the single phrases' forms only serve to build it, once per version.
  keepEntry(cacheDir()!, NAME, file, JSON.stringify({ built: tables!.built ?? {} }));
}
/** A catalogue phrase normalised (remembered). */
export const normalisedPhrase = (phrase: string, normalise: (s: string) => string): string => formOf('normalised', phrase, isText, normalise);

/** What `make` builds from the catalogue, remembered whole under `name` when `valid` accepts it. */
export function builtOnce<T>(name: string, valid: (v: unknown) => v is T, make: () => T): T {
  return formOf('built', name, valid, make);
}
