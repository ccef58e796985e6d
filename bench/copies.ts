// Prints, for each copy in ../shared/reports/copies, the cells placed, set aside and wrong
// against the report's page or transcription.
import { COPIES, scoreCopies } from '../test/support/copies.ts';

const scores = scoreCopies(process.argv[2] ?? COPIES);
if (!scores.length) console.log(`no copies at ${process.argv[2] ?? COPIES}`);
let placed = 0, aside = 0, wrong = 0;
for (const s of scores) {
  placed += s.placed; aside += s.aside; wrong += s.wrong.length;
  const all = s.placed + s.aside + s.wrong.length;
  console.log(`${s.file.padEnd(30)} placed ${String(s.placed).padStart(4)}  aside ${String(s.aside).padStart(4)}  wrong ${String(s.wrong.length).padStart(3)}  (${((100 * s.placed) / all).toFixed(1)} % placed)  aside by table: ${JSON.stringify(s.asideIn)}`);
  for (const w of s.wrong.slice(0, process.env.VERBOSE ? 1000 : 5)) console.log(`    wrong ${w}`);
}
const all = placed + aside + wrong;
console.log(`all                            placed ${placed}  aside ${aside}  wrong ${wrong}  (${((100 * placed) / all).toFixed(1)} % placed)`);
