// Rules that answer from the tables: a declared breakdown named outright, a figure and the word for
// its parts, readings that tie, and the one reading that accounts for every word.
import { mapped } from '../../arrays.ts';
import { REQUEST_ROW_GROUPS } from '../../catalogue/format.ts';
import { figureUnit, JOINING_ROLES, tableQuery, targetsOf, unexplained, wholly } from '../candidates.ts';
import { breakdownOf } from '../measure.ts';
import type { Readings } from '../readers/index.ts';
import type { TableReading } from '../readings.ts';
import type { Sentence } from '../sentence.ts';
import type { Rule } from './rule.ts';

/** 「申请人构成」: a breakdown the catalogue declares, named outright. */
export const breakdownRule: Rule = {
  name: 'breakdown',
  says: 'the question names a whole and its parts',
  decide: (_s, r) => wholly(r.breakdown.breakdown),
};

/** The table reading that accounts for every word, for a question that does not ask which. */
function accounted(s: Sentence, r: Readings): TableReading | undefined {
  const { table, ok } = r.table;
  return table && ok && !s.asksWhich ? table : undefined;
}

/** 「不予公开的构成」「行政复议结果分布」「不予公开哪类最多」: the figure's parts, as the format arranges them. */
export const tablePartsRule: Rule = {
  name: 'table-parts',
  says: 'a figure and the word for its parts',
  decide: (s, r) => {
    const { table, ok } = r.table;
    if (!table || !ok || !(s.flags.breakdown || s.asksWhich) || table.op !== 'value' || table.measures.length !== 1) return undefined;
    const whole = table.measures[0]!;
    const parts = breakdownOf(whole, s.format);
    // 「哪类最多」 is answered by a group's items (不予公开的理由), not by who asked (申请人 of 新收).
    const byItem = parts?.slice(1).every((m) => m.table !== 'requests' || whole.table !== 'requests' || m.row !== whole.row);
    return parts && (s.flags.breakdown || byItem) ? { intent: 'figure', lang: s.lang, op: 'breakdown', measures: parts } : undefined;
  },
};

/**
 * Readings that tie but give the same figure are one answer; so is, of the figures tied, the row
 * whose own words account for the whole question (「让我补材料我没补、就不处理了的」).
 */
export const tableTieRule: Rule = {
  name: 'table-tie',
  says: 'tied readings give one figure, or one of them alone accounts for every word',
  decide: (s, r) => {
    const table = accounted(s, r);
    if (!table?.choices?.length) return undefined;
    const lang = s.lang;
    const values = new Set(mapped(table.choices, (m) => s.input.figureOf?.(m)));
    if (values.size === 1 && !values.has(undefined) && !table.columnOnly) return { intent: 'figure', lang, op: 'value', measures: [table.choices[0]!] };
    // (Not when the question joins or compares figures: then each is one of its parts.)
    const joins = s.words.some((w) => JOINING_ROLES.has(w.role));
    const whole = table.columnOnly || joins || s.input.comparing ? [] : table.choices.filter((m) => m.table !== 'prose'
      && unexplained(s.words, s.mentions, { targets: targetsOf(m), family: m.table, unit: figureUnit(m, undefined, s.format), op: 'value' }).length === 0);
    // Only a group loses so (不予处理 to a row whose label says 不再处理): two rows named each by its label stay a question back.
    const groupsLose = table.choices.every((m) => m === whole[0] || (m.table === 'requests' && REQUEST_ROW_GROUPS.some((g) => g.id === m.row)));
    return whole.length === 1 && groupsLose ? { intent: 'figure', lang, op: 'value', measures: [whole[0]!] } : undefined;
  },
};

/** Readings that tie and give different figures: the user is asked which. */
export const tableAmbiguousRule: Rule = {
  name: 'table-ambiguous',
  says: 'the question fits several figures equally: asked back',
  decide: (s, r) => {
    const table = accounted(s, r);
    return table?.choices?.length ? { intent: 'clarify', lang: s.lang, choices: table.choices } : undefined;
  },
};

/** A table reading that accounts for every word. */
export const tableRule: Rule = {
  name: 'table',
  says: 'the catalogue terms and their vocabulary account for every word',
  decide: (s, r) => {
    const table = accounted(s, r);
    return table && tableQuery(table, s.lang);
  },
};
