import { readFileSync } from 'node:fs';
import { parseReport } from '../src/report/parse.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { respond } from '../src/answer/answer.ts';
const src = readFileSync('knowledge/sources/zhoukou-zhujianju-2024.txt', 'utf8');
const i = src.indexOf('3162');
console.log(src.slice(i - 40, i + 20));
const t = src.replace('3162 件', '3,162 件').replace('3162件', '3,162件');
const r = parseReport(t, { file: 'x.txt' });
console.log(r.figures.filter((f) => f.sentence.includes('工单')).map((f) => [f.value, f.raw, f.context]));
const kb = new KnowledgeBase([r]);
for (const q of ['12345热线交办工单有多少件？', '热线工单多少件']) { const a = respond(q, kb).answer; console.log(q, a.kind, a.value, a.text); }
