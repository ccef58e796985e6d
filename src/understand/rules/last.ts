// The last rules, when no figure reading accounts for the question: a procedure, help, a number
// asked with nothing said of which, what the report does not say, no reading at all.
import { mapped } from '../../arrays.ts';
import { writesNumber } from '../../catalogue/numerals.ts';
import { figureUnit } from '../candidates.ts';
import { isDefaultColumn } from '../readings.ts';
import { onlyRoles, type Sentence } from '../sentence.ts';
import { moneyOfCount } from '../units.ts';
import type { Rule } from './rule.ts';

const cued = (s: Sentence, cue: string) => s.hits.some((h) => h.target.dim === 'cue' && h.target.cue === cue);

export const howToRule: Rule = {
  name: 'how-to',
  says: 'a procedure, not a figure',
  decide: (s) => (cued(s, 'how_to') ? { intent: 'none', lang: s.lang, why: 'how_to' } : undefined),
};

/** 「可以问你哪些问题」: help, though 问题 names a section too. */
export const helpRule: Rule = {
  name: 'help',
  says: 'the question asks what the bot can answer',
  decide: (s) => (cued(s, 'help') && !s.mentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue' && t.target.dim !== 'section' && !isDefaultColumn(t)))
    ? { intent: 'help', lang: s.lang } : undefined),
};

/** 「有多少件？」: a number is asked for, and nothing says which (一共 / 总计 alone do not say which figure). */
export const unspecifiedRule: Rule = {
  name: 'unspecified',
  says: 'a number is asked for and nothing says which: asked back',
  decide: (s) => {
    const content = s.mentions.some((m) => m.targets.some((t) => t.target.dim !== 'cue' && !isDefaultColumn(t)));
    return s.flags.quantity && !content && onlyRoles(s) ? { intent: 'clarify', lang: s.lang, choices: [] } : undefined;
  },
};

/**
 * A figure whose words do not account for the question: the report does not say what is asked.
 * The words that narrow the figure or measure it otherwise are the reason; without them, every word
 * left. Numbers are never repeated back, in any script or spelling: a reply's numbers come from the
 * report alone.
 */
export const notStatedRule: Rule = {
  name: 'not-stated',
  says: 'words of the question that no figure accounts for',
  decide: (s, r) => {
    const figures = [...r.followUp.candidates, ...r.table.candidates, ...r.prose.candidates, ...r.breakdown.candidates];
    const nearest = figures.filter((c) => c.query.intent === 'figure' && c.left.length).sort((a, b) => b.score - a.score)[0];
    if (!nearest) return undefined;
    const m = nearest.query.measures?.length === 1 ? nearest.query.measures[0] : undefined;
    const sayable = nearest.left.filter((l) => !writesNumber(l.text));
    const reasons = sayable.filter((l) => l.why === 'narrowing' || l.why === 'unit');
    // 「罚款金额」 of a count of decisions: the reply says what the report counts.
    const note = m && moneyOfCount(nearest.left, figureUnit(m, s.report, s.format) === 'count');
    return {
      intent: 'none', lang: s.lang, why: sayable.length ? 'unexplained' : 'weak', unexplained: mapped(reasons.length ? reasons : sayable, (l) => l.text), ...(m ? { suggestion: m } : {}), ...(note ? { note } : {}),
    };
  },
};

/** Nothing read: weak when the terms made a table reading that did not account for the question, else no match. */
export const noReadingRule: Rule = {
  name: 'no-reading',
  says: 'no reading',
  decide: (s, r) => ({ intent: 'none', lang: s.lang, why: r.table.table ? 'weak' : 'no_match' }),
};
