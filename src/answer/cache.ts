// respond() is a pure function of the question, the knowledge base, the options and the previous
// turn, so its results can be kept: hotline and web traffic repeats the same questions all day.
// Kept through Keyv like every cache here, in this process (the answers depend on this process's
// knowledge base), in a bounded store that drops the least recently used, and emptied whenever
// the knowledge base changes.
import Keyv from 'keyv';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Response } from './answer.ts';

const LIMIT = 5000;

/** A Map that keeps the most recently used entries and drops the oldest past its limit. */
class RecentMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }
  override get(key: K): V | undefined {
    const v = super.get(key);
    if (v !== undefined) {
      super.delete(key);
      super.set(key, v);
    }
    return v;
  }
  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) this.delete(this.keys().next().value as K);
    return this;
  }
}

export class ResponseCache {
  // Objects are kept as they are (no serialising): a hit costs well under a microsecond.
  private readonly store = new Keyv<Response>({ store: new RecentMap<string, unknown>(LIMIT), namespace: 'responses', serialize: undefined, deserialize: undefined });
  private kbVersion = -1;

  constructor(private readonly kb: KnowledgeBase) {}

  key(question: string, report: string | undefined, brief: boolean | undefined, year: number, previous: unknown): string {
    return `${report ?? ''}\u0001${brief ? 1 : 0}\u0001${year}\u0001${previous === undefined ? '' : JSON.stringify(previous)}\u0001${question}`;
  }

  async get(key: string): Promise<Response | undefined> {
    if (this.kbVersion !== this.kb.version) {
      await this.store.clear();
      this.kbVersion = this.kb.version;
      return undefined;
    }
    return this.store.get(key);
  }

  async set(key: string, value: Response): Promise<void> {
    // Shared between callers from now on: nobody may change it.
    await this.store.set(key, deepFreeze(value));
  }
}

const caches = new WeakMap<KnowledgeBase, ResponseCache>();
export function cacheFor(kb: KnowledgeBase): ResponseCache {
  let c = caches.get(kb);
  if (!c) caches.set(kb, (c = new ResponseCache(kb)));
  return c;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
