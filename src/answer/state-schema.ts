// What a stored conversation state must look like before a follow-up reads it. The store is
// outside this process (a file, Redis): a state written by an older version, edited by hand or
// planted may be valid JSON and still not a state, and a follow-up read from it would fail every
// time for the day the conversation lives. Such a state is dropped and the question answered
// afresh.
import { z } from 'zod';
import { OPERATIONS } from '../catalogue/operations.ts';
import { SectionIdSchema } from '../report/schema.ts';
import type { Measure, Query } from '../understand/query.ts';

/** What a conversation remembers between questions. */
export interface ConversationState {
  query: Query;
  report?: string;
  /** the figures given in this conversation, oldest first, the last few (「三个加一起」 adds them) */
  recent?: Measure[];
  /** the figure offered when the last question was declined (「住建 复义 维持」 → 行政复议 结果维持) */
  declined?: Measure;
}


const Id = z.string().min(1).max(200);

const MeasureSchema = z.discriminatedUnion('table', [
  z.object({ table: z.literal('requests'), row: Id, column: Id }),
  z.object({ table: z.literal('review'), group: Id, column: z.enum(['upheld', 'corrected', 'other', 'pending', 'total']) }),
  z.object({ table: z.literal('active'), row: Id, column: Id.optional() }),
  z.object({ table: z.literal('prose'), figure: z.number().int().min(0) }),
]);

const ComparisonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('versus'), year: z.number().int().optional() }),
  z.object({ kind: z.literal('series'), years: z.number().int().min(1).optional() }),
  z.object({ kind: z.literal('rank'), order: z.enum(['desc', 'asc']), top: z.number().int().min(1) }),
]);

const QuerySchema = z.object({
  intent: z.enum(['figure', 'passage', 'help', 'clarify', 'none']),
  lang: z.enum(['zh', 'en']),
  op: z.enum(OPERATIONS).optional(),
  measures: z.array(MeasureSchema).max(1000).optional(),
  compare: ComparisonSchema.optional(),
  passage: z.object({ section: SectionIdSchema, subsection: z.string().max(200).optional(), line: z.number().int().min(0).optional() }).optional(),
  choices: z.array(MeasureSchema).max(1000).optional(),
  negated: z.literal(true).optional(),
  why: z.enum(['how_to', 'no_match', 'weak', 'unexplained']).optional(),
  unexplained: z.array(z.string().max(200)).max(100).optional(),
  suggestion: MeasureSchema.optional(),
});

export const ConversationStateSchema = z.object({
  query: QuerySchema,
  report: Id.optional(),
  recent: z.array(MeasureSchema).max(100).optional(),
  declined: MeasureSchema.optional(),
});

// States this process wrote or has checked: read back from memory as the same object, not checked again.
const checked = new WeakSet<object>();

/** Marks a state this process made, so reading it back costs nothing. */
export function trusted(state: ConversationState): ConversationState {
  checked.add(state);
  return state;
}

/** The stored state when it is one, else undefined (then the question is answered afresh). */
export function validState(stored: unknown): ConversationState | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  if (checked.has(stored)) return stored as ConversationState;
  if (!ConversationStateSchema.safeParse(stored).success) return undefined;
  checked.add(stored);
  return stored as ConversationState;
}

// Every state this version writes passes the schema: the compiler checks that the types agree.
export type StoredState = z.infer<typeof ConversationStateSchema>;
type Agrees = ConversationState extends StoredState ? true : never;
export const STATE_TYPES_AGREE: Agrees = true;
