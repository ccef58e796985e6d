// The question as every reader sees it: its words cut once, with the roles the whole sentence gives
// them (a name is no content word, 没有 at the end asks whether, 占 with a count asked is "make up",
// the words that say where a figure stands or how to round are fillers), its flags and places.
import { mapped } from '../arrays.ts';
import type { FormatVersion } from '../catalogue/format.ts';
import {
  ASKS_WHICH, COUNTED_BEFORE, OTHER_THAN, PERCENT_ASKED, SELF_INTRODUCTION, SHARE_WHOLE_AFTER, WHETHER_WORD,
} from '../catalogue/reading-words.ts';
import type { DeclaredName } from '../catalogue/operations.ts';
import type { Report } from '../report/schema.ts';
import { inSpans, roundingIn, symbolWords } from './asking.ts';
import { FLAGS } from '../catalogue/lexicon-cues.ts';
import type { Mention } from './match.ts';
import { positionHits, positionsIn } from './positions.ts';
import { declaredOperation, withOperationWords } from './operations.ts';
import { hitsOf, type Hit } from './readings.ts';
import { ROLE_WORDS } from './roles.ts';
import { placesIn, type Place } from './table-places.ts';
import type { ReadInput } from './understood.ts';
import { withRole, type Word } from './words.ts';
import { anyOf } from '../catalogue/lexicon-pattern.ts';

export type Flag = keyof typeof FLAGS;
export type Flags = Record<Flag, boolean>;

// Chinese flag words occur anywhere; English ones as whole words ('ratio' is not in 'reconsiderations').
const FLAG_TESTS = mapped((Object.entries(FLAGS) as [Flag, readonly string[]][]), ([flag, words]) => {
  const latin = words.filter((w) => /^[a-z]/.test(w));
  return { flag, han: words.filter((w) => !/^[a-z]/.test(w)), latin: latin.length ? new RegExp(`\\b${anyOf(latin)}\\b`) : undefined };
});

export function flagsOf(text: string): Flags {
  const out = {} as Flags;
  const ascii = !/[^\x00-\x7f]/.test(text);
  for (const { flag, han, latin } of FLAG_TESTS) {
    out[flag] = (!ascii && han.some((w) => text.includes(w))) || (!!latin && /[a-z]/.test(text) && latin.test(text));
  }
  return out;
}

/** The question as every reader sees it: its words with the roles the whole sentence gives them. */
export interface Sentence {
  input: ReadInput;
  text: string;
  lang: 'zh' | 'en';
  report: Report | undefined;
  format: FormatVersion;
  flags: Flags;
  mentions: Mention[];
  hits: Hit[];
  words: Word[];
  /** 一共 and 合计, which are also the catalogue's words for a total column, as words of a sum */
  sums: Word[];
  summed: boolean;
  /** 「哪几类信息申请得最多」: it asks which, not how many; a figure alone does not answer it */
  asksWhich: boolean;
  /** 「表三第二项」「下面第3项」: where in the tables the figure is; a reading must be there */
  places: Place[];
  /** 「保留两位小数」: the decimals the value is to be rounded to */
  round?: number;
  /** 「A是B的几倍」: the operation the catalogue declares that the question's operator words ask for */
  operation?: DeclaredName;
}

/** Words that ask for an operation read by rules of its own: with them, no declared operation is asked. */
const BUILT_IN_OPERATORS: ReadonlySet<string> = new Set(['sum', 'minus', 'compare', 'more', 'share']);

/** 「采取过行政强制措施没有」: 没有 closing a question (or a clause of it) asks whether, it negates nothing. */
export const asksWhether = (text: string, w: Word) => WHETHER_WORD.test(w.text) && /^\s*(?:[,?.!;]|$)/.test(text.slice(w.end));

/** Where 「A占B」, 「A相当于B」, 「A/B」 or 「A除以B」 puts the whole after it. */
export const shareWordAt = (text: string) => text.search(SHARE_WHOLE_AFTER);

export const fromMention = (m: Mention, role: Word['role']): Word => ({ text: m.text, start: m.start, end: m.end, role });

/** Whether the question says nothing of a figure's own: no content, narrowing or number word. */
export const onlyRoles = (s: Sentence) => s.words.every((w) => w.role !== 'content' && w.role !== 'narrowing' && w.role !== 'number');

/** The question from its first word that says something to its last: chatter around it (「感谢，…对吧」) lists nothing. */
export function saidPart(s: Sentence): string {
  let start = s.text.length;
  let end = 0;
  for (const x of [...s.mentions, ...s.words.filter((w) => w.role !== 'filler')]) {
    start = Math.min(start, x.start);
    end = Math.max(end, x.end);
  }
  return s.text.slice(start, end);
}

