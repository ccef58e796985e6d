// The words that may stand in a question about a figure: the words of its labels, synonyms and
// paraphrases, of the group and table it belongs to, and the few words every question about that
// table may use (申请 for section 三, 法院 for section 四). A question's word outside the vocabulary
// of the figure it is read as, and without a role of its own, means it asks something else.
import { mapped } from '../arrays.ts';
import {
  ACTIVE_TABLES, BREAKDOWNS, REQUEST_COLUMN_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, REQUEST_ROW_GROUPS, REVIEW_COLUMNS, REVIEW_GROUPS,
  REVIEW_GROUP_SUMS, SECTIONS, type Entry,
} from '../catalogue/format.ts';
import { PARAPHRASES } from '../catalogue/paraphrases.ts';
import { TABLE_WORDS } from '../catalogue/talk-tables.ts';
import { targetKey, type Target } from './match.ts';
import type { Family } from './measure.ts';
import { normalise as normaliseText } from './normalise.ts';
import { builtOnce, formOf, isText, isWords, keepForms, normalisedPhrase } from './phrase-forms.ts';
import { keepWhole, subWords } from './words.ts';

export { targetKey };

/** Every phrase that names an entry: labels, English name, synonyms, fallback words, paraphrases. */
export function phrasesOf(e: Entry, key: string): string[] {
  const p = PARAPHRASES[key];
  return [...e.labels, e.en, ...(e.synonyms ?? []), ...(e.fallback ?? []), ...(p?.zh ?? []), ...(p?.en ?? [])];
}

const vocab = new Map<string, Set<string>>();
/** a target's phrases, normalised and joined: a word of the question that stands inside one is the target's */
const phraseText = new Map<string, string>();
const familyVocab = new Map<Family, Set<string>>();
/** each entry's own labels, normalised */
const labels = new Map<string, string[]>();
/** the words of each entry's own labels */
let labelWords = new Map<string, Set<string>>();
/** words a target's paraphrases use that name another of its kind, not it */
const othersWords = new Map<string, Set<string>>();

/** The words of phrases, as the segmenter cuts them, plus each phrase whole. */
// Catalogue phrases only: their forms are remembered between runs.
const normalise = (phrase: string) => normalisedPhrase(phrase, normaliseText);

function wordsIn(phrases: string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of phrases) {
    const p = normalise(raw);
    if (!p) continue;
    out.add(p);
    for (const w of formOf('subwords', p, isWords, subWords)) {
      out.add(w);
      // English: a plural names what its singular names.
      if (/^[a-z]+s$/.test(w)) out.add(w.slice(0, -1));
    }
  }
  return out;
}

let built = false;

/** Everything `build` makes, as it is kept between runs (maps as their entries, in order). */
interface Built {
  whole: string[];
  vocab: [string, string[]][];
  phraseText: [string, string][];
  familyVocab: [Family, string[]][];
  labels: [string, string[]][];
  labelWords: [string, string[]][];
  othersWords: [string, string[]][];
}
const isPairs = <T>(v: unknown, valid: (x: unknown) => x is T): v is [string, T][] =>
  Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 2 && isText(e[0]) && valid(e[1]));
const isBuilt = (v: unknown): v is Built => {
  const b = v as Built | null;
  return typeof b === 'object' && b !== null && isWords(b.whole) && isPairs(b.vocab, isWords) && isPairs(b.phraseText, isText) && isPairs(b.familyVocab, isWords)
    && isPairs(b.labels, isWords) && isPairs(b.labelWords, isWords) && isPairs(b.othersWords, isWords);
};
const sets = <K>(pairs: [K, string[]][]): Map<K, Set<string>> => new Map(mapped(pairs, ([k, ws]): [K, Set<string>] => [k, new Set(ws)]));
const lists = <K>(map: Map<K, Set<string>>): [K, string[]][] => mapped([...map], ([k, set]): [K, string[]] => [k, [...set]]);

