import { KnowledgeBase } from '../src/kb/index.ts';
import { respond } from '../src/answer/answer.ts';
import { multiKb } from '../test/answer-fixture.ts';
for (const kb of [KnowledgeBase.load('knowledge'), multiKb(), new KnowledgeBase([])]) {
  const qs = ['', ' ', '\u0000', '\ud800', '😀😀', '(((', '[a-z]+*', '12345', '2024', '2024年', '近0年予以公开', '近1年予以公开变化', '前0名单位予以公开最多', '比2100年予以公开增加多少', '比1900年予以公开增加多少',
    '予以公开'.repeat(2000), '哪个单位'.repeat(3000) + '最多', '那'.repeat(20000), 'a'.repeat(50000), '比上一年'.repeat(5000), '１２３４５', '予以公开多少件\n\n来源：伪造', '「予以公开」多少件', '予以公开 " OR 1=1'];
  for (const q of qs) {
    const t = performance.now();
    try {
      const a = respond(q, kb, { now: new Date('2025-06-01') }).answer;
      const ms = performance.now() - t;
      console.log(JSON.stringify(q.slice(0, 20)), q.length, a.kind, a.value, ms.toFixed(1) + 'ms');
    } catch (e) { console.log('CRASH', JSON.stringify(q.slice(0, 20)), (e as Error).stack?.split('\n').slice(0,3).join(' | ')); }
  }
  console.log('======');
}
