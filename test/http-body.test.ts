// POST /api/ask's body is read by a plain check when it is well formed and by the schema
// otherwise: both must read every body alike, and a 400 must say what the schema says.
import { describe, expect, it } from 'vitest';
import { AskRequestSchema, describeIssues, MAX_QUESTION_CHARS, readAskRequest } from '../src/channels/http/schema.ts';

const bodies: unknown[] = [
  { question: '有多少申请予以公开？' },
  { question: '  padded  ', brief: true },
  { question: 'q', session: 'abc:1.2-x_y', report: 'zhoukou-zhujianju-2024', brief: false, today: '2025-02-28' },
  { question: 'q', today: '2025-02-30' },
  { question: 'q', today: 20250101 },
  { question: 'q', session: 'has space' },
  { question: 'q', session: 'x'.repeat(65) },
  { question: 'q', session: '' },
  { question: 'q', report: '' },
  { question: 'q', report: 'r'.repeat(201) },
  { question: 'q', report: 'r'.repeat(200) },
  { question: 'q', brief: 'yes' },
  { question: 'q', qestion: 'typo' },
  { question: '   ' },
  { question: '' },
  { question: 'x'.repeat(MAX_QUESTION_CHARS) },
  { question: ` ${'x'.repeat(MAX_QUESTION_CHARS)} ` },
  { question: 'x'.repeat(MAX_QUESTION_CHARS + 1) },
  { question: 42 },
  { question: null },
  {},
  [],
  ['q'],
  'question',
  null,
  7,
  JSON.parse('{"question":"q","__proto__":{"x":1}}'),
  Object.assign(Object.create(null), { question: 'q' }),
  { question: 'q', session: undefined },
];

describe('the body of POST /api/ask', () => {
  it('is read alike by the plain check and the schema, with the schema’s messages', () => {
    for (const body of bodies) {
      const read = readAskRequest(body);
      const schema = AskRequestSchema.safeParse(body);
      expect(read.ok, JSON.stringify(body)).toBe(schema.success);
      if (read.ok && schema.success) expect(read.data).toEqual(schema.data);
      if (!read.ok && !schema.success) expect(read.message).toBe(describeIssues(schema.error));
    }
  });
});
