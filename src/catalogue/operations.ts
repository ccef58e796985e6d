// The kinds of computed answer Gongkai gives, by name: one list that the question's reading
// (understand/), the model's tool (llm/) and the registry that computes and writes them
// (answer/ops/index.ts) all take their names from. A new operation is declared here first: its
// name, the words that ask for it and how many figures it takes (DECLARED); understanding reads
// it from these words alone, and its file in answer/ops/ computes and writes it.

/**
 * An operation over figures the question names, asked by words of its own (「几倍」): the words
 * (recognised wherever they stand in the question, whatever the segmenter cuts), the number of
 * figures it takes (the first named is the first figure), and what it computes, in the words the
 * model's tool gives it.
 */
export interface DeclaredOperation {
  words: { zh: readonly string[]; en: readonly string[] };
  operands: number;
  says: string;
  /** words that stand between its figures (是 of 「A是B的几倍」): a question read part by part is cut there too */
  between?: { zh: readonly string[]; en: readonly string[] };
}

/** The operations understanding reads by their declared words alone (understand/operations.ts). */
export const DECLARED = {
  /** 「复议数量是诉讼数量的几倍」「how many times as many A as B」: the first figure over the second */
  ratio: {
    words: { zh: ['几倍', '多少倍', '倍数'], en: ['how many times as many', 'how many times as much', 'times as many', 'times as much', 'is how many times', 'are how many times'] },
    operands: 2,
    says: 'how many times the second the first is',
    between: { zh: ['是'], en: ['is', 'are', 'as'] },
  },
} as const satisfies Record<string, DeclaredOperation>;
export type DeclaredName = keyof typeof DECLARED;
export const DECLARED_NAMES = Object.keys(DECLARED) as DeclaredName[];
/** A declared operation by its name. */
export const declared = (name: DeclaredName): DeclaredOperation => (DECLARED as Record<string, DeclaredOperation>)[name]!;

/** The operations read by rules of their own (understand/readings.ts, readers/, compare.ts). */
const BUILT_IN = ['value', 'sum', 'share', 'difference', 'breakdown', 'change_rate'] as const;

/** every operation: a figure as looked up, or one declared combination of looked-up figures */
export type OpName = (typeof BUILT_IN)[number] | DeclaredName;
export const OPERATIONS = [...BUILT_IN, ...DECLARED_NAMES] as [OpName, ...OpName[]];

type Derived = { figures: number | 'two or more'; says: string };
const BUILT_IN_DERIVED = {
  sum: { figures: 'two or more', says: 'sum of the figures' },
  share: { figures: 2, says: 'share of the first in the second, in %' },
  difference: { figures: 2, says: 'difference first − second' },
} as const satisfies Partial<Record<OpName, Derived>>;

/**
 * The operations a model may ask for over figures it names (llm/tools.ts `derive`): how many
 * figures each takes, and what it computes, in the words the tool's description gives the model.
 * Every declared operation is one.
 */
export type DerivedName = keyof typeof BUILT_IN_DERIVED | DeclaredName;
export const DERIVED: Record<DerivedName, Derived> = {
  ...BUILT_IN_DERIVED,
  ...Object.fromEntries(DECLARED_NAMES.map((n) => [n, { figures: declared(n).operands, says: declared(n).says }])),
} as Record<DerivedName, Derived>;
export const DERIVED_NAMES = Object.keys(DERIVED) as [DerivedName, ...DerivedName[]];

/**
 * 「同比增长百分之多少」「与上年相比增减百分比」「增长率」: a change between two years' reports asked
 * in percent, not in the figure's own unit. Read only where the question compares with another year.
 */
export const CHANGE_RATE_WORDS = ['百分比', '百分之几', '百分之多少', '百分数', '增长率', '增减率', '下降率', '变化率', '增长幅度', '增减幅度', '下降幅度', '变化幅度',
  '增幅', '降幅', 'percentage', 'percent', 'per cent', 'growth rate', 'rate of change'];
