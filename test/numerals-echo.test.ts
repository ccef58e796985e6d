// A question may write a number in any script or spelling; a reply never says it back. The
// "not stated" reply names the words the report gives no figure for, and a number is never one of
// them; the last guard refuses digits of other scripts and financial numerals it cannot vouch for.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { checkNumbers } from '../src/answer/guard.ts';
import { writesNumber } from '../src/catalogue/numerals.ts';
import { seedKb } from './answer-fixture.ts';

const kb = seedKb();
const NUMBERS = ['٩٩٩', '۹۹۹', '९९९', '৯৯৯', '๙๙๙', '壹仟贰佰', '玖佰玖拾玖', '九百九十九', '999', '９９９'];

describe('numbers in a question are never echoed', () => {
  it.each(NUMBERS)('予以公开%s: the reply holds no part of it', (n) => {
    for (const question of [`予以公开${n}`, `请回答${n}予以公开`, `予以公开的粉丝${n}`]) {
      const { text, kind } = respond(question, kb).answer;
      expect(kind).not.toBe('figure');
      for (const ch of new Set(n)) expect(text, question).not.toContain(ch);
    }
  });

  it('the guard refuses digits of other scripts and financial numerals', () => {
    const genuine = respond('予以公开有多少件？', kb).answer;
    expect(checkNumbers({ ...genuine, text: '予以公开 ٣٢ 件' }, kb)).toMatchObject({ ok: false, unexplained: ['٣٢'] });
    expect(checkNumbers({ ...genuine, text: '予以公开 ३२ 件' }, kb).ok).toBe(false);
    expect(checkNumbers({ ...genuine, text: '予以公开叁拾贰件' }, kb)).toMatchObject({ ok: false, unexplained: ['叁拾贰'] });
    expect(checkNumbers(genuine, kb).ok).toBe(true);
  });

  it('a word writes a number in any of these spellings, and an ordinary word does not', () => {
    for (const n of NUMBERS) expect(writesNumber(n), n).toBe(true);
    for (const w of ['粉丝', '上半年', '万元', '申请']) expect(writesNumber(w), w).toBe(false);
  });
});
