// An Answer as one WeChat text message: WeChat has no blocks or buttons, so the citations go on
// their own lines under the answer and clarify options are numbered for a reply ("1").
import type { Answer } from '../../answer/types.ts';
import { figureOf, presentable } from '../channel.ts';

const MAX_CHARS = 1800;

export function answerText(answer: Answer): string {
  const { body, citations } = presentable(answer);
  const lines: string[] = [];
  const figure = figureOf(answer);
  if (figure && !body.includes(String(answer.value))) lines.push(figure);
  lines.push(body, ...citations);
  const options = answer.kind === 'clarify' ? answer.options ?? [] : [];
  if (options.length) {
    lines.push('回复数字选择：');
    options.slice(0, 9).forEach((o, i) => lines.push(`${i + 1}. ${o.label}`));
  }
  const text = lines.join('\n');
  if (text.length <= MAX_CHARS) return text;
  // Too long for one message (a long quoted passage): shorten the body at a sentence or line end,
  // never inside a number, and keep every citation.
  const tail = ['…', ...citations].join('\n');
  const room = Math.max(0, MAX_CHARS - tail.length - 1);
  const cut = body.slice(0, room);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('\n'), cut.lastIndexOf('；'));
  return `${end > 0 ? cut.slice(0, end + 1) : cut.replace(/[\d.,]+$/, '')}\n${tail}`;
}
