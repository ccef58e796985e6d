// Real copies that lost their table's structure (../shared/reports/copies): every cell the import
// places is the cell the report prints, and most are placed.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COPIES, scoreCopies } from './support/copies.ts';

const present = existsSync(COPIES);
if (!present) console.log(`copies: ${COPIES} is absent; skipped`);

describe.skipIf(!present)('copies that lost their structure', () => {
  const scores = present ? scoreCopies() : [];

  it('places no cell the report does not print', () => {
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.flatMap((s) => s.wrong.map((w) => `${s.file}: ${w}`))).toEqual([]);
  });

  it('places most cells', () => {
    const placed = scores.reduce((n, s) => n + s.placed, 0);
    const all = scores.reduce((n, s) => n + s.placed + s.aside + s.wrong.length, 0);
    for (const s of scores) console.log(`${s.file}: placed ${s.placed}, aside ${s.aside}, wrong ${s.wrong.length}`);
    expect(placed / all).toBeGreaterThan(0.85);
  });
});
