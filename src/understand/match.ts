// Finds the catalogue's words in a normalised question: the terms (terms.ts, compiled once from the
// catalogue) where they stand whole or with a slipped-in character, longest first, none overlapping.
import { mapped } from '../arrays.ts';
import { BY_PAIR, IS_WORD_CHAR, LOOSE, SINGLE, writtenForOther, type LooseTerm, type Term } from './terms.ts';
import type { Target } from './targets.ts';
import { LOOSE_WEIGHT } from './weights.ts';

export { sameTarget, targetKey, wholeTarget, type Dim, type Target } from './targets.ts';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** every target the words name, with how strongly: a label outweighs a synonym */
  targets: { target: Target; score: number; fallback?: boolean }[];
}

/** How much a matched text says: a Chinese character about as much as three Latin letters. */
export function strength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\x00-\x7f]/.test(ch) ? 1 / 3 : 1;
  return n;
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
