// The WeChat channel with wechaty-puppet-mock standing in for a real WeChat login: contacts and a
// room are simulated, and what the bot says is read back from the mock.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Keyv from 'keyv';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import * as PUPPET from 'wechaty-puppet';
import { createWechatChannel, type Handled, type WechatChannel } from '../src/channels/wechat/bot.ts';
import { createLogger } from '../src/channels/log.ts';
import { recordingAsk, SEED_CITATION } from './support/fake-ask.ts';

const ask = recordingAsk();
const mocker = new mock.Mocker();
const puppet = new PuppetMock({ mocker });
const [bot, mike, mary] = mocker.createContacts(3) as [mock.ContactMock, mock.ContactMock, mock.ContactMock];
const room = mocker.createRoom({ memberIdList: [bot.id, mike.id, mary.id] });

let channel: WechatChannel;
/** how the channel classed each delivery of a message, by message id */
const handled = new Map<string, Handled[]>();
/** every message the mock carried, in order */
const seen: Array<{ id: string; talker: string; to: string; text: string }> = [];
const waiters = new Set<() => void>();

/** Resolves when `condition` holds; re-checked whenever a message is carried or handled. */
function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!condition()) return;
      waiters.delete(check);
      resolve();
    };
    waiters.add(check);
    check();
  });
}
const wake = () => [...waiters].forEach((w) => w());

/** id of the latest message `talker` sent with exactly this text */
function sent(talker: mock.ContactMock, text: string): string | undefined {
  return seen.filter((m) => m.talker === talker.id && m.text === text).at(-1)?.id;
}
/** what the bot said to a contact or room, oldest first */
function saidTo(id: string): string[] {
  return seen.filter((m) => m.talker === bot.id && m.to === id).map((m) => m.text);
}
/** waits until the message `talker` sent with `text` has been handled, and returns how */
async function handledAs(talker: mock.ContactMock, text: string): Promise<Handled> {
  await until(() => {
    const id = sent(talker, text);
    return id !== undefined && handled.has(id);
  });
  return handled.get(sent(talker, text)!)![0]!;
}

beforeAll(async () => {
  channel = await createWechatChannel({
    ask,
    log: createLogger(undefined, 'silent'),
    store: new Keyv({ namespace: 'wechat' }),
    puppet: puppet as never,
    onHandled: (how, id) => {
      handled.set(id, [...(handled.get(id) ?? []), how]);
      wake();
    },
  });
  puppet.on('message', ({ messageId }) => {
    const p = mocker.messagePayload(messageId);
    seen.push({ id: messageId, talker: p.talkerId ?? '', to: p.roomId ?? p.listenerId ?? '', text: p.text ?? '' });
    wake();
  });
  await channel.start();
  mocker.login(bot);
  puppet.emit('ready', { data: 'ready' });
  await channel.bot.ready();
});
afterAll(async () => {
  await channel?.stop();
});

