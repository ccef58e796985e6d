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
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS - 1)}…`;
}
