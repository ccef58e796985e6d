// Rules about the conversation before: a follow-up that names part of a figure, an operation on
// the figures just given, a follow-up to a sentence's figure or to a declined question.
import { mapped } from '../../arrays.ts';
import { unexplained, wholly } from '../candidates.ts';
import { conversationReading } from '../conversation.ts';
import { followUp, previousFigure } from '../follow-up.ts';
import { sameMeasure, type Measure } from '../measure.ts';
import { normalise } from '../normalise.ts';
import { proseCoverage } from '../prose-coverage.ts';
import { proseIndex } from '../prose.ts';
import { onlyRoles } from '../sentence.ts';
import type { Rule } from './rule.ts';

/** 「其中被纠正的呢」: a follow-up names part of a figure, the rest comes from the question before. */
export const followUpRule: Rule = {
  name: 'follow-up',
  says: 'the question names part of a figure, the rest comes from before',
  decide: (_s, r) => wholly(r.followUp.merged),
};

/** 「保留两位小数呢」 after a figure: the same figure, rounded as now asked. */
export const roundedAgainRule: Rule = {
  name: 'rounded-again',
  says: 'the figure before, rounded as asked',
  decide: (s) => {
    const prev = s.input.previous;
    const onlyRounding = s.round !== undefined && !s.hits.some((h) => h.target.dim !== 'cue') && s.words.every((w) => w.role === 'filler' || w.role === 'follow_up');
    return onlyRounding && prev?.intent === 'figure' && prev.op !== 'breakdown' && !prev.compare ? { ...prev, lang: s.lang } : undefined;
  },
};

/** 「三个加一起」「占多少比例啊」「第2行呢」: an operation on the figures the conversation just gave. */
export const conversationRule: Rule = {
  name: 'conversation',
  says: 'an operation on the figures the conversation just gave (a row by its number, the last figures added up, a share of their whole), or asked back when they do not fit',
  decide: (s) => {
    const previous = previousFigure(s.input.previous);
    const read = conversationReading({ text: s.text, words: s.words, hits: s.hits, previous, recent: s.input.recent ?? [], share: s.flags.share, summed: s.summed });
    if (read?.op === 'clarify') return { intent: 'clarify', lang: s.lang, choices: read.measures };
    return read && { intent: 'figure', lang: s.lang, op: read.op, measures: read.measures };
  },
};

/**
 * 「其中网络辟谣的呢」 after 「局网站发布信息公开多少条」: a short follow-up to a sentence's figure is
 * about that sentence. Its figure that the question fits answers; words it says without a figure of
 * their own (办结 of 「…目前已全部办结」) are asked back, not read as another table's figure.
 */
export const sentenceFollowUpRule: Rule = {
  name: 'sentence-follow-up',
  says: 'the sentence of the figure before states the figure asked (asked back when it says the words without one figure)',
  decide: (s, r) => {
    const m = previousFigure(s.input.previous);
    const report = s.report;
    if (m?.table !== 'prose' || !report || s.input.scoped || !(s.flags.follow_up || onlyRoles(s))) return undefined;
    const sentence = report.figures[m.figure]!.sentence;
    const fits = proseIndex(report).figures
      .filter((entry) => entry.figure.sentence === sentence && entry.index !== m.figure)
      .filter((entry) => !unexplained(s.words, s.mentions, proseCoverage(report, { entry, score: 0 })).length);
    const lang = s.lang;
    if (fits.length === 1) return { intent: 'figure', lang, op: 'value', measures: [{ table: 'prose', figure: fits[0]!.index }] };
    const said = normalise(sentence);
    if (!fits.length && !s.mentions.some((x) => said.includes(x.text))) return undefined;
    const t = r.table;
    const choices: Measure[] = [m, ...mapped(fits, (e): Measure => ({ table: 'prose', figure: e.index })), ...(t.ok && !fits.length ? t.table!.measures : [])];
    return { intent: 'clarify', lang, choices };
  },
};

/**
 * 「直诉呢」 after 「住建 复义 维持」 was declined with 行政复议（结果维持） offered: the follow-up names
 * part of a figure and may take the rest from the figure offered, or be a question of its own. When
 * the two differ, it is asked back; the figure alone is not given as if nothing came before.
 */
export const declinedFollowUpRule: Rule = {
  name: 'declined-follow-up',
  says: 'a follow-up to a declined question, which the figure offered and the words alone read differently: asked back',
  decide: (s, r) => {
    const offered = s.input.declined;
    if (!offered || !s.flags.follow_up) return undefined;
    const t = r.table;
    if (!t.ok || t.table!.op !== 'value' || t.table!.measures.length !== 1) return undefined;
    const merged = followUp({ intent: 'figure', lang: s.lang, op: 'value', measures: [offered] }, s.hits, s.flags, () => false)?.measures?.[0];
    const own = t.table!.measures[0]!;
    if (!merged || sameMeasure(merged, own) || (t.value !== undefined && s.input.figureOf?.(merged) === t.value)) return undefined;
    return { intent: 'clarify', lang: s.lang, choices: [merged, own] };
  },
};
