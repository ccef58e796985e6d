import { KnowledgeBase } from '../src/kb/index.ts';
import { respond } from '../src/answer/answer.ts';
const kb = KnowledgeBase.load('knowledge');
const qs = process.argv.slice(2).length ? process.argv.slice(2) : [];
for (const q of qs) {
  const a = respond(q, kb, { now: new Date('2025-06-01') }).answer;
  console.log('Q:', q, '=>', a.kind, a.value, a.unit, '|', a.text.split('\n')[0].slice(0, 160));
}
