// The operations the catalogue declares with their words (catalogue/operations.ts DECLARED), read
// by one path. A word of an operation's in the question, found where it stands rather than as the
// segmenter cut it (几倍 whole, or 几 and 倍), becomes one word whose role is the operation's name;
// a question whose operator words are one declared operation's asks for it, over the figures it
// names in the order it names them (readings.ts, readers/derived.ts), and a reading of another
// operation leaves the word unexplained (account.ts).
import { mapped } from '../arrays.ts';
import { declared, DECLARED_NAMES, type DeclaredName } from '../catalogue/operations.ts';
import { escaped } from '../catalogue/lexicon-pattern.ts';
import type { Mention } from './match.ts';
import { roleOf, type Word } from './words.ts';

const NAMES: ReadonlySet<string> = new Set(DECLARED_NAMES);

/** Whether a word's role is a declared operation's name. */
export const isDeclared = (role: string): role is DeclaredName => NAMES.has(role);

/** How many figures a declared operation takes. */
export const operandsOf = (name: DeclaredName): number => declared(name).operands;

const latin = (w: string) => /^[a-z]/i.test(w);

// Each operation's words, longest first: Chinese ones anywhere, English ones as whole words.
const PATTERNS = DECLARED_NAMES.flatMap((name) => {
  const { zh, en } = declared(name).words;
  return mapped([...zh, ...en].sort((a, b) => b.length - a.length), (w) => ({ name, pattern: new RegExp(latin(w) ? `\\b${escaped(w)}\\b` : escaped(w), 'gi') }));
});

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A piece of a word the segmenter cut across an operation's word, with the role it has alone. */
function piece(text: string, start: number, end: number): Word {
  const own = roleOf(text.slice(start, end));
  const w = { text: text.slice(start, end), start, end, role: own.role };
  return own.unit ? { ...w, unit: own.unit } : w;
}

/**
 * The question's words with each declared operation's word as one word of that operation's role.
 * A catalogue term is never an operation's word; a word cut across one keeps its pieces outside it.
 */
export function withOperationWords(text: string, words: Word[], mentions: readonly Mention[]): Word[] {
  const spans: Word[] = [];
  for (const { name, pattern } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const span = { text: m[0], start: m.index, end: m.index + m[0].length, role: name };
      if (!spans.some((s) => overlaps(s, span)) && !mentions.some((t) => overlaps(t, span))) spans.push(span);
    }
  }
  if (!spans.length) return words;
  const out: Word[] = [...spans];
  for (const w of words) {
    const cutBy = spans.filter((s) => overlaps(s, w));
    if (!cutBy.length) { out.push(w); continue; }
    const first = Math.min(...mapped(cutBy, (s) => s.start));
    const last = Math.max(...mapped(cutBy, (s) => s.end));
    if (w.start < first) out.push(piece(text, w.start, first));
    if (last < w.end) out.push(piece(text, last, w.end));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The declared operation a question asks for: its words are there, and every other operator word
 * (of a sum, a difference, a share) is absent. A question mixing operations asks none of them.
 */
export function declaredOperation(words: readonly Word[], otherOperator: (w: Word) => boolean): DeclaredName | undefined {
  const asked = new Set(mapped(words.filter((w) => isDeclared(w.role)), (w) => w.role as DeclaredName));
  if (asked.size !== 1 || words.some(otherOperator)) return undefined;
  return [...asked][0];
}

const BETWEEN = new Map(mapped(DECLARED_NAMES, (name): [DeclaredName, ReadonlySet<string>] => {
  const { between } = declared(name);
  return [name, new Set([...(between?.zh ?? []), ...(between?.en ?? [])])];
}));

/** The words that stand between a declared operation's figures (「A是B的几倍」): the question is cut there too. */
export const betweenWords = (name: DeclaredName): ReadonlySet<string> => BETWEEN.get(name)!;
