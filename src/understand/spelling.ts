// Slips of the keyboard in English: typed letter by letter, so a slip is a letter left out, added,
// changed or swapped (recieve, prevous), mended to a word the catalogue, the roles or the glossary use.
import { NARRATIVE_GLOSSARY } from '../catalogue/format.ts';
import { forms } from './account.ts';
import { ROLE_WORDS } from './roles.ts';
import type { Option } from './sounds.ts';
import { catalogueWords } from './vocabulary.ts';
import type { Word } from './words.ts';

let english: ReadonlySet<string> | undefined;
/** The English words a question may use: the catalogue's, the role words', the glossary's, in their forms. */
function englishWords(): ReadonlySet<string> {
  if (!english) {
    const base = new Set<string>();
    for (const w of catalogueWords()) if (/^[a-z]+$/.test(w)) base.add(w);
    for (const w of Object.keys(ROLE_WORDS)) if (/^[a-z]+$/.test(w)) base.add(w);
    for (const g of NARRATIVE_GLOSSARY) for (const e of g.en) for (const w of e.split(/[^a-z]+/)) if (w) base.add(w);
    const all = new Set<string>();
    for (const w of base) for (const f of forms(w)) all.add(f);
    english = all;
  }
  return english;
}

/** Whether two words are one slip apart: a letter added, dropped, changed, or two neighbours swapped. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

const MIN_LATIN = 5;

export function englishMendings(text: string, words: readonly Word[]): Option[] {
  const known = englishWords();
  const out: Option[] = [];
  for (const w of words) {
    if (w.role !== 'content' || !/^[a-z]+$/.test(w.text) || w.text.length < MIN_LATIN || known.has(w.text)) continue;
    for (const to of known) if (to.length >= MIN_LATIN - 1 && oneSlip(w.text, to)) out.push({ at: w.start, from: w.text, to, tier: 0 });
  }
  return out;
}
