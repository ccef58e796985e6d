// A report's sentence that counts several things listed together (「通过邮寄、网络提交的各类申请共计
// 81件」) gives their total. A question that names some of the listed things but not all asks for a
// part the report does not give on its own: the figure is not its answer.
import { EXAMPLES_MARK, LIST_MARK } from '../catalogue/lexicon.ts';
import { figureClause } from '../report/prose.ts';
import { cut } from './words.ts';

/** The listed items of a clause: each run of words joined by the list mark (A、B、C). */
function listsIn(clause: string): string[][] {
  if (!clause.includes(LIST_MARK)) return [];
  const words = cut(clause);
  const lists: string[][] = [];
  let list: string[] | undefined;
  for (let at = clause.indexOf(LIST_MARK); at >= 0; at = clause.indexOf(LIST_MARK, at + 1)) {
    const before = words.filter((w) => w.end <= at).at(-1);
    const after = words.find((w) => w.start > at);
    // 「发布会 3 场、新闻通气会 19 场」: each item has its own figure; that is no list of things counted together.
    if (!before || !after || /\d\s*$/.test(clause.slice(0, before.start))) { list = undefined; continue; }
    // A list goes on when the item before this mark is the one after the mark before.
    if (list && list.at(-1) === before.text) list.push(after.text);
    else lists.push((list = [before.text, after.text]));
  }
  return lists;
}

/** The listed item a question names when it leaves others of the same list out, else undefined. */
export function partOfList(sentence: string, raw: string, question: string): string | undefined {
  for (const list of listsIn(figureClause(sentence, raw))) {
    const named = list.filter((item) => item.length > 1 && question.includes(item));
    if (named.length && named.length < list.length) return named[0];
  }
  return undefined;
}

/**
 * The example a question names when a sentence's figure is the whole its examples stand for
 * (「因本机关不掌握等原因无法提供 564 件」 asked as 「因为本机关不掌握信息没法提供的」): the figure counts
 * more than the example, so it is not the answer. Undefined when the question names no example.
 */
export function exampleOfWhole(context: string, question: string): string | undefined {
  const at = context.lastIndexOf(EXAMPLES_MARK);
  if (at <= 0) return undefined;
  const example = cut(context.slice(0, at)).filter((w) => w.text.length > 1).at(-1)?.text;
  return example && question.includes(example) ? example : undefined;
}
