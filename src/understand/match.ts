// Finds the catalogue's words in a normalised question. The lexicon is compiled once, at module
// load, from the catalogue (labels, keys, synonyms, English names) and the span cues: adding a
// synonym to src/catalogue/format.ts is all it takes for questions to use it.
import { mapped } from '../arrays.ts';
import { LRUCache } from 'lru-cache';
import {
  ACTIVE_TABLES, BREAKDOWNS, REQUEST_COLUMNS, REQUEST_COLUMN_GROUPS, REQUEST_ROWS, REQUEST_ROW_GROUPS,
  REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_GROUP_SUMS, SECTIONS,
  type Entry, type Measure, type LabelKey, type RequestColumnId, type ReviewColumnId, type ReviewGroupId, type SectionId,
} from '../catalogue/format.ts';
import { PARAPHRASES } from '../catalogue/paraphrases.ts';
import { SPAN_CUES, type CueKind } from './cues.ts';
import { normalise } from './normalise.ts';
import { builtOnce, formOf, isText, isWords, keepForms, normalisedPhrase } from './phrase-forms.ts';
import { cut, inDictionary, useDomainText } from './words.ts';
import { FALLBACK_WEIGHT, LABEL_WEIGHT, LOOSE_WEIGHT, SYNONYM_WEIGHT, WHOLE_WEIGHT } from './weights.ts';

export type Target =
  | { dim: 'req_row'; id: string }
  | { dim: 'req_group'; id: string }
  | { dim: 'req_col'; id: RequestColumnId }
  | { dim: 'req_colgroup'; id: string }
  | { dim: 'rev_group'; id: ReviewGroupId }
  | { dim: 'rev_sum'; id: string }
  | { dim: 'rev_col'; id: ReviewColumnId }
  | { dim: 'act_row'; id: string }
  | { dim: 'act_col'; id: string }
  | { dim: 'section'; id: SectionId; subsection?: string }
  /** a whole and its parts, declared in the catalogue (申请人构成) */
  | { dim: 'breakdown'; id: string }
  | { dim: 'cue'; cue: CueKind };

export type Dim = Target['dim'];

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** every target the words name, with how strongly: a label outweighs a synonym */
  targets: { target: Target; score: number; fallback?: boolean }[];
}


/** The row or group target a figure's row or group is (a row group's id names a req_group). */
export function wholeTarget(ref: Measure): Target | undefined {
  if (ref.table === 'review') return REVIEW_GROUP_SUMS.some((g) => g.id === ref.group) ? { dim: 'rev_sum', id: ref.group } : { dim: 'rev_group', id: ref.group as ReviewGroupId };
  if (ref.table === 'requests') return REQUEST_ROW_GROUPS.some((g) => g.id === ref.row) ? { dim: 'req_group', id: ref.row } : { dim: 'req_row', id: ref.row };
  return undefined;
}

interface Term {
  text: string;
  latin: boolean;
  targets: { target: Target; weight: number; fallback?: boolean }[];
}

const IS_WORD_CHAR = /[a-z0-9]/;

/** How much a matched text says: a Chinese character about as much as three Latin letters. */
export function strength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\x00-\x7f]/.test(ch) ? 1 / 3 : 1;
  return n;
}

