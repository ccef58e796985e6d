// The modules depend one way: report/ reads files into reports and knows nothing of the knowledge
// base; kb/ stores reports and reads them through report/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

it('report/ imports nothing from kb/', () => {
  const dir = join(ROOT, 'src', 'report');
  const imports = readdirSync(dir).filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/from '(\.\.\/kb\/[^']*)'/g)].map((m) => `${f}: ${m[1]}`));
  expect(imports).toEqual([]);
});
