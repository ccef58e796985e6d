// Whether a reading accounts for the whole question: every word has a role (a term the reading
// uses, a word of its figure's vocabulary, an operator it computes, a unit that fits its figure, a
// filler). What is left over is what the question asks that the reading's figure does not say.
import { mapped } from '../arrays.ts';
import { chineseNumber } from './normalise.ts';
import { isPartWord } from './asking.ts';
import { EVERY_KIND, INCLUDING } from '../catalogue/asking.ts';
import { wholeTarget, type Mention, type Target } from './match.ts';
import type { Family } from './measure.ts';
import { remembered } from './memo.ts';
import { isDeclared } from './operations.ts';
import type { Op } from './readings.ts';
import { CLAUSE_EQUIVALENT, EQUIVALENT, unitFits, type UnitKind } from './roles.ts';
import { familyVocabulary, inPhrases, labelsOf, labelWordsOf, targetKey, vocabularyOf } from './vocabulary.ts';
import { cut, inDictionary, roleOf, type Word } from './words.ts';
import { BREAKDOWNS, REQUEST_COLUMN_GROUPS } from '../catalogue/format.ts';
import { SAYS_NOT } from '../catalogue/lexicon-cues.ts';
import { ASKING_EN, PARTICLE_AFTER_TERM, PARTICLE_BEFORE_TERM } from '../catalogue/lexicon-roles.ts';
import { PARTS_COUNTED } from '../catalogue/measures.ts';
import { enclosed, enclosing, partKeysOf, targetOf } from './wholes.ts';

export { enclosed, enclosing } from './wholes.ts';

export interface Coverage {
  /** the catalogue targets the reading's figure is made of */
  targets: Target[];
  /** the table the figure is in */
  family?: Family;
  /** more words the figure's own text explains (a prose figure's sentence, a passage) */
  words?: ReadonlySet<string>;
  /** the clause before a prose figure's number: what it counts */
  clause?: string;
  /** the figure's own text: a word found in it is explained (发 in 发布信息) */
  text?: string;
  /** words that name another figure of the same sentence: never this figure's */
  foreign?: ReadonlySet<string>;
  /** more words the figure explains by a rule of its own (an English word whose Chinese the sentence holds) */
  alsoKnown?: (word: string) => boolean;
  /** the figure is itself a "not" (不予公开, 无法提供, 未经复议): a negation in the question is its own */
  negative?: boolean;
  /** how the figure is measured */
  unit?: UnitKind;
  op: Op | 'passage' | 'help' | 'clarify';
  /** how many figures a derived reading combines (「三个加起来」 names their count) */
  parts?: number;
  /** the thing a figure counts when the report names it after the number (检查 of 「4次…栏目全覆盖检查」): a question in Chinese must name it */
  head?: string;
  /** the words before the head after the number (栏目 of 政府信息公开栏目全覆盖检查), the subject's own words aside */
  after?: ReadonlySet<string>;
  /** a part a sentence states of the figure before it (「答复 3050 件（含上年度结转申请 34 件）」): not the whole a question asks including it */
  part?: boolean;
  /** the sentence states a part of this figure right after it (含…, 其中…): a question may ask it including that part */
  holds?: boolean;
  /** figures a sentence states as one (予以公开及部分公开 208 件): the question must name every one */
  together?: Target[];
}

export interface LeftOver {
  text: string;
  /** why it is not accounted for */
  why: 'word' | 'term' | 'unit' | 'operator' | 'narrowing' | 'number' | 'negation';
}

const INCLUDING_WORDS: ReadonlySet<string> = new Set(INCLUDING);
const KINDS: ReadonlySet<string> = new Set(EVERY_KIND.kinds);
const EVERY: ReadonlySet<string> = new Set(EVERY_KIND.every);
const NEUTRAL = new Set(['filler', 'quantity', 'describe', 'follow_up', 'and', 'sum', 'change']);

// A question's English words are looked up against many vocabularies: their forms are made once.
/** An English word and the forms it may be written in (file, files, filed, filing). */
export const forms: (w: string) => readonly string[] = remembered(5_000, formsOf);

