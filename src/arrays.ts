/**
 * `xs.map(f)`, as an array that is packed whichever tier of the engine runs it. V8's optimizing
 * compiler gives `Array.prototype.map`'s result holey elements and the interpreter packed ones, so
 * code that reads such arrays is deoptimized each time the function that made them changes tier,
 * and answers wait on the compiler for thousands of questions after start. An array built by
 * `push` is packed in every tier. The answer path makes its arrays with this.
 */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}

/**
 * A lookup table keyed by words of a question, without a prototype: 「constructor」, 「toString」
 * or 「__proto__」 asked as a question find nothing in it, not Object.prototype's members.
 */
export function ownTable<V>(table: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, table);
}
