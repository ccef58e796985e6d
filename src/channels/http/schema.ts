// The body of POST /api/ask. Strict, so a misspelt field ("qestion") is reported instead of
// silently ignored; messages name the field, so a 400 says what to fix.
import { z } from 'zod';
import { parseDay } from '../../understand/clock.ts';
import { MAX_QUESTION_CHARS } from '../../question-limit.ts';

export const AskRequestSchema = z.strictObject({
  question: z
    .string({ error: 'question must be a string' })
    .trim()
    .min(1, 'question is empty')
    .max(MAX_QUESTION_CHARS, `question is longer than ${MAX_QUESTION_CHARS} characters`),
  session: z
    .string({ error: 'session must be a string' })
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'session is 1–64 letters, digits, dot, dash, colon or underscore')
    .optional(),
  report: z.string({ error: 'report must be a report id string' }).min(1).max(200).optional(),
  brief: z.boolean({ error: 'brief must be true or false' }).optional(),
  /** the day the question is asked, for 今年/去年: the server's date when absent */
  today: z
    .string({ error: 'today must be a day as "YYYY-MM-DD"' })
    .refine((t) => parseDay(t) !== undefined, 'today must be a real day as "YYYY-MM-DD"')
    .optional(),
});
export type AskRequest = z.infer<typeof AskRequestSchema>;

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
      if (!where) return 'body must be a JSON object like {"question": "…"}';
      return issue.message.startsWith(where) ? issue.message : `${where}: ${issue.message}`;
    })
    .join('; ');
}
