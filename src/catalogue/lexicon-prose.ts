// How a report's narrative states its figures: the words after a number that list its parts, and
// the numbered parts of section 一 printed inside a paragraph. Read by understand/prose.ts.
import { anyOf } from './lexicon-pattern.ts';

/** Words after a figure that state its parts next: 「复议 351 件，其中结果维持 72 件」. */
export const PARTS_FOLLOW_WORDS = ['其中', '含', '包括'];
/** A figure's sentence goes on, after a comma or a bracket, with the parts of that figure. */
export const PARTS_FOLLOW = new RegExp(`^\\s*[，,（(]\\s*${anyOf(PARTS_FOLLOW_WORDS)}`);

/** The numerals of section 一's parts, in order: （一） is the first part, （五） the fifth. */
export const PART_NUMERALS = '一二三四五六七八';
/** A part of 一 printed inside the paragraph (「……（五）政府信息公开监督保障情况。……」), at a sentence's start. */
export const INLINE_PART = new RegExp(`(?:^|[。；;\\s])[（(]([${PART_NUMERALS}])[）)](?=\\p{Script=Han})`, 'gu');
