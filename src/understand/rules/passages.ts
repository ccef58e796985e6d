// Rules that answer with the report's prose: a section the question names, a paragraph that
// shares its rare words.
import { passageText } from '../prose.ts';
import type { Rule } from './rule.ts';

/**
 * A passage answers what is described (存在哪些问题, 要收费吗); a number asked for comes from a table
 * when one fits, unless the passage's words say more than the table's (「信息处理费收了多少」 is about
 * the fee, which the tables do not hold, not about requests received). A number asked of a figure the
 * question narrows (「平均」「粉丝」) is not answered with a passage either, unless what the figure
 * leaves unexplained is the passage's own subject (「信息处理费收了多少」).
 */
export const passageRule: Rule = {
  name: 'passage',
  says: 'the question names a section of prose',
  decide: (s, r) => {
    const { passage, said } = r.passage;
    if (!passage) return undefined;
    const quantity = s.flags.quantity;
    if (quantity) {
      const figures = [...r.followUp.candidates, ...r.table.candidates, ...r.prose.candidates];
      const narrowed = figures.some((c) => c.query.intent === 'figure' && c.left.length > 0 && !c.left.some((l) => l.text === said));
      if (narrowed || r.table.ok) return undefined;
    }
    const p = passage.query.passage!;
    // 「组织了几次培训」: a number asked of a passage that does not say the word it was named by is not there.
    if (quantity && s.report && !s.report.prose.some((x) => x.section === p.section && (!p.subsection || x.subsection === p.subsection) && passageText(x).includes(said!))) return undefined;
    return passage.query;
  },
};

/** 「政策解读都采用了哪些形式」: no figure is asked for, and a paragraph of the report says it. */
export const searchRule: Rule = {
  name: 'search',
  says: 'a paragraph of the report shares the question\'s rare words',
  decide: (s, r) => ((!s.flags.quantity || s.asksWhich) && s.report ? r.search.found?.query : undefined),
};
