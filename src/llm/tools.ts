// The only things the model may do: choose a lookup. Each tool's arguments are a zod schema over
// the catalogue's identifiers, so a call either names real rows and columns or is rejected. The
// tools return nothing to the model: Gongkai resolves the call itself, with the same resolver and
// templates as always, so no text or digit the model writes can reach a reply.
import { z } from 'zod';
import {
  ACTIVE_TABLES, REQUEST_COLUMN_GROUPS, REQUEST_COLUMNS, REQUEST_ROW_GROUPS, REQUEST_ROWS, REVIEW_COLUMNS,
  REVIEW_GROUP_SUMS, REVIEW_GROUPS, SECTIONS,
} from '../catalogue/format.ts';
import { DERIVED, DERIVED_NAMES, type DerivedName } from '../catalogue/operations.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Measure } from '../understand/measure.ts';

const ids = <T extends { id: string }>(xs: T[]) => [...new Set(xs.map((x) => x.id))] as [string, ...string[]];
const describe = <T extends { id: string; labels: string[]; en: string }>(xs: T[]) =>
  [...new Map(xs.map((x) => [x.id, `${x.id}=${x.labels[0]}(${x.en})`])).values()].join('; ');

const activeRows = [...ACTIVE_TABLES['2021'], ...ACTIVE_TABLES['2019']].flatMap((t) => t.rows);
const activeColumns = [...ACTIVE_TABLES['2021'], ...ACTIVE_TABLES['2019']].flatMap((t) => t.columns);
const requestRows = [...REQUEST_ROWS, ...REQUEST_ROW_GROUPS];
const requestColumns = [...REQUEST_COLUMNS, ...REQUEST_COLUMN_GROUPS];
const reviewGroups = [...REVIEW_GROUPS, ...REVIEW_GROUP_SUMS];
const subsections = SECTIONS.flatMap((s) => s.subsections ?? []);

const report = z.string().optional().describe('report id, only when the question names a report');

export const RequestFigure = z.object({
  row: z.enum(ids(requestRows)).describe(`row or row group of section 三: ${describe(requestRows)}`),
  column: z.enum(ids(requestColumns)).default('total').describe(`applicant column: ${describe(requestColumns)}`),
  report,
});
export const ReviewFigure = z.object({
  group: z.enum(ids(reviewGroups)).describe(`section 四 group: ${describe(reviewGroups)}`),
  column: z.enum(ids(REVIEW_COLUMNS) as [ 'upheld', ...('upheld' | 'corrected' | 'other' | 'pending' | 'total')[]]).default('total')
    .describe(`outcome: ${describe(REVIEW_COLUMNS)}`),
  report,
});
export const ActiveFigure = z.object({
  row: z.enum(ids(activeRows)).describe(`section 二 row: ${describe(activeRows)}`),
  column: z.enum(ids(activeColumns)).optional().describe(`section 二 column: ${describe(activeColumns)}`),
  report,
});
const Figure = z.discriminatedUnion('table', [
  RequestFigure.omit({ report: true }).extend({ table: z.literal('requests') }),
  ReviewFigure.omit({ report: true }).extend({ table: z.literal('review') }),
  ActiveFigure.omit({ report: true }).extend({ table: z.literal('active') }),
]);
export const Derive = z.object({
  op: z.enum(DERIVED_NAMES).describe(DERIVED_NAMES.map((n) => DERIVED[n].says).join('; ')),
  figures: z.array(Figure).min(2).max(12),
  report,
});
export const Passage = z.object({
  section: z.enum(ids(SECTIONS)).describe(`report section: ${describe(SECTIONS)}`),
  subsection: z.enum(ids(subsections)).optional().describe(`subsection: ${describe(subsections)}`),
  report,
});
export const ListReports = z.object({});

export const TOOL_SPECS = {
  request_figure: { schema: RequestFigure, description: 'Look up a figure of section 三 (requests received and how they were handled), by row and applicant column.' },
  review_figure: { schema: ReviewFigure, description: 'Look up a figure of section 四 (administrative reconsideration and lawsuits), by group and outcome.' },
  active_figure: { schema: ActiveFigure, description: 'Look up a figure of section 二 (proactive disclosure: regulations, normative documents, licences, penalties, enforcement, fees).' },
  derive: { schema: Derive, description: 'A figure derived from two or more looked-up figures by one of the operations op names (their sum, the share of the first in the second, their difference, …).' },
  get_passage: { schema: Passage, description: 'Quote a passage of the report: problems, improvements, fees, platform building, oversight, information management, and so on.' },
  list_reports: { schema: ListReports, description: 'List the reports Gongkai has.' },
} as const;
export type ToolName = keyof typeof TOOL_SPECS;

type FigureArgs = z.infer<typeof Figure>;
export function toMeasure(f: FigureArgs): Measure {
  switch (f.table) {
    case 'requests':
      return { table: 'requests', row: f.row, column: f.column };
    case 'review':
      return { table: 'review', group: f.group, column: f.column };
    case 'active':
      return { table: 'active', row: f.row, ...(f.column ? { column: f.column } : {}) };
  }
}

export type ToolReading =
  | { kind: 'figure'; op: 'value' | DerivedName; measures: Measure[]; report?: string }
  | { kind: 'passage'; section: string; subsection?: string; report?: string }
  | { kind: 'list_reports' };

/** A validated tool call as a reading Gongkai can resolve, or the reason it is refused. */
export function readToolCall(name: string, args: unknown): { ok: true; reading: ToolReading } | { ok: false; why: string } {
  const spec = TOOL_SPECS[name as ToolName];
  if (!spec) return { ok: false, why: `unknown tool ${name}` };
  const parsed = spec.schema.safeParse(args ?? {});
  if (!parsed.success) return { ok: false, why: `invalid arguments: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  const a = parsed.data as Record<string, unknown> & { report?: string };
  const report = a.report ? { report: a.report } : {};
  switch (name as ToolName) {
    case 'request_figure':
      return { ok: true, reading: { kind: 'figure', op: 'value', measures: [toMeasure({ ...(a as z.infer<typeof RequestFigure>), table: 'requests' })], ...report } };
    case 'review_figure':
      return { ok: true, reading: { kind: 'figure', op: 'value', measures: [toMeasure({ ...(a as z.infer<typeof ReviewFigure>), table: 'review' })], ...report } };
    case 'active_figure':
      return { ok: true, reading: { kind: 'figure', op: 'value', measures: [toMeasure({ ...(a as z.infer<typeof ActiveFigure>), table: 'active' })], ...report } };
    case 'derive': {
      const d = a as z.infer<typeof Derive>;
      const takes = DERIVED[d.op].figures;
      if (typeof takes === 'number' && d.figures.length !== takes) return { ok: false, why: `${d.op} takes exactly ${takes === 2 ? 'two' : takes} figures` };
      return { ok: true, reading: { kind: 'figure', op: d.op, measures: d.figures.map(toMeasure), ...report } };
    }
    case 'get_passage': {
      const p = a as z.infer<typeof Passage>;
      return { ok: true, reading: { kind: 'passage', section: p.section, ...(p.subsection ? { subsection: p.subsection } : {}), ...report } };
    }
    case 'list_reports':
      return { ok: true, reading: { kind: 'list_reports' } };
  }
}

/** What answer() needs of the optional model: a reading of the question, or nothing. */
export interface LlmReaderLike {
  read(question: string, kb: KnowledgeBase): Promise<ToolReading | undefined>;
}