function formsOf(w: string): string[] {
  if (!/^[a-z]{3,}$/.test(w)) return [w];
  const out = new Set([w, `${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${w}ing`]);
  for (const end of ['ies', 'es', 's', 'ed', 'd', 'ing']) {
    if (!w.endsWith(end) || w.length - end.length < 3) continue;
    const stem = w.slice(0, -end.length);
    out.add(stem);
    if (end === 'ies' || end === 'ied') out.add(`${stem}y`);
    for (const e2 of ['s', 'ed', 'ing', 'e', 'es']) out.add(stem + e2);
  }
  if (w.endsWith('ied')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('y')) out.add(`${w.slice(0, -1)}ies`).add(`${w.slice(0, -1)}ied`);
  return [...out];
}

export function leftOver(words: readonly Word[], mentions: readonly Mention[], c: Coverage): LeftOver[] {
  const keys = new Set<string>();
  for (const t of c.targets) {
    keys.add(targetKey(t));
    for (const k of enclosing(t)) keys.add(k);
    for (const k of enclosed(t)) keys.add(k);
  }
  const vocab = [...mapped(c.targets, vocabularyOf), ...(c.family ? [familyVocabulary(c.family)] : []), ...(c.words ? [c.words] : [])];
  const latin = (w: string) => /^[a-z]/.test(w);
  const has = (w: string) => (latin(w) ? forms(w).some((f) => vocab.some((v) => v.has(f))) : vocab.some((v) => v.has(w)))
    || (/\p{Script=Han}/u.test(w) && (c.targets.some((t) => inPhrases(t, w)) || !!c.text?.includes(w)))
    || !!c.alsoKnown?.(w);
  // 「多少件…，含上年度结转的」: after an including word, the part named is the whole's own (not another figure's).
  const asked = words.findIndex((w) => w.role === 'quantity' || ASKING_EN.has(w.text));
  const including = words.findIndex((w, i) => i > asked && asked >= 0 && INCLUDING_WORDS.has(w.text));
  const includedAt = including >= 0 && c.holds ? words[including]!.end : Infinity;
  const knownAt = (w: string, at: number) => (at < includedAt && !!c.foreign?.has(w) ? false
    : has(w) || (EQUIVALENT[w] ?? []).some(has) || (CLAUSE_EQUIVALENT[w] ?? []).some((x) => !!c.clause?.includes(x)));
  const known = (w: string) => knownAt(w, -1);
  const negative = c.negative || c.targets.some(isNegative);
  // A word as a word: one of the figure's words, or a known word of two characters or more (a single
  // character found somewhere in the sentence is only a character of some other word).
  const whole = (x: string) => !c.foreign?.has(x) && (vocab.some((v) => v.has(x)) || (x.length > 1 && known(x)));
  // A word of a part of the figure, or of another part of its whole (直接 of 未经复议直接起诉, for
  // 行政诉讼 or 复议后起诉), says which part the question means even when alone it is a filler.
  const named = new Set(mapped(c.targets, targetKey));
  const partWords = mapped(c.targets.flatMap(partKeysOf).filter((k) => !named.has(k)), labelWordsOf);
  const out: LeftOver[] = [];
  const everyKind = c.targets.some((t) => enclosed(t).length > 1) && words.some((w) => KINDS.has(w.text)) && words.some((w) => EVERY.has(w.text));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // (An English filler, 'the' of a part's English name, says nothing of which part.)
    if (w.role === 'filler' && !/^[a-z]/.test(w.text) && partWords.some((p) => p.has(w.text)) && !known(w.text)) {
      out.push({ text: w.text, why: 'word' });
      continue;
    }
    // The measure word of 几个 or 多少件 must fit the figure as a unit word must; a share's operands are counted.
    if (w.role === 'quantity' && w.unit && c.op !== 'share' && c.unit && !unitFits(w.unit, c.unit) && !known(w.text)) {
      out.push({ text: w.text, why: 'unit' });
      continue;
    }
    if (NEUTRAL.has(w.role) || (i === including && c.holds)) continue;
    // 「所有原因」 "across all reasons" of a group (不予公开, 无法提供): its items, every one of them.
    if (everyKind && (KINDS.has(w.text) || EVERY.has(w.text))) continue;
    // 「几倍」: a declared operation's word is explained by a reading of that operation only.
    if (isDeclared(w.role)) {
      if (c.op !== w.role) out.push({ text: w.text, why: 'operator' });
    } else if (w.role === 'minus' || w.role === 'compare' || w.role === 'more') {
      if (c.op !== 'difference' && !known(w.text)) out.push({ text: w.text, why: 'operator' });
    } else if (w.role === 'share') {
      if (c.op !== 'share' && c.unit !== 'percent' && !known(w.text)) out.push({ text: w.text, why: 'operator' });
    } else if (w.role === 'unit') {
      const figure = c.op === 'share' ? 'percent' : c.unit;
      // Only the figure's own words excuse a unit that does not fit: a sentence may say 率 of another figure.
      if (figure && !unitFits(w.unit!, figure) && !vocab.some((v) => v !== c.words && v.has(w.text))) out.push({ text: w.text, why: 'unit' });
    } else if (w.role === 'negation') {
      // 没 in 「没有现成信息」 is the row's own word; elsewhere the question negates what it names.
      if (!negative && !vocab.some((v) => v.has(w.text))) out.push({ text: w.text, why: 'negation' });
    } else if (w.role === 'number') {
      const counted = Number(w.text) === c.parts || (isPartWord(words[i + 1]?.text ?? '') && countsParts(Number(w.text), c));
      if (!known(w.text) && !counted) out.push({ text: w.text, why: 'number' });
    } else if (w.role === 'content' && (partsCounted(w.text, c) || (isPartWord(words[i + 1]?.text ?? '') && countsParts(chineseNumber(w.text) ?? NaN, c)))) {
      continue;
    } else if (!knownAt(w.text, w.start) && !(w.role === 'content' && pieced(w.text, known, whole, words[i - 1]?.end === w.start ? words[i - 1]!.text : ''))) {
      out.push({ text: w.text, why: w.role === 'narrowing' ? 'narrowing' : 'word' });
    }
  }
  // A term's own words may be roles: 多少件申请 is 多少, a unit that fits, and 申请.
  const neutral = (w: string) => {
    const r = roleOf(w);
    return NEUTRAL.has(r.role) || (r.role === 'unit' && (!c.unit || unitFits(r.unit!, c.unit)));
  };
  for (const m of mentions) {
    const usable = m.targets.some(({ target: t }) => t.dim === 'cue' || keys.has(targetKey(t)) || keys.has(wholeOf(t) ?? '')
      || (isTotalColumn(t)) || (c.family !== undefined && familyOfTarget(t) === c.family && fallbackIn(m, t)));
    if (usable) continue;
    // A term whose every word is in the figure's own words (行政许可 in 「共处理行政许可事项」).
    const bare = m.text.replace(PARTICLE_BEFORE_TERM, '').replace(PARTICLE_AFTER_TERM, '');
    // A breakdown named (「直接起诉和复议后起诉」) is several figures: no one figure's words account for it.
    const several = m.targets.every(({ target: t }) => t.dim === 'breakdown');
    if (knownAt(m.text, m.start) || knownAt(bare, m.start) || (!several && wordsOfTerm(m.text).every((w) => known(w) || neutral(w) || pieced(w, known, whole, '')))) continue;
    out.push({ text: m.text, why: 'term' });
  }
  // The part itself is not what a question asks including it.
  if (c.part && including >= 0) out.push({ text: words[including]!.text, why: 'operator' });
  // 「栏目个数」 of 「组织 4 次…栏目全覆盖检查」 counts 栏目, not the inspections of them.
  if (c.head && words.some((w) => /\p{Script=Han}/u.test(w.text)) && !words.some((w) => w.text.includes(c.head!) || (EQUIVALENT[w.text] ?? []).includes(c.head!))
    && !mentions.some((m) => m.text.includes(c.head!))) {
    // What the question counts instead is what it names of the words after the number (栏目).
    const named = words.filter((w) => w.role === 'content' && !!c.after?.has(w.text));
    out.push(...(named.length ? mapped(named, (w): LeftOver => ({ text: w.text, why: 'term' })) : [{ text: c.head, why: 'term' as const }]));
  }
  for (const t of c.together ?? []) {
    const key = targetKey(t);
    if (!mentions.some((m) => m.targets.some((x) => targetKey(x.target) === key))) out.push({ text: labelsOf(t)[0] ?? key, why: 'term' });
  }
  return out;
}

