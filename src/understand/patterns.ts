// Patterns built from the catalogue's word lists: the words are data, and the pattern that finds
// them is made once from them, each word taken literally.
import { mapped } from '../arrays.ts';

/** A word as a pattern that matches exactly it. */
export const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A group that matches any of the words, tried in the order given. */
export const anyOf = (words: readonly string[]): string => `(?:${mapped(words, escaped).join('|')})`;
