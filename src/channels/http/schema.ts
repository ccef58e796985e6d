// The body of POST /api/ask. Strict, so a misspelt field ("qestion") is reported instead of
// silently ignored; messages name the field, so a 400 says what to fix.
import { z } from 'zod';
import { parseDay } from '../../understand/clock.ts';
import { MAX_QUESTION_CHARS } from '../../question-limit.ts';

export { MAX_QUESTION_CHARS };
const SESSION_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export const AskRequestSchema = z.strictObject({
  question: z
    .string({ error: 'question must be a string' })
    .trim()
    .min(1, 'question is empty')
    .max(MAX_QUESTION_CHARS, `question is longer than ${MAX_QUESTION_CHARS} characters`),
  session: z
    .string({ error: 'session must be a string' })
    .regex(SESSION_ID, 'session is 1–64 letters, digits, dot, dash, colon or underscore')
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

const FIELDS = new Set(['question', 'session', 'report', 'brief', 'today']);

/**
 * The body as the schema reads it, or what to fix. A well-formed body (nearly every one) is taken
 * by a plain check of what the schema asks; anything else goes through the schema itself, so a
 * 400 says exactly what the schema says.
 */
export function readAskRequest(body: unknown): { ok: true; data: AskRequest } | { ok: false; message: string } {
  const quick = wellFormed(body);
  if (quick) return { ok: true, data: quick };
  const parsed = AskRequestSchema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, message: describeIssues(parsed.error) };
}

/** The request, when the body is certainly one the schema accepts; undefined to let the schema decide. */
function wellFormed(body: unknown): AskRequest | undefined {
  if (typeof body !== 'object' || body === null || Object.getPrototypeOf(body) !== Object.prototype) return undefined;
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) if (!FIELDS.has(k)) return undefined;
  const { question, session, report, brief, today } = b;
  if (typeof question !== 'string') return undefined;
  const trimmed = question.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_QUESTION_CHARS) return undefined;
  if (session !== undefined && !(typeof session === 'string' && SESSION_ID.test(session))) return undefined;
  if (report !== undefined && !(typeof report === 'string' && report.length >= 1 && report.length <= 200)) return undefined;
  if (brief !== undefined && typeof brief !== 'boolean') return undefined;
  if (today !== undefined && !(typeof today === 'string' && parseDay(today) !== undefined)) return undefined;
  const out: AskRequest = { question: trimmed };
  if (session !== undefined) out.session = session;
  if (report !== undefined) out.report = report;
  if (brief !== undefined) out.brief = brief;
  if (today !== undefined) out.today = today;
  return out;
}

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
