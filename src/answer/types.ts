// What every channel gets back from `answer()`: the reply text, and the figure with the cells it
// came from, so that a channel can render a citation without parsing the text.
import { z } from 'zod';
import type { ConversationState } from './state-schema.ts';

export const AnswerKindSchema = z.enum(['figure', 'text', 'clarify', 'help', 'out_of_scope', 'not_found']);
export type AnswerKind = z.infer<typeof AnswerKindSchema>;

export const SourceSchema = z.object({
  report: z.string(),
  /** e.g. 周口市住房和城乡建设局2024年报告 */
  reportTitle: z.string(),
  section: z.string(),
  /** row label as printed in the format, or the prose sentence for a prose figure */
  row: z.string(),
  /** column label, or null for a prose figure / passage */
  column: z.string().nullable(),
  value: z.number().nullable(),
  /** blank: the cell was empty in a filled table and counts as 0 */
  state: z.enum(['value', 'blank', 'computed', 'prose', 'passage']),
  line: z.number().int().optional(),
  /** for a derived figure: how it was computed, e.g. 予以公开 ÷ 总计 × 100 */
  formula: z.string().optional(),
  /** one-line citation as shown to the user */
  citation: z.string(),
  /** the report's own words quoted in the reply: a passage, or the sentence of a prose figure */
  quote: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const AnswerSchema = z.object({
  kind: AnswerKindSchema,
  /** the whole reply as plain text: body, options and citation lines, for clients that show text alone */
  text: z.string(),
  /** the reply without its citation lines and option list: what a channel shows next to them */
  body: z.string(),
  /** the citation lines the reply shows, each once, in order (one per part of a breakdown, not one per cell) */
  citations: z.array(z.string()),
  /** the figure the reply states, rounded as shown; for a difference or a change its size (the text says which way) */
  value: z.number().nullable(),
  unit: z.string().nullable(),
  sources: z.array(SourceSchema),
  /** for clarify: the questions the user can pick from */
  options: z.array(z.object({ label: z.string(), question: z.string() })).optional(),
  /** for a breakdown (办理结果构成, 申请人构成), a series over years or a ranking: the parts, for a chart */
  parts: z.array(z.object({ label: z.string(), value: z.number() })).optional(),
  /** figures the reply computed beyond `value` (a percentage change, how many reports a list holds), each with its formula */
  derived: z.array(z.object({ label: z.string(), value: z.number(), formula: z.string() })).optional(),
  lang: z.enum(['zh', 'en']),
});
export type Answer = z.infer<typeof AnswerSchema>;
export type Derived = NonNullable<Answer['derived']>[number];

/** What respond() gives back for one question: the answer and what the conversation remembers after it. */
export interface Response {
  answer: Answer;
  /** what the conversation remembers after this question */
  state?: ConversationState;
  /** the catalogue could not tell which figure the question means: the optional model may choose one */
  unread?: true;
}
