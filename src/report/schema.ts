// The stored shape of one parsed report. Every figure the bot can ever say is a cell or a prose
// figure of such a report, so the shape keeps what the text said (a number, a blank inside a filled
// table, or nothing at all) and where it said it (the source line).
import { z } from 'zod';

export const UnitSchema = z.enum(['件', '万元', '元', '%', '项', '条', '个', '次', '人次', '人', '家', '篇', '期', '场', '份', '户', '天', '小时', '分钟', '万', '亿元', '']);

/** The file the shape is written in (the bundle, once built): what kb/checked.ts checked files against. */
export const SHAPE_SOURCE = import.meta.url;

export const SectionIdSchema = z.enum(['overview', 'active', 'requests', 'review', 'problems', 'other']);

// The report's shape, made at first use: a command that reads knowledge files already checked
// (see kb/checked.ts) never builds it.
function shapes() {
  /** A number printed in the table. */
  const ValueCell = z.object({
    state: z.literal('value'),
    value: z.number(),
    unit: UnitSchema,
    line: z.number().int(),
    raw: z.string(),
  });
  /** An empty cell inside a table that is otherwise filled: it counts as 0, and says so. */
  const BlankCell = z.object({
    state: z.literal('blank'),
    value: z.literal(0),
    unit: UnitSchema,
    line: z.number().int(),
    raw: z.string(),
  });
  /** The text does not contain the cell: never 0. */
  const MissingCell = z.object({ state: z.literal('missing') });

  const CellSchema = z.discriminatedUnion('state', [ValueCell, BlankCell, MissingCell]);

  /** Values that were printed but cannot be placed in columns without guessing. */
  const UnreliableSchema = z.object({
    values: z.array(z.string()),
    line: z.number().int(),
    reason: z.string(),
  });

  /**
   * How a row's values were given their columns: by the cells the file has (a table's grid, tabs,
   * pipes), by their order in a line of text, or by the format's relations (solve.ts).
   */
  const PlacedSchema = z.enum(['structure', 'position', 'relations']);

  const RowSchema = z.object({
    cells: z.record(z.string(), CellSchema),
    unreliable: UnreliableSchema.optional(),
    placed: PlacedSchema.optional(),
  });

  const TableSchema = z.object({
    present: z.boolean(),
    line: z.number().int().optional(),
    rows: z.record(z.string(), RowSchema),
  });


  const PassageSchema = z.object({
    section: SectionIdSchema,
    /** catalogue subsection id, or null for text under no recognised subheading */
    subsection: z.string().nullable(),
    heading: z.string(),
    text: z.string(),
    line: z.number().int(),
  });

  const ProseFigureSchema = z.object({
    value: z.number(),
    unit: UnitSchema,
    /** the number as printed */
    raw: z.string(),
    /** the sentence that states it */
    sentence: z.string(),
    /** the words of the clause before the number: what the number counts */
    context: z.string(),
    section: SectionIdSchema,
    subsection: z.string().nullable(),
    line: z.number().int(),
  });

  const WarningSchema = z.object({
    code: z.string(),
    message: z.string(),
    line: z.number().int().optional(),
  });

  const ReportSchema = z.object({
    schema: z.literal(1),
    id: z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'an id is letters, digits, dot, dash and underscore'),
    meta: z.object({
      agency: z.string().min(1),
      year: z.number().int().min(2008).max(2100),
      format: z.enum(['2021', '2019']),
      title: z.string(),
      source: z.object({
        file: z.string(),
        sha256: z.string(),
        encoding: z.string(),
        lines: z.number().int(),
        /** where the agency publishes the report (its page or document): `import --source-url`, or a page's canonical address */
        url: z.string().regex(/^https?:\/\/\S+$/, 'a source url is an http(s) address').optional(),
      }),
    }),
    /** which of the six sections the text contains, and the line of each heading */
    sections: z.record(SectionIdSchema, z.object({ present: z.boolean(), line: z.number().int().optional(), title: z.string().optional() })),
    /** section 二: table id → row id → column id → cell */
    active: z.record(z.string(), TableSchema),
    /** section 三: row id → column id → cell */
    requests: TableSchema,
    /** section 四: one row, cells keyed `group.column` */
    review: z.object({ present: z.boolean(), line: z.number().int().optional(), cells: z.record(z.string(), CellSchema), unreliable: UnreliableSchema.optional(), placed: PlacedSchema.optional() }),
    prose: z.array(PassageSchema),
    figures: z.array(ProseFigureSchema),
    warnings: z.array(WarningSchema),
  });
  return { CellSchema, UnreliableSchema, PlacedSchema, RowSchema, TableSchema, PassageSchema, ProseFigureSchema, WarningSchema, ReportSchema };
}

let made: ReturnType<typeof shapes> | undefined;

/** The schemas of a stored report (made once). */
export const schemas = (): ReturnType<typeof shapes> => (made ??= shapes());
type Shapes = ReturnType<typeof shapes>;

export type Cell = z.infer<Shapes['CellSchema']>;
export type Row = z.infer<Shapes['RowSchema']>;
export type Table = z.infer<Shapes['TableSchema']>;
export type Passage = z.infer<Shapes['PassageSchema']>;
export type ProseFigure = z.infer<Shapes['ProseFigureSchema']>;
export type ReportWarning = z.infer<Shapes['WarningSchema']>;
export type Report = z.infer<Shapes['ReportSchema']>;
export type SectionId = z.infer<typeof SectionIdSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export const MISSING: Cell = Object.freeze({ state: 'missing' }) as Cell;
