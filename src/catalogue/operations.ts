// The kinds of computed answer Gongkai gives, by name: one list that the question's reading
// (understand/), the model's tool (llm/) and the registry that computes and writes them
// (answer/ops/index.ts) all take their names from. A new operation is named here first.

/** every operation: a figure as looked up, or one declared combination of looked-up figures */
export const OPERATIONS = ['value', 'sum', 'share', 'difference', 'breakdown', 'change_rate'] as const;
export type OpName = (typeof OPERATIONS)[number];

/**
 * The operations a model may ask for over figures it names (llm/tools.ts `derive`): how many
 * figures each takes, and what it computes, in the words the tool's description gives the model.
 */
export const DERIVED = {
  sum: { figures: 'two or more', says: 'sum of the figures' },
  share: { figures: 2, says: 'share of the first in the second, in %' },
  difference: { figures: 2, says: 'difference first − second' },
} as const satisfies Partial<Record<OpName, { figures: number | 'two or more'; says: string }>>;
export type DerivedName = keyof typeof DERIVED;
export const DERIVED_NAMES = Object.keys(DERIVED) as [DerivedName, ...DerivedName[]];

/**
 * 「同比增长百分之多少」「与上年相比增减百分比」「增长率」: a change between two years' reports asked
 * in percent, not in the figure's own unit. Read only where the question compares with another year.
 */
export const CHANGE_RATE_WORDS = ['百分比', '百分之几', '百分之多少', '百分数', '增长率', '增减率', '下降率', '变化率', '增长幅度', '增减幅度', '下降幅度', '变化幅度',
  '增幅', '降幅', 'percentage', 'percent', 'per cent', 'growth rate', 'rate of change'];
