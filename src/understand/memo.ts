// What the understanding works out again and again, made once. What it derives from one report (or
// one index of the knowledge base) is the same for every question: it is made for the first
// question that needs it and kept as long as the report is, never longer (a reloaded report is a
// new object, and derives anew). What it makes of a word or a term is remembered for the most
// recently used ones: the words of questions have no end.
import { LRUCache } from 'lru-cache';

/** `make(owner)`, made once per owner. */
export function perOwner<O extends object, V>(make: (owner: O) => V): (owner: O) => V {
  const kept = new WeakMap<O, V>();
  return (owner) => {
    let v = kept.get(owner);
    if (v === undefined) kept.set(owner, (v = make(owner)));
    return v;
  };
}

/** `make(owner, key)`, made once per owner and key (a report's figure by its index, a sentence by its text). */
export function perOwnerAndKey<O extends object, K, V>(make: (owner: O, key: K) => V): (owner: O, key: K) => V {
  const kept = new WeakMap<O, Map<K, V>>();
  return (owner, key) => {
    let byKey = kept.get(owner);
    if (!byKey) kept.set(owner, (byKey = new Map()));
    let v = byKey.get(key);
    if (v === undefined) byKey.set(key, (v = make(owner, key)));
    return v;
  };
}

/** `make(key)` for a word or a term, remembered for the `max` most recently used keys. */
export function remembered<V extends {}>(max: number, make: (key: string) => V): (key: string) => V {
  // Bounded by size, one a key, rather than by `max`: with `max` the cache lays out all its slots
  // at once (tens of thousands, at every start), while sized it grows with what is remembered.
  const kept = new LRUCache<string, V>({ maxSize: max, sizeCalculation: () => 1 });
  return (key) => {
    let v = kept.get(key);
    if (v === undefined) kept.set(key, (v = make(key)));
    return v;
  };
}
