// A knowledge base that follows its folder while the server runs: a report added or replaced there
// (by `gongkai import`, the admin endpoint, or a copy) is answered from without a restart. The
// folder is watched (fs.watch, its events gathered for a moment) and checked on a timer as well,
// since fs.watch misses changes on some file systems (NFS, some containers). A change builds a new
// KnowledgeBase, rereading only the files whose version changed, and swaps it in whole: a question
// takes the knowledge base current when it arrives and answers from that one to the end, so no
// answer mixes two versions.
import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';
import type { Report } from '../report/schema.ts';
import { KnowledgeBase } from './index.ts';
import { kbVersions, readReportFile, reportPath } from './store.ts';

export interface LiveKnowledge {
  /** the knowledge base of the moment: take it once per question */
  current(): KnowledgeBase;
  /** reads the folder again now; true when something changed */
  refresh(): boolean;
  stop(): void;
}

export interface WatchOptions {
  /** quiet time after the last event before the folder is read (ms) */
  debounceMs?: number;
  /** the check on a timer, for file systems whose events do not arrive (ms; 0: none) */
  pollMs?: number;
  /** hears each swap, and each file that could not be read (the report stored before is kept) */
  onChange?: (change: { reports: number; added: string[]; replaced: string[]; removed: string[] }) => void;
  onError?: (file: string, err: Error) => void;
}

/** Whether a name in the folder is a knowledge file (not a temp file of a write, the lock or the cache). */
const isKnowledgeFile = (name: string | null) => !name || (name.endsWith('.json') && !name.startsWith('.'));

export function liveKnowledge(dir: string, initial: KnowledgeBase, opts: WatchOptions = {}): LiveKnowledge {
  const { debounceMs = 200, pollMs = 30_000 } = opts;
  let kb = initial;
  let versions = kbVersions(dir);
  // Which report each file holds, to know what a removed or replaced file took away. A file is
  // named by its report's id when the import wrote it; one copied in under another name is read.
  const held = new Map<string, Report>();
  for (const file of versions.keys()) {
    const r = initial.get(basename(file, '.json'));
    if (r && reportPath(dir, r.id) === file) held.set(file, r);
    else {
      try {
        const other = readReportFile(file);
        if (initial.get(other.id)) held.set(file, initial.get(other.id)!);
      } catch {
        // not in the knowledge base it was loaded into either
      }
    }
  }

  const refresh = (): boolean => {
    const now = kbVersions(dir);
    const changed = [...now].filter(([file, v]) => versions.get(file) !== v).map(([file]) => file);
    const gone = [...versions.keys()].filter((file) => !now.has(file));
    if (!changed.length && !gone.length) return false;
    const next = new Map(held);
    const added: string[] = [];
    const replaced: string[] = [];
    const removed: string[] = [];
    for (const file of gone) {
      const r = next.get(file);
      if (r) removed.push(r.id);
      next.delete(file);
    }
    for (const file of changed) {
      try {
        const r = readReportFile(file);
        (next.has(file) ? replaced : added).push(r.id);
        next.set(file, r);
      } catch (err) {
        // Half-written by a copy, or broken: the report stored before stays until the file reads.
        opts.onError?.(file, err as Error);
        now.delete(file);
        if (versions.has(file)) now.set(file, versions.get(file)!);
      }
    }
    versions = now;
    if (!added.length && !replaced.length && !removed.length) return false;
    held.clear();
    for (const [file, r] of next) held.set(file, r);
    kb = new KnowledgeBase(next.values());
    opts.onChange?.({ reports: kb.size, added, replaced, removed });
    return true;
  };

  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, debounceMs);
    timer.unref();
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (isKnowledgeFile(name ? String(name) : null)) soon();
    });
    watcher.on('error', () => undefined);
  } catch {
    // No events here (the folder is missing, or the platform has none): the timer still checks.
  }
  const poll = pollMs > 0 ? setInterval(refresh, pollMs) : undefined;
  poll?.unref();

  return {
    current: () => kb,
    refresh,
    stop() {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      watcher?.close();
    },
  };
}
