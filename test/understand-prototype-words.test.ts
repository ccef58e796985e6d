// Words that name Object.prototype's members are words like any other: a question 「constructor」
// is read as an unknown word, not as a role the lookup table inherited.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { seedKb } from './answer-fixture.ts';

const kb = seedKb();
const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', '__defineGetter__'];
const kinds = (word: string) => [word, `予以公开的${word}`, `${word}多少件`].map((q) => respond(q, kb).answer.kind);

describe('words of the object prototype', () => {
  it.each(WORDS)('%s reads as an unknown word would', (word) => {
    expect(kinds(word)).toEqual(kinds('qwertyz'));
  });
});
