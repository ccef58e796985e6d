// One registry of operations: every name the question's reading may ask for has one file that
// computes and writes it, and the model's tool offers exactly the derived ones the registry has.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { OPS } from '../src/answer/ops/index.ts';
import { DERIVED, OPERATIONS } from '../src/catalogue/operations.ts';
import { readToolCall } from '../src/llm/tools.ts';
import { seedKb, seedReport } from './answer-fixture.ts';

describe('the registry of operations', () => {
  it('has one operation for every name, under its own name', () => {
    expect(Object.keys(OPS).sort()).toEqual([...OPERATIONS].sort());
    for (const [name, op] of Object.entries(OPS)) expect(op.name).toBe(name);
  });

  it('offers the model each derived operation with the number of figures it takes', () => {
    const granted = { table: 'requests', row: 'granted', column: 'total' };
    const received = { table: 'requests', row: 'received', column: 'total' };
    for (const [name, spec] of Object.entries(DERIVED)) {
      expect(readToolCall('derive', { op: name, figures: [granted, received] }).ok).toBe(true);
      expect(readToolCall('derive', { op: name, figures: [granted, received, granted] }).ok).toBe(spec.figures !== 2);
    }
    expect(readToolCall('derive', { op: 'breakdown', figures: [granted, received] }).ok).toBe(false);
  });

  it('writes a computed figure with its operation\'s formula', () => {
    const a = respond('予以公开占申请总数的比例是多少', seedKb(seedReport())).answer;
    expect(a.kind).toBe('figure');
    expect(a.sources[0]!.formula).toMatch(/÷/);
  });
});