/** 「无法提供的三种情况」: the number of parts the figure is made of, named with it. */
function partsCounted(w: string, c: Coverage): boolean {
  const m = PARTS_COUNTED.exec(w);
  const n = m && (chineseNumber(m[1]!) ?? Number(m[1]));
  return !!n && countsParts(n, c);
}

/** Whether n is how many figures the reading adds up, or how many items or columns its figure is made of. */
function countsParts(n: number, c: Coverage): boolean {
  return c.parts === n || c.targets.some((t) => enclosed(t).length === n
    || (t.dim === 'req_colgroup' && REQUEST_COLUMN_GROUPS.find((g) => g.id === t.id)?.items.length === n));
}


/**
 * A short word the segmenter made up from characters it did not know (谣发 from 网络辟谣发了) is
 * explained when its pieces are words: 谣 ends 辟谣 with the character before it, and at most one
 * piece may be a bare character of a longer word of the figure (发 of 发布). Two such characters
 * (图 of 图片 and 解 of 解读 for 图解) are another word, which the figure does not say.
 */
function pieced(w: string, known: (x: string) => boolean, whole: (x: string) => boolean, before: string): boolean {
  if (w.length < 2 || w.length > 3 || inDictionary(w) || !/^\p{Script=Han}+$/u.test(w)) return false;
  const neutral = (x: string) => NEUTRAL.has(roleOf(x).role);
  // The first piece may finish the word before it (辟 | 谣发: 辟谣).
  const joins = (x: string) => before.length > 0 && [1, 2].some((k) => k <= before.length && whole(before.slice(-k) + x));
  const split = (rest: string, first: boolean, bare: number): boolean => {
    if (!rest) return true;
    for (let k = rest.length; k >= 1; k--) {
      const piece = rest.slice(0, k);
      if (k === rest.length && first) continue;
      if (neutral(piece) || whole(piece) || (first && joins(piece))) {
        if (split(rest.slice(k), false, bare)) return true;
      } else if (k === 1 && bare === 0 && known(piece) && split(rest.slice(1), false, 1)) return true;
    }
    return false;
  };
  return split(w, true, 0);
}

