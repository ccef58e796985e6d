// One question-length limit for the web page, the HTTP API, answer() and understanding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from '../src/question-limit.ts';
import { AskRequestSchema } from '../src/channels/http/schema.ts';
import { normalise } from '../src/understand/normalise.ts';
import { ROOT } from './helpers.ts';

it('the web page lets a person type exactly as much as the API accepts', () => {
  const page = readFileSync(join(ROOT, 'src', 'channels', 'http', 'public', 'index.html'), 'utf8');
  expect(page).toContain(`id="question" name="question" type="text" maxlength="${MAX_QUESTION_CHARS}"`);
});

it('the API takes a question of the limit and refuses one character more; understanding reads no further', () => {
  expect(AskRequestSchema.safeParse({ question: '问'.repeat(MAX_QUESTION_CHARS) }).success).toBe(true);
  expect(AskRequestSchema.safeParse({ question: '问'.repeat(MAX_QUESTION_CHARS + 1) }).success).toBe(false);
  expect(normalise('问'.repeat(MAX_QUESTION_CHARS + 50))).toBe('问'.repeat(MAX_QUESTION_CHARS));
});
