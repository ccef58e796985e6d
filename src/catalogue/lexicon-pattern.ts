// Words are declared as lists; a question is searched for them with a pattern made from the list
// once, so that the words stay readable data and the pattern says only where they may stand.

/** A word as it is written inside a pattern: every character stands for itself. */
export const escaped = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern's source matching any one of the words, tried in the order given: (?:a|b|c). */
export const anyOf = (words: readonly string[]): string => `(?:${words.map(escaped).join('|')})`;

/** Words written as one string, apart by spaces; `_` joins the words of a phrase (how_many). */
export const wordList = (s: string): string[] => s.trim().split(/\s+/).map((w) => w.replaceAll('_', ' '));
