// What the understanding compiles from the catalogue and the segmenter's dictionary at start, kept
// on disk between runs so that a one-shot command does not redo it: the dictionary filtered to the
// words questions use takes a scan of 350,000 lines. An entry is a file named by what it was made
// from (a hash), so a new catalogue or dictionary makes a new entry; one that cannot be written
// (a read-only install) is simply made again next time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepEntry } from '../kb/files.ts';

let dir: string | undefined = process.env.GONGKAI_CACHE_DIR || undefined;

/** Where compiled entries are kept (beside the knowledge base: KB/.cache); unset keeps none. */
export function useCacheDir(path: string | undefined): void {
  dir = process.env.GONGKAI_CACHE_DIR || path;
}

/** Where compiled entries are kept, if anywhere. */
export const cacheDir = (): string | undefined => dir;

/** The entry `name` made from `source`, read from the cache or made by `make` and stored. */
export function compiled(name: string, source: string, make: () => string): string {
  return compiledBytes(name, source, make).toString('utf8');
}

/** The same as bytes, for a reader that takes bytes (the segmenter's dictionary): read without decoding. */
export function compiledBytes(name: string, source: string, make: () => string): Buffer {
  if (!dir) return Buffer.from(make());
  const key = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const file = join(dir, `${name}-${key}.txt`);
  try {
    return readFileSync(file);
  } catch {
    // not made yet
  }
  const text = make();
  keepEntry(dir, name, file, text);
  return Buffer.from(text);
}
