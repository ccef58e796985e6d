// respond() is a pure function of the question, the knowledge base, the options and the previous
// turn, so its results can be kept: hotline and web traffic repeats the same questions all day.
// Kept in this process (the answers depend on this process's knowledge base), in lru-cache's
// bounded map that drops the least recently used, and emptied whenever the knowledge base changes.
import { LRUCache } from 'lru-cache';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Response } from './types.ts';
import { frozenJson } from '../store/frozen-json.ts';
import type { ConversationState } from './state-schema.ts';

const LIMIT = 5000;

export class ResponseCache {
  // Objects are kept as they are (no serialising): a hit costs well under a microsecond.
  private readonly store = new LRUCache<string, Response>({ max: LIMIT });
  private kbVersion = -1;

  constructor(private readonly kb: KnowledgeBase) {}

  key(question: string, report: string | undefined, brief: boolean | undefined, year: number, previous: ConversationState | undefined): string {
    return `${report ?? ''}\u0001${brief ? 1 : 0}\u0001${year}\u0001${previous === undefined ? '' : frozenJson(previous)}\u0001${question}`;
  }

  async get(key: string): Promise<Response | undefined> {
    if (this.kbVersion !== this.kb.version) {
      this.store.clear();
      this.kbVersion = this.kb.version;
      return undefined;
    }
    return this.store.get(key);
  }

  async set(key: string, value: Response): Promise<void> {
    // Shared between callers from now on: nobody may change it.
    this.store.set(key, deepFreeze(value));
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
