// A report id names a file in the knowledge folder: `import --id ..` once wrote 「...json」. An id
// that is not a plain name is refused before anything is read or written.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badId } from '../src/kb/store.ts';
import { SEED, cli, tempDir } from './helpers.ts';

describe('report ids', () => {
  it.each(['..', '.', '.hidden', 'a/b', '..\\x', 'x'.repeat(201)])('--id %j is refused, and nothing is written', (id) => {
    const kb = tempDir('gongkai-ids-');
    const r = cli(['import', SEED, '--kb', kb, '--id', id]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--id');
    expect(readdirSync(kb)).toEqual([]);
  });

  it('plain names pass', () => {
    for (const id of ['zhoukou-zhujianju-2024', '周口市住建局_2024', 'a.b.c']) expect(badId(id)).toBeUndefined();
  });
});
