// The catalogue's words as the matcher looks for them. The lexicon is compiled once, at module
// load, from the catalogue (labels, keys, synonyms, English names) and the span cues: adding a
// synonym to src/catalogue/format.ts is all it takes for questions to use it.
import { mapped } from '../arrays.ts';
import { LRUCache } from 'lru-cache';
import {
  ACTIVE_TABLES, BREAKDOWNS, REQUEST_COLUMNS, REQUEST_COLUMN_GROUPS, REQUEST_ROWS, REQUEST_ROW_GROUPS,
  REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_GROUP_SUMS, SECTIONS, type Entry, type LabelKey,
} from '../catalogue/format.ts';
import { PARAPHRASES } from '../catalogue/paraphrases.ts';
import { SLIPPED_IN } from '../catalogue/typing.ts';
import { SPAN_CUES, type CueKind } from '../catalogue/lexicon-cues.ts';
import { normalise } from './normalise.ts';
import { escaped } from '../catalogue/lexicon-pattern.ts';
import { builtOnce, formOf, isText, isWords, keepForms, normalisedPhrase } from './phrase-forms.ts';
import { sameTarget, targetKey, wholeTarget, type Target } from './targets.ts';
import { cut, inDictionary, useDomainText } from './words.ts';
import { FALLBACK_WEIGHT, LABEL_WEIGHT, SYNONYM_WEIGHT, WHOLE_WEIGHT } from './weights.ts';

export interface Term {
  text: string;
  latin: boolean;
  targets: { target: Target; weight: number; fallback?: boolean }[];
}

/** A letter or digit: a Latin term counts only where it stands as a whole word. */
export const IS_WORD_CHAR = /[a-z0-9]/;

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

// A term is also found with characters slipped between its words (SLIPPED_IN: 复议之后再起诉 is
// 复议后起诉), at most this many.
const SLIP_MAX = 4;

export interface LooseTerm {
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
      const words = formOf('loose', term.text, isWords, (text) => cut(text).flatMap((w) => (inDictionary(w.text) ? [w.text] : [...w.text])).filter((w) => !(w.length === 1 && SLIPPED_IN.includes(w))));
      if (words.length < 2 || words.some((w) => !/^\p{Script=Han}+$/u.test(w))) continue;
      const gap = `[${SLIPPED_IN}]{0,${SLIP_MAX}}`;
      // sticky: tried only where its first word stands
      const re = new RegExp(mapped(words, escaped).join(gap), 'y');
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
export const LOOSE = new Map(mapped(BUILT.loose, ([k, list]): [string, LooseTerm[]] => [k, mapped(list, ([text, first, re]) => ({ term: TERM_BY_TEXT.get(text)!, first, re: new RegExp(re, 'y') }))]));
// (again when the lexicon was kept: the segmenter is made later, at the first cut)
useDomainText(domainText(LEXICON));
keepForms();
const ALL_TERMS = [...LEXICON.values()].flat();
const WRITTEN = new LRUCache<string, boolean>({ max: 2_000 });

/** Whether the catalogue writes these very words for another figure (不再处理 in 三(六)1's label). */
export function writtenForOther(words: string, term: Term): boolean {
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
export const BY_PAIR = new Map<string, Term[]>();
export const SINGLE = new Map<string, Term[]>();
for (const list of LEXICON.values()) {
  for (const term of list) {
    const [map, key] = term.text.length >= 2 ? [BY_PAIR, term.text.slice(0, 2)] : [SINGLE, term.text];
    const l = map.get(key) ?? [];
    l.push(term);
    map.set(key, l);
  }
}