function compile(): Map<string, Term[]> {
  const terms = new Map<string, Term>();
  // Labels that the format itself treats as too short to identify a row (总计, 其他) only count
  // where a synonym claims them: as a question word they mean nothing on their own.
  const generic = new Set<string>();
  const keysOf = (e: { keys?: LabelKey[] }) => e.keys ?? [];
  for (const r of REQUEST_ROWS) for (const k of keysOf(r)) if (k.exact) generic.add(k.text);

  const add = (raw: string, target: Target, weight: number, fallback = false) => {
    const text = normalisedPhrase(raw, normalise);
    if (!text) return;
    let term = terms.get(text);
    if (!term) terms.set(text, (term = { text, latin: IS_WORD_CHAR.test(text[0]!) || IS_WORD_CHAR.test(text.at(-1)!), targets: [] }));
    const same = term.targets.find((t) => sameTarget(t.target, target));
    if (same) {
      same.weight = Math.max(same.weight, weight);
      if (!fallback) delete same.fallback;
    } else term.targets.push({ target, weight, ...(fallback ? { fallback } : {}) });
  };
  const addEntry = (e: Entry & { keys?: LabelKey[] }, target: Target) => {
    // Only the rows that print a bare 总计 or 其他 lose it as a term; the columns 总计 and 其他 keep it.
    const bare = target.dim === 'req_row' ? generic : new Set<string>();
    for (const l of e.labels) if (!bare.has(l)) add(l, target, LABEL_WEIGHT);
    for (const k of keysOf(e)) if (!k.exact) add(k.text, target, LABEL_WEIGHT);
    add(e.en, target, LABEL_WEIGHT);
    for (const s of e.synonyms ?? []) add(s, target, SYNONYM_WEIGHT);
    const p = PARAPHRASES[targetKey(target)];
    for (const s of [...(p?.zh ?? []), ...(p?.en ?? [])]) add(s, target, SYNONYM_WEIGHT);
    for (const s of e.fallback ?? []) add(s, target, FALLBACK_WEIGHT, true);
  };

  for (const r of REQUEST_ROWS) {
    addEntry(r, { dim: 'req_row', id: r.id });
    // 三(三)1, 三(七): a row by its printed number (the bare 一, 二, 四 say too little).
    if (r.number.includes('(')) add(r.number, { dim: 'req_row', id: r.id }, LABEL_WEIGHT);
  }
  for (const g of REQUEST_ROW_GROUPS) {
    addEntry(g, { dim: 'req_group', id: g.id });
    add(g.number, { dim: 'req_group', id: g.id }, LABEL_WEIGHT);
  }
  for (const c of REQUEST_COLUMNS) addEntry(c, { dim: 'req_col', id: c.id });
  for (const g of REQUEST_COLUMN_GROUPS) addEntry(g, { dim: 'req_colgroup', id: g.id });
  for (const g of REVIEW_GROUPS) addEntry(g, { dim: 'rev_group', id: g.id });
  for (const g of REVIEW_GROUP_SUMS) addEntry(g, { dim: 'rev_sum', id: g.id });
  for (const c of REVIEW_COLUMNS) addEntry(c, { dim: 'rev_col', id: c.id });
  for (const tables of Object.values(ACTIVE_TABLES)) {
    for (const t of tables) {
      for (const r of t.rows) addEntry(r, { dim: 'act_row', id: r.id });
      for (const c of t.columns) addEntry(c, { dim: 'act_col', id: c.id });
    }
  }
  for (const b of BREAKDOWNS) {
    addEntry(b, { dim: 'breakdown', id: b.id });
    // A breakdown's words also name its whole, more weakly: 「行政复议结果维持」 is the
    // reconsiderations upheld, not a breakdown with a stray word.
    const whole = wholeTarget(b.whole);
    if (whole) for (const l of [...b.labels, ...(b.synonyms ?? [])]) add(l, whole, WHOLE_WEIGHT);
  }
  // Sections 二–四 are tables: their rows answer for them. The prose sections answer with passages.
  for (const s of SECTIONS) {
    if (s.id === 'active' || s.id === 'requests' || s.id === 'review') continue;
    addEntry(s, { dim: 'section', id: s.id });
    for (const sub of s.subsections ?? []) addEntry(sub, { dim: 'section', id: s.id, subsection: sub.id });
  }
  for (const [cue, words] of Object.entries(SPAN_CUES) as [CueKind, string[]][]) {
    for (const w of words) add(w, { dim: 'cue', cue }, LABEL_WEIGHT);
  }

  // Index by first character, longest first, so a scan tries the most specific words first.
  const byFirst = new Map<string, Term[]>();
  for (const term of terms.values()) {
    const first = term.text[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(term);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  return byFirst;
}

/** A target's key in the catalogue's own terms: `req_row:granted`, `section:problems.improvements`. */
export const targetKey = (t: Target): string =>
  t.dim === 'cue' ? `cue:${t.cue}` : t.dim === 'section' ? `section:${t.id}${t.subsection ? `.${t.subsection}` : ''}` : `${t.dim}:${t.id}`;

export function sameTarget(a: Target, b: Target): boolean {
  if (a.dim !== b.dim) return false;
  if (a.dim === 'cue') return a.cue === (b as typeof a).cue;
  if (a.dim === 'section') return a.id === (b as typeof a).id && a.subsection === (b as typeof a).subsection;
  return a.id === (b as { id: string }).id;
}


// Characters a speaker slips between the words of a term without changing what it names:
// 「复议之后再起诉」 is 复议后起诉, 「直接去法院告」 stays itself. Only these, and at most a few.
const SLIPS = '之再又就了的以还才去来给被都也完先';
const SLIP_MAX = 4;

interface LooseTerm {
  term: Term;
  first: string;
  re: RegExp;
}

/** Terms of two words or more, matched with slipped-in characters between their words; indexed by the first two characters of their first word (or its one character). */
function compileLoose(lexicon: Map<string, Term[]>): Map<string, LooseTerm[]> {
  const out = new Map<string, LooseTerm[]>();
  for (const list of lexicon.values()) {
    for (const term of list) {
      if (term.latin || term.text.length < 3 || term.targets.every((t) => t.target.dim === 'cue')) continue;
      // The term's own slip words (再 in 复议完再起诉) may be said otherwise (又): they are gaps too.
      // A word the segmenter made up from unknown characters (完再) counts character by character.
      const words = formOf('loose', term.text, isWords, (text) => cut(text).flatMap((w) => (inDictionary(w.text) ? [w.text] : [...w.text])).filter((w) => !(w.length === 1 && SLIPS.includes(w))));
      if (words.length < 2 || words.some((w) => !/^\p{Script=Han}+$/u.test(w))) continue;
      const gap = `[${SLIPS}]{0,${SLIP_MAX}}`;
      // sticky: tried only where its first word stands
      const re = new RegExp(mapped(words, (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(gap), 'y');
      const entry = { term, first: words[0]!, re };
      const key = entry.first.slice(0, 2);
      const l = out.get(key) ?? [];
      l.push(entry);
      out.set(key, l);
    }
  }
  return out;
}
const domainText = (lexicon: Map<string, Term[]>) => mapped([...lexicon.values()].flat(), (t) => t.text).join('|');

/** The lexicon and its loose forms as kept between runs: terms by first character; loose terms as [term, first word, pattern]. */
interface Built {
  lexicon: [string, Term[]][];
  loose: [string, [string, string, string][]][];
}
const isTerm = (t: unknown): t is Term => {
  const x = t as Term | null;
  return typeof x === 'object' && x !== null && isText(x.text) && typeof x.latin === 'boolean' && Array.isArray(x.targets)
    && x.targets.every((g) => typeof g === 'object' && g !== null && typeof g.weight === 'number' && typeof g.target === 'object' && g.target !== null && isText(g.target.dim));
};
const isBuilt = (v: unknown): v is Built => {
  const b = v as Built | null;
  return typeof b === 'object' && b !== null && Array.isArray(b.lexicon) && Array.isArray(b.loose)
    && b.lexicon.every((e) => Array.isArray(e) && isText(e[0]) && Array.isArray(e[1]) && e[1].every(isTerm))
    && b.loose.every((e) => Array.isArray(e) && isText(e[0]) && Array.isArray(e[1]) && e[1].every((l) => isWords(l) && l.length === 3));
};

// Made once per version of the catalogue and kept in KB/.cache (see phrase-forms.ts).
const BUILT = builtOnce('lexicon', isBuilt, () => {
  const lexicon = compile();
  // The segmenter learns the catalogue's rare words (补正, 出具) before its first cut.
  useDomainText(domainText(lexicon));
  const loose = compileLoose(lexicon);
  return {
    lexicon: [...lexicon],
    loose: mapped([...loose], ([k, list]): [string, [string, string, string][]] => [k, mapped(list, (l): [string, string, string] => [l.term.text, l.first, l.re.source])]),
  };
});
const LEXICON = new Map(BUILT.lexicon);
const TERM_BY_TEXT = new Map(mapped([...LEXICON.values()].flat(), (t): [string, Term] => [t.text, t]));
const LOOSE = new Map(mapped(BUILT.loose, ([k, list]): [string, LooseTerm[]] => [k, mapped(list, ([text, first, re]) => ({ term: TERM_BY_TEXT.get(text)!, first, re: new RegExp(re, 'y') }))]));
// (again when the lexicon was kept: the segmenter is made later, at the first cut)
useDomainText(domainText(LEXICON));
keepForms();
const ALL_TERMS = [...LEXICON.values()].flat();
const WRITTEN = new LRUCache<string, boolean>({ max: 2_000 });

/** Whether the catalogue writes these very words for another figure (不再处理 in 三(六)1's label). */
function writtenForOther(words: string, term: Term): boolean {
  const key = `${words}\u0001${term.text}`;
  let out = WRITTEN.get(key);
  if (out === undefined) {
    out = ALL_TERMS.some((t) => t.text.includes(words) && !t.targets.some((x) => term.targets.some((y) => sameTarget(x.target, y.target))));
    WRITTEN.set(key, out);
  }
  return out;
}

// The lexicon again, by the first two characters of each term (one-character terms apart): a
// question's position is tried against the few terms that can start there.
const BY_PAIR = new Map<string, Term[]>();
const SINGLE = new Map<string, Term[]>();
for (const list of LEXICON.values()) {
  for (const term of list) {
    const [map, key] = term.text.length >= 2 ? [BY_PAIR, term.text.slice(0, 2)] : [SINGLE, term.text];
    const l = map.get(key) ?? [];
    l.push(term);
    map.set(key, l);
  }
}

function boundaryOk(text: string, start: number, end: number): number | undefined {
  if (start > 0 && IS_WORD_CHAR.test(text[start - 1]!)) return undefined;
  if (end >= text.length || !IS_WORD_CHAR.test(text[end]!)) return end;
  // a plural: 'request' also matches 'requests'
  if (text[end] === 's' && (end + 1 >= text.length || !IS_WORD_CHAR.test(text[end + 1]!))) return end + 1;
  return undefined;
}

/**
 * The catalogue words in a normalised question: the longest words first, none overlapping
 * (「复议后起诉」 is one mention, not 复议 and 起诉).
 */
export function findMentions(text: string): Mention[] {
  const found: { start: number; end: number; term: Term }[] = [];
  const exact = (list: Term[] | undefined, i: number) => {
    if (!list) return;
    for (const term of list) {
      if (!text.startsWith(term.text, i)) continue;
      const end = term.latin ? boundaryOk(text, i, i + term.text.length) : i + term.text.length;
      if (end !== undefined) found.push({ start: i, end, term });
    }
  };
  const loose = (list: LooseTerm[] | undefined, i: number) => {
    if (!list) return;
    for (const { term, first, re } of list) {
      if (!text.startsWith(first, i)) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      // said whole (found above), or with the term's own particle left out (「怎么办理」 is not 「怎么办理的」);
      // nor words the catalogue itself writes (不再处理, of 三(六)1 and 2, is no slip of 不处理)
      if (!m || m[0].length <= term.text.length || writtenForOther(m[0], term)) continue;
      found.push({ start: i, end: i + m[0].length, term: { ...term, targets: mapped(term.targets, (t) => ({ ...t, weight: t.weight * LOOSE_WEIGHT })) } });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    const char = text[i]!;
    exact(BY_PAIR.get(pair), i);
    exact(SINGLE.get(char), i);
    // Terms said with a character slipped between their words, where the text does not hold them whole.
    loose(LOOSE.get(pair), i);
    loose(LOOSE.get(char), i);
  }
  // Longest term first (by the term, not the span: a loosely said term does not outweigh a whole one).
  found.sort((a, b) => b.term.text.length - a.term.text.length || a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const taken: Mention[] = [];
  for (const f of found) {
    if (taken.some((m) => f.start < m.end && m.start < f.end)) continue;
    const s = strength(f.term.text);
    taken.push({
      start: f.start, end: f.end, text: text.slice(f.start, f.end),
      targets: mapped(f.term.targets, (t) => ({ target: t.target, score: s * t.weight, ...(t.fallback ? { fallback: true } : {}) })),
    });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Where words of a cue list stand in a normalised question outside the catalogue's terms (and
 * outside `forms`, longer words that hold one without meaning it): 「没有」 counts in 「没有予以公开的」,
 * not in 「没有现成信息需要另行制作」, a row label, nor in 「有没有」. Latin words count whole only.
 */
export function wordsOutside(text: string, mentions: readonly Mention[], words: readonly string[], forms: readonly string[] = []): [number, number][] {
  const covered: [number, number][] = mapped(mentions, (m) => [m.start, m.end]);
  for (const f of forms) for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) covered.push([at, at + f.length]);
  const out: [number, number][] = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (IS_WORD_CHAR.test(w[0]!) && ((at > 0 && IS_WORD_CHAR.test(text[at - 1]!)) || (end < text.length && IS_WORD_CHAR.test(text[end]!)))) continue;
      if (covered.some(([a, b]) => at < b && a < end)) continue;
      out.push([at, end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