export function sentenceOf(input: ReadInput, cutWords: readonly Word[]): Sentence {
  const { text, report, names } = input;
  // 「我是律师，想了解…」: who is asking is not which figure.
  let mentions = input.mentions.filter((m) => !(m.targets.some((t) => t.target.dim === 'req_col' || t.target.dim === 'req_colgroup') && SELF_INTRODUCTION.test(text.slice(Math.max(0, m.start - 6), m.start))));
  // 「除了自然人，其他申请人…」: 其他 after an exclusion is the rest of what is excluded, not the column 其他.
  if (cutWords.some((w) => w.role === 'negation')) mentions = mentions.filter((m) => !OTHER_THAN.test(m.text));
  const flags = flagsOf(text);
  // A measure word of one character is a unit only after a number or 几/多少 (几 件, 3 人): with the
  // term before it it is a word (申请人), and alone it is one too (没人关注, 有人).
  const lone = (w: Word, i: number) => {
    if (w.role !== 'unit' || w.text.length !== 1 || !(w.unit === 'count' || w.unit === 'people' || w.unit === 'times')) return false;
    const before = cutWords[i - 1];
    if (before && before.end === w.start && (before.role === 'quantity' || before.role === 'number')) return false;
    return !COUNTED_BEFORE.test(text.slice(0, w.start));
  };
  const named = mapped(cutWords, (w, i) => ((names?.has(w.text) && (w.role === 'content' || w.role === 'number')) || lone(w, i) ? withRole(w, 'filler') : w));
  // 「Science and Technology Commission」: and between two names is part of a name.
  named.forEach((w, i) => {
    if (w.role === 'and' && names?.has(named[i - 1]?.text ?? '') && names.has(named[i + 1]?.text ?? '')) named[i] = withRole(w, 'filler');
  });
  // A quantity or measure word anywhere (项数, 人数, 元) asks for a number.
  flags.quantity ||= named.some((w) => w.role === 'quantity' || w.role === 'unit');
  let words = mapped(named, (w) => (w.role === 'negation' && asksWhether(text, w) ? withRole(w, 'filler') : w));
  // 「其中商业企业申请的占几件」: 占 with a count asked and no word of a share is "make up", not a share.
  if (flags.share && !PERCENT_ASKED.test(text) && words.some((w) => w.role === 'quantity' && (w.unit === 'count' || w.unit === 'times'))) {
    flags.share = false;
    words = mapped(words, (w) => (w.role === 'share' ? withRole(w, 'filler') : w));
  }
  // A comparison across reports asks how a figure changed: its words (多了, 增加) are the comparison's.
  if (input.comparing) words = words.filter((w) => w.role !== 'more' && w.role !== 'compare');
  // 「表三第一行」: the words that say where a figure stands are no question of their own.
  // 「（四）无法提供」「表三第(五)项第2行」: a printed number names its row like its label.
  const positions = positionsIn(text);
  const places = [...placesIn(text), ...positions];
  if (places.length) words = mapped(words, (w) => (places.some((p) => p.start < w.end && w.start < p.end) ? withRole(w, 'filler') : w));
  // 「保留两位小数」 says how to write the value, nothing about which.
  const rounding = roundingIn(text);
  if (rounding) words = mapped(words, (w) => (inSpans(rounding.spans, w) ? withRole(w, 'filler') : w));
  // 「A+B」「A/B」: symbols typed between figures are the operators they stand for.
  // (A symbol inside a label, 增/减, is the label's.)
  const symbols = symbolWords(text).filter((w) => !mentions.some((m) => m.start <= w.start && w.end <= m.end));
  if (symbols.length) words = [...words, ...symbols].sort((a, b) => a.start - b.start);
  // 「几倍」: an operation's declared words are one word of its role, however they were cut.
  words = withOperationWords(text, words, mentions);
  // 「A/B」「A除以B」 ask a share as its other words do.
  if (words.some((w) => w.role === 'share')) flags.share = true;
  const sums = mapped(mentions.filter((m) => ROLE_WORDS[m.text] === 'sum'), (m) => fromMention(m, 'sum'));
  const operation = declaredOperation([...words, ...sums], (w) => BUILT_IN_OPERATORS.has(w.role));
  return {
    input, text, lang: input.lang, report, format: report?.meta.format ?? '2021', flags, mentions, hits: [...hitsOf(mentions), ...positionHits(positions)], words,
    sums, summed: sums.length > 0 || words.some((w) => w.role === 'sum' || w.text === '+'),
    places, ...(rounding ? { round: rounding.decimals } : {}), ...(operation ? { operation } : {}),
    asksWhich: words.some((w) => w.role === 'describe' && ASKS_WHICH.test(w.text)) && !words.some((w) => w.role === 'quantity' || w.role === 'unit'),
  };
}
