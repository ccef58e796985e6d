// An Answer as a Slack message: the answer in a section, a small text chart for a breakdown, the
// citations in a context block under it, and for a clarify answer one button per option. `text`
// is the notification/fallback version of the same message.
import type { types } from '@slack/bolt';
import type { Answer } from '../../answer/types.ts';
import { figureOf, presentable } from '../channel.ts';

type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks?: KnownBlock[];
}

/** action_id prefix of the option buttons; the button's value is the question it asks */
export const ASK_ACTION = 'gongkai_ask';

// Block Kit limits: section text 3000, context elements 10, button label 75, button value 2000.
const SECTION_MAX = 3000;
const MAX_OPTIONS = 5;

export function answerMessage(answer: Answer, { question }: { question?: string } = {}): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (question) blocks.push({ type: 'context', elements: [{ type: 'plain_text', text: clip(`问：${question}`, 200), emoji: false }] });

  const { body, citations } = presentable(answer);
  const figure = figureOf(answer);
  const lead = figure && !body.includes(String(answer.value)) ? `*${escapeMrkdwn(figure)}*\n` : '';
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(lead + escapeMrkdwn(body), SECTION_MAX) } });

  if (answer.parts?.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(textChart(answer.parts), SECTION_MAX) } });

  if (citations.length) {
    blocks.push({ type: 'context', elements: citations.slice(0, 10).map((c) => ({ type: 'mrkdwn' as const, text: clip(escapeMrkdwn(c), SECTION_MAX) })) });
  }

  if (answer.kind === 'clarify' && answer.options?.length) {
    blocks.push({
      type: 'actions',
      elements: answer.options.slice(0, MAX_OPTIONS).map((option, i) => ({
        type: 'button' as const,
        action_id: `${ASK_ACTION}:${i}`,
        text: { type: 'plain_text' as const, text: clip(option.label, 75), emoji: false },
        value: clip(option.question, 2000),
      })),
    });
  }

  // Notifications and clients without Block Kit show `text`: the answer as answer() wrote it.
  return { text: clip(answer.text, 4000), blocks };
}

export function plainMessage(text: string): SlackMessage {
  return { text };
}

/** Bars in monospace: Slack has no chart block, and an image would need hosting. */
function textChart(parts: NonNullable<Answer['parts']>): string {
  const max = Math.max(...parts.map((p) => p.value), 0);
  const lines = parts.slice(0, 20).map((p) => {
    const width = max > 0 ? Math.round((p.value / max) * 16) : 0;
    return `${'█'.repeat(width)}${width === 0 ? '▏' : ''} ${p.value}  ${p.label}`;
  });
  return escapeMrkdwn(lines.join('\n'));
}

/** Slack mrkdwn treats &, < and > as markup (links, mentions); answer text must stay text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The question inside an incoming message: mentions removed, Slack's escapes undone. */
export function questionFromSlackText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]+))?>/g, (_m, url: string, label?: string) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