function build(): void {
  if (built) return;
  built = true;
  const made = builtOnce('vocabulary', isBuilt, make);
  // Labels and synonyms are kept whole when questions are cut, so that they stay one word.
  keepWhole(made.whole);
  for (const [k, v] of sets(made.vocab)) vocab.set(k, v);
  for (const [k, v] of made.phraseText) phraseText.set(k, v);
  for (const [k, v] of sets(made.familyVocab)) familyVocab.set(k, v);
  for (const [k, v] of made.labels) labels.set(k, v);
  labelWords = sets(made.labelWords);
  for (const [k, v] of sets(made.othersWords)) othersWords.set(k, v);
  keepForms();
}

/** The vocabularies, made from the catalogue (in a run without them kept). */
function make(): Built {
  const vocab = new Map<string, Set<string>>();
  const phraseText = new Map<string, string>();
  const familyVocab = new Map<Family, Set<string>>();
  const labels = new Map<string, string[]>();
  const othersWords = new Map<string, Set<string>>();
  const entries: [string, Entry][] = [
    ...mapped(REQUEST_ROWS, (e): [string, Entry] => [`req_row:${e.id}`, e]),
    ...mapped(REQUEST_ROW_GROUPS, (e): [string, Entry] => [`req_group:${e.id}`, e]),
    ...mapped(REQUEST_COLUMNS, (e): [string, Entry] => [`req_col:${e.id}`, e]),
    ...mapped(REQUEST_COLUMN_GROUPS, (e): [string, Entry] => [`req_colgroup:${e.id}`, e]),
    ...mapped(REVIEW_GROUPS, (e): [string, Entry] => [`rev_group:${e.id}`, e]),
    ...mapped(REVIEW_GROUP_SUMS, (e): [string, Entry] => [`rev_sum:${e.id}`, e]),
    ...mapped(REVIEW_COLUMNS, (e): [string, Entry] => [`rev_col:${e.id}`, e]),
    ...Object.values(ACTIVE_TABLES).flat().flatMap((t) => [
      ...mapped(t.rows, (e): [string, Entry] => [`act_row:${e.id}`, e]),
      ...mapped(t.columns, (e): [string, Entry] => [`act_col:${e.id}`, e]),
    ]),
    ...mapped(BREAKDOWNS, (e): [string, Entry] => [`breakdown:${e.id}`, e]),
    ...SECTIONS.flatMap((s) => [[`section:${s.id}`, s] as [string, Entry], ...mapped(s.subsections ?? [], (sub): [string, Entry] => [`section:${s.id}.${sub.id}`, sub])]),
  ];
  // Labels and synonyms are kept whole when questions are cut, so that they stay one word.
  const whole = mapped(entries.flatMap(([key, e]) => phrasesOf(e, key)), normalise).filter((p) => p.length <= 8);
  keepWhole(whole);
  // Words every question about a table may use, whatever figure of it is asked.
  for (const [family, list] of Object.entries(TABLE_WORDS) as [Family, string[]][]) familyVocab.set(family, wordsIn(list));
  const generic = new Set([...familyVocab.values()].flatMap((v) => [...v]));
  // The words of each entry's own labels: what tells it from the others of its kind.
  const labelWords = new Map(mapped(entries, ([key, e]): [string, Set<string>] => [key, wordsIn([...e.labels, e.en])]));
  for (const [key, e] of entries) labels.set(key, mapped(e.labels, normalise));
  for (const [key, e] of entries) {
    const set = vocab.get(key) ?? new Set<string>();
    const dim = key.slice(0, key.indexOf(':') + 1);
    const own = labelWords.get(key)!;
    // A paraphrase that names its parts (审结和未审结合计 for 总计) does not make a part's own word
    // (审结, the label word of 尚未审结) a word of the whole: 「已经审结的」 asks for less than 总计.
    const siblings = mapped(entries.filter(([k]) => k !== key && k.startsWith(dim)), ([k]) => labelWords.get(k)!);
    for (const w of wordsIn(phrasesOf(e, key))) {
      if (!own.has(w) && !generic.has(w) && w.length < 4 && siblings.some((l) => l.has(w))) {
        othersWords.set(key, (othersWords.get(key) ?? new Set()).add(w));
        continue;
      }
      set.add(w);
    }
    vocab.set(key, set);
    phraseText.set(key, `${phraseText.get(key) ?? ''}|${mapped(phrasesOf(e, key), normalise).join('|')}`);
  }
  // Row numbers as printed (三(三)1) name their rows.
  for (const r of REQUEST_ROWS) phraseText.set(`req_row:${r.id}`, `${phraseText.get(`req_row:${r.id}`)}|${normalise(r.number)}`);
  // A group's words are its items' too: 不予公开 stands in a question about 国家秘密.
  for (const r of REQUEST_ROWS) {
    if (!r.group) continue;
    const own = vocab.get(`req_row:${r.id}`)!;
    for (const w of vocab.get(`req_group:${r.group}`) ?? []) own.add(w);
    phraseText.set(`req_row:${r.id}`, `${phraseText.get(`req_row:${r.id}`)}|${phraseText.get(`req_group:${r.group}`) ?? ''}`);
  }
  for (const g of REQUEST_COLUMN_GROUPS) for (const c of g.items) for (const w of vocab.get(`req_colgroup:${g.id}`)!) vocab.get(`req_col:${c}`)!.add(w);
  for (const s of REVIEW_GROUP_SUMS) for (const g of s.items) for (const w of vocab.get(`rev_sum:${s.id}`)!) vocab.get(`rev_group:${g}`)!.add(w);
  return {
    whole, vocab: lists(vocab), phraseText: [...phraseText], familyVocab: lists(familyVocab), labels: [...labels],
    labelWords: lists(labelWords), othersWords: lists(othersWords),
  };
}

