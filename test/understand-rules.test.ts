// The arbiter's rules by example: each line of test/fixtures/rules.jsonl is a question (after the
// conversation before it), the rule that must decide it, and what the user must see. Every rule
// shows at least one question it takes over, so a new rule comes with its examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { respond, type ConversationState } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { NEGATION } from '../src/understand/pipeline.ts';
import type { Explanation } from '../src/understand/query.ts';
import { RULES } from '../src/understand/rules.ts';
import { ROOT } from './helpers.ts';

interface Example {
  /** the rule that must decide (or the negation that overrides it) */
  rule: string;
  question: string;
  /** the questions asked before in the same conversation */
  before?: string[];
  kind: string;
  value?: number;
}

const kb = KnowledgeBase.load(join(ROOT, 'knowledge'));
const examples = readFileSync(join(ROOT, 'test', 'fixtures', 'rules.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Example);
const names = [...RULES.map((r) => r.name), NEGATION.name];

describe('the rules of understanding, by example', () => {
  it('has an example for every rule, and names no rule that is not there', () => {
    expect(RULES.map((r) => r.name).filter((n) => !examples.some((e) => e.rule === n))).toEqual([]);
    expect(examples.map((e) => e.rule).filter((n) => !names.includes(n))).toEqual([]);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  for (const e of examples) {
    it(`${e.rule}: ${[...(e.before ?? []), e.question].join(' → ')}`, () => {
      let state: ConversationState | undefined;
      for (const q of e.before ?? []) state = respond(q, kb, {}, state).state;
      const trace = {} as Explanation;
      const answer = respond(e.question, kb, { trace }, state).answer;
      expect(trace.rule.split(':')[0]).toBe(e.rule);
      expect(answer.kind).toBe(e.kind);
      if (e.value !== undefined) expect(answer.value).toBe(e.value);
    });
  }
});
