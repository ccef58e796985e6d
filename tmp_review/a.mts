import { readFileSync } from 'node:fs';
import { parseReport } from '../src/report/parse.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { respond } from '../src/answer/answer.ts';
import { seedReport, seedKb } from '../test/answer-fixture.ts';
const src = readFileSync('knowledge/sources/zhoukou-zhujianju-2024.txt', 'utf8');
const show = (label: string, a: any) => console.log('---', label, '\n', a.kind, a.value, '\n', a.text);
if (0) // 1. blank (dash) total in a filled row
{
  const t = src.replace('(一) 予以公开\t32\t0\t0\t0\t0\t0\t32', '(一) 予以公开\t32\t0\t0\t0\t0\t0\t—');
  const r = parseReport(t, { file: 'x.txt' });
  console.log(JSON.stringify(r.requests.rows.granted));
  show('dash total', respond('予以公开有多少件？', new KnowledgeBase([r])).answer);
}
// 2. decimal fee differences
{
  const a = seedReport('a-2024', '周口市住房和城乡建设局', 2024); const b = seedReport('a-2023', '周口市住房和城乡建设局', 2023);
  (a.active.art20_8!.rows.fees!.cells.fee_amount as any).value = 1.25;
  (b.active.art20_8!.rows.fees!.cells.fee_amount as any).value = 0;
  const kb = new KnowledgeBase([a, b]);
  show('fee versus', respond('2024年行政事业性收费金额比上一年增加了多少？', kb).answer);
  (b.active.art20_8!.rows.fees!.cells.fee_amount as any).value = 1.1;
  const kb2 = new KnowledgeBase([a, b]);
  show('fee diff', respond('2024年行政事业性收费金额比上一年增加了多少？', kb2).answer);
}
// 3. explicit report vs year in question
{
  const kb = new KnowledgeBase([seedReport(), seedReport('zhoukou-zhujianju-2023', '周口市住房和城乡建设局', 2023, { granted: 7 })]);
  show('wanted 2024, asked 2023', respond('2023年予以公开有多少件？', kb, { report: 'zhoukou-zhujianju-2024' }).answer);
  show('wanted 2024, asked zhengzhou', respond('郑州市住建局予以公开有多少件？', kb, { report: 'zhoukou-zhujianju-2024' }).answer);
}