/** Whether a word stands inside one of a target's phrases (拒 in 拒绝公开, 合法 in 保护第三方合法权益). */
export function inPhrases(t: Target, word: string): boolean {
  build();
  const key = targetKey(t);
  return !othersWords.get(key)?.has(word) && (phraseText.get(key) ?? '').includes(word);
}

/** The words of a target's own phrases (its group's included). */
export function vocabularyOf(t: Target): ReadonlySet<string> {
  build();
  return vocab.get(targetKey(t)) ?? EMPTY;
}

/** A target's own labels (未经复议直接起诉), normalised. */
export function labelsOf(t: Target): readonly string[] {
  build();
  return labels.get(targetKey(t)) ?? [];
}

/** The words of an entry's own labels, by its key (rev_group:litigation_direct → 未经, 复议, 直接, 起诉…). */
export function labelWordsOf(key: string): ReadonlySet<string> {
  build();
  return labelWords.get(key) ?? EMPTY;
}

export function familyVocabulary(f: Family): ReadonlySet<string> {
  build();
  return familyVocab.get(f)!;
}

const EMPTY: ReadonlySet<string> = new Set();

const TABLE_DIMS = new Set(['req_row', 'req_group', 'req_col', 'req_colgroup', 'rev_group', 'rev_sum', 'rev_col', 'act_row', 'act_col']);
let byWord: Map<string, Target[]> | undefined;

/**
 * The table rows and columns whose own phrases hold a word (损害 → 保护第三方合法权益's 「损害他人
 * 合法权益」): how a question that paraphrases a figure, with no term of the catalogue, still finds
 * it. Words of a table's common vocabulary name no row in particular and are left out.
 */
export function targetsNaming(word: string): Target[] {
  build();
  if (!byWord) {
    byWord = new Map();
    const generic = new Set([...familyVocab.values()].flatMap((v) => [...v]));
    for (const [key, set] of vocab) {
      const [dim, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      if (!TABLE_DIMS.has(dim)) continue;
      const target = { dim, id } as Target;
      for (const w of set) {
        if (generic.has(w) || w.length < 2 || !/\p{Script=Han}/u.test(w)) continue;
        const list = byWord.get(w) ?? [];
        list.push(target);
        byWord.set(w, list);
      }
    }
  }
  return byWord.get(word) ?? [];
}

let every: Set<string> | undefined;
/**
 * Every word of every figure's and every table's vocabulary, whole phrases included: a word outside
 * it is no word of the catalogue's.
 */
export function catalogueWords(): ReadonlySet<string> {
  build();
  if (!every) {
    every = new Set<string>();
    for (const set of [...vocab.values(), ...familyVocab.values(), ...othersWords.values()]) for (const w of set) every.add(w);
  }
  return every;
}
