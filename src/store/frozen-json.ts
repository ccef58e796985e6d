// A conversation's state is written out several times a question (the response cache's key, the
// did-it-change check, the record Redis stores), and the states answers carry are frozen and
// shared by every conversation that reaches them: each frozen value is written out once.
const written = new WeakMap<object, string>();

export function frozenJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  let json = written.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    if (Object.isFrozen(value)) written.set(value, json);
  }
  return json;
}
