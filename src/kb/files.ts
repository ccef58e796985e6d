// Files written whole or not at all: the text goes to a temp file beside the target, renamed over
// it, so that a reader (another process, the folder's watcher) never sees half a file and a write
// that fails leaves the file before it in place.
import { existsSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Writes `text` to `file` atomically; a write that fails removes its temp file and throws. */
export function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw err;
  }
}

/**
 * Keeps an entry of a cache folder: `file` (in `dir`, named `name-KEY` and an extension) written
 * atomically in place of the older entries of its name, which were made from an older source. A
 * place that cannot be written keeps none: the entry is made again next time.
 */
export function keepEntry(dir: string, name: string, file: string, text: string): void {
  try {
    // Only beside a folder that exists: a mistyped --kb must not create one.
    if (!existsSync(dir)) mkdirSync(dir);
    // Another process's temp file of the same name is not an older entry.
    for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`) && old.endsWith(extname(file)) && join(dir, old) !== file) unlinkSync(join(dir, old));
    writeAtomically(file, text);
  } catch {
    // a read-only place
  }
}
