// respond() is a pure function of the question, the knowledge base, the options and the previous
// turn, so its results can be kept: hotline and web traffic repeats the same questions all day.
// An in-process LRU (a Map in insertion order), dropped whenever the knowledge base changes.
import type { KnowledgeBase } from '../kb/index.ts';
import type { Response } from './answer.ts';

const LIMIT = 5000;

export class ResponseCache {
  private readonly entries = new Map<string, Response>();
  private kbVersion = -1;

  constructor(private readonly kb: KnowledgeBase) {}

  key(question: string, report: string | undefined, brief: boolean | undefined, year: number, previous: unknown): string {
    return `${report ?? ''}\u0001${brief ? 1 : 0}\u0001${year}\u0001${previous === undefined ? '' : JSON.stringify(previous)}\u0001${question}`;
  }

  get(key: string): Response | undefined {
    if (this.kbVersion !== this.kb.version) {
      this.entries.clear();
      this.kbVersion = this.kb.version;
      return undefined;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: Response): void {
    // Shared between callers from now on: nobody may change it.
    this.entries.set(key, deepFreeze(value));
    if (this.entries.size > LIMIT) this.entries.delete(this.entries.keys().next().value!);
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