/** A figure whose own label says "not" (不予公开, 无法提供, 未经复议直接起诉, 尚未审结, 逾期未按收费通知…), notes in brackets aside. */
const saysNot = remembered(5_000, (key): boolean => labelsOf(targetOf(key)).some((l) => SAYS_NOT.test(l.replace(/\(.*?\)/g, ''))));

/** Whether a figure's meaning is a "not": its label says so, or the group it is part of (国家秘密 of 不予公开). */
export function isNegative(t: Target): boolean {
  return saysNot(targetKey(t)) || enclosing(t).some(saysNot);
}

/** 多少件申请, a term kept whole: the quantity it starts with is a word of its own. */
function askedFor(w: string): string[] {
  for (let k = Math.min(3, w.length - 1); k >= 2; k--) if (roleOf(w.slice(0, k)).role === 'quantity') return [w.slice(0, k), w.slice(k)];
  return [w];
}

// A term's words, cut once: terms come from a fixed lexicon.
const wordsOfTerm = remembered(20_000, (term): string[] => cut(term).flatMap((w) => askedFor(w.text)));

/** The figure a breakdown is the parts of, as a target's key: 「直接起诉和复议后起诉」 names 行政诉讼. */
function wholeOf(t: Target): string | undefined {
  const whole = t.dim === 'breakdown' ? BREAKDOWNS.find((b) => b.id === t.id)?.whole : undefined;
  const target = whole && wholeTarget(whole);
  return target && targetKey(target);
}

const isTotalColumn = (t: Target) => (t.dim === 'req_col' || t.dim === 'rev_col') && t.id === 'total';

function fallbackIn(m: Mention, t: Target): boolean {
  return m.targets.some((x) => x.fallback && targetKey(x.target) === targetKey(t));
}

function familyOfTarget(t: Target): Family | undefined {
  if (t.dim.startsWith('req_')) return 'requests';
  if (t.dim.startsWith('rev_')) return 'review';
  if (t.dim.startsWith('act_')) return 'active';
  return undefined;
}
