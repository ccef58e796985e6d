// A flood over WeChat: one contact sending hundreds of messages, a busy room, more questions at
// once than the bot answers. Each contact and room may ask so many a minute; the rest is dropped
// with one notice a window; questions wait in one bounded queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Keyv from 'keyv';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createWechatChannel, type Handled, type WechatChannel } from '../src/channels/wechat/bot.ts';
import { FloodGate, FLOOD_NOTICE } from '../src/channels/wechat/flood.ts';
import { createLogger } from '../src/channels/log.ts';
import type { Ask } from '../src/channels/channel.ts';
import { recordingAsk } from './support/fake-ask.ts';

const mocker = new mock.Mocker();
const puppet = new PuppetMock({ mocker });
const [bot, flooder, ...others] = mocker.createContacts(5) as mock.ContactMock[];
const room = mocker.createRoom({ memberIdList: [bot!.id, ...others.map((c) => c.id)] });
const handled: Handled[] = [];
const said: { to: string; text: string }[] = [];
let channel: WechatChannel;
const ask: Ask = recordingAsk();

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}

beforeAll(async () => {
  channel = await createWechatChannel({
    ask, log: createLogger(undefined, 'silent'), store: new Keyv({ namespace: 'wechat' }), puppet: puppet as never,
    flood: { perContact: 10, perRoom: 15, queue: 50, concurrency: 2 },
    onHandled: (how) => handled.push(how),
  });
  puppet.on('message', ({ messageId }) => {
    const p = mocker.messagePayload(messageId);
    if (p.talkerId === bot!.id) said.push({ to: p.roomId ?? p.listenerId ?? '', text: p.text ?? '' });
  });
  await channel.start();
  mocker.login(bot!);
  puppet.emit('ready', { data: 'ready' });
  await channel.bot.ready();
});
afterAll(async () => {
  await channel?.stop();
});

const count = (how: Handled) => handled.filter((h) => h === how).length;

describe('a WeChat flood', () => {
  it('300 messages from one contact: 10 answered, the contact told once, the rest dropped', async () => {
    for (let i = 0; i < 300; i++) flooder!.say(`有多少申请予以公开？${i}`).to(bot!);
    await until(() => handled.length >= 300);
    expect(count('answered')).toBe(10);
    expect(count('limited')).toBe(290);
    const toFlooder = said.filter((s) => s.to === flooder!.id);
    expect(toFlooder).toHaveLength(11);
    expect(toFlooder.filter((s) => s.text === FLOOD_NOTICE.contact)).toHaveLength(1);
  }, 60_000);

  it('a busy room: 15 questions a minute answered, the room told once', async () => {
    handled.length = 0;
    for (let i = 0; i < 8; i++) for (const c of others) c.say(`@${bot!.payload.name} 多少件？${i}`, [bot!]).to(room);
    await until(() => handled.length >= 24);
    expect(count('answered')).toBe(15);
    expect(count('limited')).toBe(9);
    const toRoom = said.filter((s) => s.to === room.id);
    expect(toRoom.filter((s) => s.text.includes(FLOOD_NOTICE.room))).toHaveLength(1);
  }, 60_000);
});

describe('the queue', () => {
  it('answers a few at a time, in order, and drops what does not fit', async () => {
    const gate = new FloodGate({ perContact: 0, perRoom: 0, queue: 3, concurrency: 1 });
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((r) => (release = r));
    const order: number[] = [];
    const admitted: boolean[] = [];
    const runs: Promise<void>[] = [];
    for (let i = 0; i < 6; i++) {
      const a = gate.admit(`c${i}`);
      admitted.push(a.ok);
      if (a.ok) runs.push(gate.run(async () => {
        if (i === 0) await blocked;
        order.push(i);
      }));
      await Promise.resolve();
    }
    // One answering, three waiting, two dropped.
    expect(admitted).toEqual([true, true, true, true, false, false]);
    expect(gate.queued).toBe(3);
    release();
    await Promise.all(runs);
    expect(order).toEqual([0, 1, 2, 3]);
  });
});