describe('WeChat', () => {
  it("answers a contact's direct message with the figure and citation", async () => {
    mike.say('有多少申请予以公开？').to(bot);
    expect(await handledAs(mike, '有多少申请予以公开？')).toBe('answered');
    await until(() => saidTo(mike.id).length === 1);
    const reply = saidTo(mike.id)[0]!;
    expect(reply).toContain('32');
    expect(reply).toContain(SEED_CITATION);
    expect(ask.calls.at(-1)!.options.session).toBe(`wechat:${mike.id}`);
  });

  it("does not answer the bot's own message", async () => {
    const asked = ask.calls.length;
    bot.say('有多少申请予以公开？').to(mary);
    expect(await handledAs(bot, '有多少申请予以公开？')).toBe('self');
    expect(ask.calls.length).toBe(asked);
    expect(saidTo(mary.id)).toEqual(['有多少申请予以公开？']); // only what the test made it say
  });

  it('answers an @mention in a room, and ignores room talk without one', async () => {
    mary.say('予以公开和部分公开一共多少件？').to(room);
    expect(await handledAs(mary, '予以公开和部分公开一共多少件？')).toBe('not-mentioned');
    const mentioned = `@${bot.payload.name} 予以公开和部分公开一共多少件？`;
    mary.say(mentioned, [bot]).to(room);
    expect(await handledAs(mary, mentioned)).toBe('answered');
    await until(() => saidTo(room.id).length === 1);
    expect(saidTo(room.id)[0]).toContain('83 件');
    expect(saidTo(room.id)[0]).toContain(SEED_CITATION);
    expect(ask.calls.at(-1)!.question).toBe('予以公开和部分公开一共多少件？');
  });

  it('a clarify answer is numbered, and replying with a number asks that option', async () => {
    const before = saidTo(mary.id).length;
    mary.say('多少件？').to(bot);
    expect(await handledAs(mary, '多少件？')).toBe('answered');
    await until(() => saidTo(mary.id).length === before + 1);
    const clarify = saidTo(mary.id).at(-1)!;
    expect(clarify).toMatch(/回复数字选择：\n1\. 予以公开（总计）\n2\. /);
    expect(clarify).not.toContain('· 予以公开'); // listed once, numbered
    mary.say('1').to(bot);
    expect(await handledAs(mary, '1')).toBe('answered');
    expect(ask.calls.at(-1)!.question).toBe('予以公开（总计）是多少？');
    await until(() => saidTo(mary.id).length === before + 2);
    expect(saidTo(mary.id).at(-1)).toContain(SEED_CITATION);
  });

  it('ignores messages from before its start, and answers a redelivered message id once', async () => {
    const asked = ask.calls.length;
    const base = { talkerId: mike.id, listenerId: bot.id, type: PUPPET.types.Message.Text, text: '有多少申请予以公开？' };
    mocker.MessageMock.create({ ...base, id: 'history-1', timestamp: Date.now() - 60 * 60 * 1000 });
    puppet.emit('message', { messageId: 'history-1' });
    await until(() => handled.has('history-1'));
    expect(handled.get('history-1')).toEqual(['before-start']);
    expect(ask.calls.length).toBe(asked);

    mocker.MessageMock.create({ ...base, id: 'replayed-1', timestamp: Date.now() });
    puppet.emit('message', { messageId: 'replayed-1' });
    puppet.emit('message', { messageId: 'replayed-1' });
    await until(() => (handled.get('replayed-1') ?? []).length === 2);
    expect([...handled.get('replayed-1')!].sort()).toEqual(['answered', 'duplicate']);
    expect(ask.calls.length).toBe(asked + 1);
  });
});

const realReady = existsSync('knowledge/zhoukou-zhujianju-2024.json') && existsSync('src/answer/answer.ts');

describe.skipIf(!realReady)('WeChat over the real answer()', () => {
  it('a contact asking 「有多少申请予以公开？」 gets 32 件 and the citation', async () => {
    const { KnowledgeBase } = await import('../src/kb/index.ts');
    const { createAsk } = await import('../src/channels/ask.ts');
    const realMocker = new mock.Mocker();
    const realPuppet = new PuppetMock({ mocker: realMocker });
    const [me, asker] = realMocker.createContacts(2) as [mock.ContactMock, mock.ContactMock];
    const replies: string[] = [];
    let done: () => void = () => undefined;
    const replied = new Promise<void>((resolve) => (done = resolve));
    realPuppet.on('message', ({ messageId }) => {
      const p = realMocker.messagePayload(messageId);
      if (p.talkerId === me.id) {
        replies.push(p.text ?? '');
        done();
      }
    });
    const real = await createWechatChannel({
      ask: createAsk(KnowledgeBase.load('knowledge'), new Keyv()),
      log: createLogger(undefined, 'silent'),
      store: new Keyv(),
      puppet: realPuppet as never,
    });
    await real.start();
    try {
      realMocker.login(me);
      realPuppet.emit('ready', { data: 'ready' });
      await real.bot.ready();
      asker.say('有多少申请予以公开？').to(me);
      await replied;
      expect(replies[0]).toContain('32');
      expect(replies[0]).toContain(SEED_CITATION);
    } finally {
      await real.stop();
    }
  });
});

describe('a reply too long for one WeChat message', () => {
  it('is shortened at a sentence end, never inside a number, and keeps its citation', async () => {
    const { answerText } = await import('../src/channels/wechat/format.ts');
    const citation = '来源：某局2024年报告 · 五、存在的主要问题及改进情况';
    const body = `${'甲'.repeat(1700)}。共 21345 件。${'乙'.repeat(500)}`;
    const text = answerText({
      kind: 'text', text: `${body}\n${citation}`, body, citations: [citation], value: null, unit: null, lang: 'zh',
      sources: [{ report: 'r', reportTitle: '某局2024年报告', section: '五', row: '', column: null, value: null, state: 'passage', citation }],
    });
    expect(text.length).toBeLessThanOrEqual(1800);
    expect(text).toContain('共 21345 件。\n…');
    expect(text.endsWith(citation)).toBe(true);
  });
});
