// `gongkai wechat`: a Wechaty bot over whichever puppet WECHATY_PUPPET names. Wechaty is imported
// here, lazily, and nowhere else: it takes over a second to load and the other channels never
// need it. Tests pass a wechaty-puppet-mock instance as the puppet.
import type Keyv from 'keyv';
import type { Message, Wechaty } from 'wechaty';
import type { PuppetInterface } from 'wechaty-puppet/impls';
import { askSafely, apology } from '../boundary.ts';
import type { Ask, Channel } from '../channel.ts';
import type { Logger } from '../log.ts';
import { createOnce } from '../once.ts';
import { DEFAULT_FLOOD_LIMITS, FLOOD_NOTICE, FloodGate, type FloodLimits } from './flood.ts';
import { answerText } from './format.ts';

/** Why a message was or was not answered: logged at debug, and what tests wait for. */
export type Handled = 'answered' | 'self' | 'not-text' | 'before-start' | 'not-mentioned' | 'duplicate' | 'empty' | 'failed' | 'limited';

export interface WechatDeps {
  ask: Ask;
  log: Logger;
  /** Keyv store (namespace 'wechat'): message-id records and pending clarify options */
  store: Keyv;
  /** a puppet name (e.g. wechaty-puppet-service) or instance; undefined lets Wechaty read WECHATY_PUPPET */
  puppet?: string | PuppetInterface;
  /** Wechaty profile name: persists the login in <name>.memory-card.json */
  name?: string;
  now?: () => number;
  /** questions per contact and per room a minute, and the queue (see flood.ts) */
  flood?: Partial<FloodLimits>;
  onHandled?: (handled: Handled, messageId: string) => void;
}

export interface WechatChannel extends Channel {
  bot: Wechaty;
}

const OPTIONS_TTL_MS = 30 * 60 * 1000;

export function wechatSession(contactId: string): string {
  return `wechat:${contactId}`;
}

export async function createWechatChannel(deps: WechatDeps): Promise<WechatChannel> {
  const { WechatyBuilder, types } = await import('wechaty');
  const { ask, log, store, now = Date.now } = deps;
  const bot = WechatyBuilder.build({ name: deps.name, puppet: deps.puppet as never });
  const once = createOnce(store);
  const gate = new FloodGate({ ...DEFAULT_FLOOD_LIMITS, ...deps.flood });
  let startedAt = Number.POSITIVE_INFINITY;

  async function handle(msg: Message): Promise<Handled> {
    if (msg.self()) return 'self';
    if (msg.type() !== types.Message.Text) return 'not-text';
    // A reconnecting puppet replays history; only what was said since this start is a question.
    if (msg.date().getTime() < startedAt) return 'before-start';
    const room = msg.room();
    if (room && !(await msg.mentionSelf())) return 'not-mentioned';
    if (!(await once(`seen:${msg.id}`))) return 'duplicate';

    const talker = msg.talker();
    const admitted = gate.admit(talker.id, room?.id);
    if (!admitted.ok) {
      if (admitted.notify) {
        log.warn({ channel: 'wechat', over: admitted.over }, 'questions over a limit are dropped for the rest of the minute');
        await (room ? room.say(FLOOD_NOTICE[admitted.over], talker) : msg.say(FLOOD_NOTICE[admitted.over]));
      }
      return 'limited';
    }
    return gate.run(() => answer(msg, room, talker));
  }

  async function answer(msg: Message, room: ReturnType<Message['room']>, talker: ReturnType<Message['talker']>): Promise<Handled> {
    const session = wechatSession(talker.id);
    const typed = (room ? await msg.mentionText() : msg.text()).trim();
    const question = await pickOption(session, typed);
    if (!question) return 'empty';

    const outcome = await askSafely(ask, question, { session }, { channel: 'wechat', log });
    const text = outcome.ok ? answerText(outcome.answer) : apology(outcome.error);
    if (outcome.ok && outcome.answer.kind === 'clarify' && outcome.answer.options?.length) {
      await store.set(`options:${session}`, outcome.answer.options.map((o) => o.question), OPTIONS_TTL_MS);
    }
    if (room) await room.say(text, talker);
    else await msg.say(text);
    return outcome.ok ? 'answered' : 'failed';
  }

  /** "2" after a clarify answer means the second option offered to this contact. */
  async function pickOption(session: string, typed: string): Promise<string> {
    if (!/^[1-9]$/.test(typed)) return typed;
    const options = await store.get<string[]>(`options:${session}`);
    const chosen = options?.[Number(typed) - 1];
    if (!chosen) return typed;
    await store.delete(`options:${session}`);
    return chosen;
  }

  bot.on('message', (msg: Message) => {
    handle(msg)
      .then((handled) => {
        log.debug({ channel: 'wechat', handled }, 'message');
        deps.onHandled?.(handled, msg.id);
      })
      .catch((err: Error) => {
        // errorBoundary: one message that cannot be read or replied to is logged and forgotten.
        log.error({ channel: 'wechat', err }, 'message handling failed');
        deps.onHandled?.('failed', msg.id);
      });
  });
  bot.on('scan', (qrcode: string, status: number) => {
    // The operator has to see this to log in; it is a one-time login code, not a stored secret.
    log.info({ channel: 'wechat', status, qrcode: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` }, 'scan to log in');
  });
  bot.on('login', (user) => log.info({ channel: 'wechat', user: user.name() }, 'logged in'));
  bot.on('logout', () => log.warn({ channel: 'wechat' }, 'logged out'));
  bot.on('error', (err: Error) => log.error({ channel: 'wechat', err }, 'wechaty error'));

  return {
    name: 'wechat',
    bot,
    async start() {
      startedAt = now();
      await bot.start();
    },
    async stop() {
      await bot.stop();
    },
  };
}
