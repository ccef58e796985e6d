import { KnowledgeBase } from '../src/kb/index.ts';
import { respond } from '../src/answer/answer.ts';
import { multiKb } from '../test/answer-fixture.ts';
const kb = process.env.MULTI ? multiKb() : KnowledgeBase.load('knowledge');
let prev: any;
for (const q of process.argv.slice(2)) {
  const r = respond(q, kb, { now: new Date('2025-06-01') }, prev);
  prev = r.state;
  const a = r.answer;
  console.log('Q:', q, '=>', a.kind, a.value, a.unit, '|', a.text.split('\n')[0].slice(0, 170));
}
