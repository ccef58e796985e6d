// Which knowledge files were already checked against the report's shape, kept in KB/.cache so
// that a one-shot command does not check (nor build the shape for) a file it checked on an
// earlier run: most of loading a knowledge base. A file counts as checked while it is the very
// write that was checked (its inode, modification time and size) and the shape is the one it was
// checked against (gongkai's version and the file the shape is written in); anything else (an
// edited, replaced or new file, another build) is checked again, with the usual clear error.
// Only a file that the check leaves exactly as read is noted, so a file read unchecked is the
// report the check would have given. The notes are written atomically, and not at all in a
// place that cannot be written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPE_SOURCE } from '../report/schema.ts';
import { keepEntry } from './files.ts';
import { cacheDirOf } from './paths.ts';

const NAME = 'checked';

interface Notes {
  file: string;
  checked: Record<string, string>;
  changed: boolean;
}

/** By folder of notes (KB/.cache, or GONGKAI_CACHE_DIR). */
const notes = new Map<string, Notes>();
let key: string | undefined;
let keptAtExit = false;

function shapeKey(): string {
  if (key) return key;
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
  const shape = statSync(fileURLToPath(SHAPE_SOURCE));
  key = createHash('sha256').update(`${version}\0${shape.size}\0${shape.mtimeMs}`).digest('hex').slice(0, 16);
  return key;
}

function notesFor(reportFile: string): Notes {
  const dir = cacheDirOf(dirname(reportFile));
  let n = notes.get(dir);
  if (n) return n;
  n = { file: join(dir, `${NAME}-${shapeKey()}.json`), checked: Object.create(null) as Record<string, string>, changed: false };
  try {
    const read: unknown = JSON.parse(readFileSync(n.file, 'utf8'));
    if (read && typeof read === 'object' && !Array.isArray(read)) {
      for (const [file, version] of Object.entries(read)) if (typeof version === 'string') n.checked[file] = version;
    }
  } catch {
    // none yet, or unreadable: every file is checked
  }
  notes.set(dir, n);
  return n;
}

/** Whether this write of `file` (its `fileVersion`, taken before reading it) was checked before. */
export function checkedBefore(file: string, version: string | undefined): boolean {
  return version !== undefined && notesFor(file).checked[resolve(file)] === version;
}

/** Notes that this write of `file` passed the check unchanged; written when the current work is done. */
export function noteChecked(file: string, version: string | undefined): void {
  if (version === undefined) return;
  const n = notesFor(file);
  const path = resolve(file);
  if (n.checked[path] === version) return;
  n.checked[path] = version;
  if (!n.changed) {
    n.changed = true;
    setImmediate(keepNotes);
    if (!keptAtExit) process.once('exit', keepNotes);
    keptAtExit = true;
  }
}

function keepNotes(): void {
  for (const n of notes.values()) {
    if (!n.changed) continue;
    n.changed = false;
    // Files since removed are forgotten.
    for (const file of Object.keys(n.checked)) if (!existsSync(file)) delete n.checked[file];
    // A place that cannot be written: checked again next time.
    keepEntry(dirname(n.file), NAME, n.file, JSON.stringify(n.checked));
  }
}
