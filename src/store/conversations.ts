// Conversations as one server keeps them (the SQLite file, or memory; Redis, shared with other
// instances, is shared.ts). A first question costs no storage: a conversation's first state stays
// in this process until a follow-up reads it, and only then is it written; writes to the file go
// behind, in batches, off the request path.
import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import type { Durable, Record } from './durable.ts';

export interface ConversationStoreOptions {
  durable: Durable;
  /** conversations kept in this process (the most recent) */
  maxInMemory?: number;
  /** first questions of new visitors kept in this process, apart, so that a flood of visitors
   * without cookies cannot push returning visitors' conversations out */
  maxFirstQuestions?: number;
  /** how often batched writes go to the file, and how often expired records are swept */
  flushEveryMs?: number;
  sweepEveryMs?: number;
  /** a failed write, sweep or read is said here (and tried again) */
  onError?: (err: unknown, what: string) => void;
  /** and here that one worked, so that a failure can be followed by "works again" */
  onOk?: (what: string) => void;
}


export class ConversationStore {
  private readonly memory: LRUCache<string, Record>;
  /** new visitors' states: written nowhere until a follow-up reads them */
  private readonly held: LRUCache<string, Record>;
  private readonly pending = new Map<string, Record>();
  private readonly durable: Durable;
  private readonly onError: (err: unknown, what: string) => void;
  private readonly onOk: (what: string) => void;
  private readonly timers: NodeJS.Timeout[] = [];
  private flushing: Promise<void> | undefined;
  /** the store for a visitor who came back (a cookie or a named session) */
  readonly returning: Keyv;
  /** the store for a visitor whose session was issued with this very request */
  readonly fresh: Keyv;

  constructor({ durable, maxInMemory = 20_000, maxFirstQuestions = 5_000, flushEveryMs = 250, sweepEveryMs = 10 * 60_000, onError = () => undefined, onOk = () => undefined }: ConversationStoreOptions) {
    this.durable = durable;
    this.onError = onError;
    this.onOk = onOk;
    this.memory = new LRUCache<string, Record>({ max: maxInMemory });
    this.held = new LRUCache<string, Record>({ max: maxFirstQuestions });
    this.returning = this.view(false);
    this.fresh = this.view(true);
    this.every(flushEveryMs, () => this.flush());
    this.every(sweepEveryMs, async () => {
      await this.durable.sweep(Date.now()).then(() => this.onOk('sweep'), (err: unknown) => this.onError(err, 'sweep'));
    });
  }

  /** Writes what is waiting; resolves when it is written (or has failed and been logged). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.pending.size ? this.flush() : undefined));
    if (!this.pending.size) return Promise.resolve();
    const batch = [...this.pending].map(([key, record]) => ({ key, record }));
    this.pending.clear();
    this.flushing = this.durable
      .setMany(batch)
      .then(() => this.onOk('write'), (err: unknown) => {
        // Tried again with the next batch, unless a newer state has been queued since.
        for (const { key, record } of batch) if (!this.pending.has(key)) this.pending.set(key, record);
        this.onError(err, 'write');
      })
      .finally(() => {
        this.flushing = undefined;
      });
    return this.flushing;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await this.flush();
    await this.durable.close();
  }

  private every(ms: number, fn: () => Promise<void>): void {
    const timer = setInterval(() => void fn(), ms);
    timer.unref();
    this.timers.push(timer);
  }

  private async read(key: string, fresh: boolean): Promise<Record | undefined> {
    // A new visitor's id was made for this request: nothing can be stored under it yet.
    if (fresh) return this.held.get(key);
    const first = this.held.get(key);
    if (first) {
      // The follow-up came: now the conversation is worth keeping.
      this.held.delete(key);
      this.keep(key, first);
      return first;
    }
    const local = this.memory.get(key);
    if (local) return local;
    const stored = await this.durable.get(key).then(
      (record) => (this.onOk('read'), record),
      (err: unknown) => (this.onError(err, 'read'), undefined),
    );
    if (stored) this.memory.set(key, stored);
    return stored;
  }

  private write(key: string, record: Record, fresh: boolean): void {
    // A conversation's first state is held until a follow-up reads it (a page load issues the
    // cookie, so a browser's first question is not "fresh", but it is still a first question).
    if (fresh || !this.memory.has(key)) this.held.set(key, record);
    else this.keep(key, record);
  }

  private keep(key: string, record: Record): void {
    this.memory.set(key, record);
    this.pending.set(key, record);
  }

  private view(fresh: boolean): Keyv {
    // Records pass as objects (no serialising on the request path); Keyv checks their expiry.
    const store = {
      get: (key: string) => this.read(key, fresh),
      set: async (key: string, record: Record) => {
        this.write(key, record, fresh);
        return true;
      },
      delete: async (key: string) => this.held.delete(key) || this.memory.delete(key),
      clear: async () => (this.held.clear(), this.memory.clear()),
    };
    return new Keyv({ store, namespace: 'sessions', serialize: undefined, deserialize: undefined });
  }
}
