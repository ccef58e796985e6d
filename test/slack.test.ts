// The Slack channel over real HTTP: Bolt's real HTTPReceiver mounted in the fastify server,
// requests signed the way Slack signs them, and a local stand-in for Slack's Web API that records
// what the bot posts.
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnce } from '../src/channels/once.ts';
import type { FastifyInstance } from 'fastify';
import { KnowledgeBase } from '../src/kb/index.ts';
import { buildHttpServer, listeningUrl } from '../src/channels/http/server.ts';
import { createSlackHttp, createSlackSocket } from '../src/channels/slack/app.ts';
import { createLogger } from '../src/channels/log.ts';
import { readChannelConfig, slackApiUrl } from '../src/channels/config.ts';
import { recordingAsk, SEED_CITATION } from './support/fake-ask.ts';
import { startFakeSlackApi, type FakeSlackApi } from './support/fake-slack-api.ts';

const SECRET = 'test-signing-secret';
const TOKEN = 'xoxb-test-token-1234';

function sign(body: string, timestamp = Math.floor(Date.now() / 1000), secret = SECRET) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

let slack: FakeSlackApi;
let server: FastifyInstance;
let base: string;
const ask = recordingAsk();
const logLines: string[] = [];

beforeAll(async () => {
  slack = await startFakeSlackApi();
  const log = createLogger(new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }), 'info');
  const mounted = createSlackHttp(
    { signingSecret: SECRET, botToken: TOKEN, apiUrl: slackApiUrl(slack.url.replace(/\/api\/$/, '')) },
    { ask, log, once: createOnce() },
    { processBeforeResponse: true },
  );
  server = buildHttpServer({ ask, kb: new KnowledgeBase(), log, rateLimit: 0, slack: mounted });
  await server.listen({ port: 0, host: '127.0.0.1' });
  base = listeningUrl(server);
});
afterAll(async () => {
  await server?.close();
  await slack?.close();
});

let eventSeq = 0;
function mention(text: string, extra: Record<string, unknown> = {}) {
  eventSeq += 1;
  const ts = `1732600000.00010${eventSeq}`;
  return {
    token: 'legacy',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: `Ev000${eventSeq}`,
    event_time: 1732600000,
    event: { type: 'app_mention', user: 'U0USER', text, ts, channel: 'C0CHAN', event_ts: ts, ...extra },
  };
}

async function postJson(payload: unknown, headers: Record<string, string> = {}, sig?: Record<string, string>) {
  const body = JSON.stringify(payload);
  return fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...(sig ?? sign(body)), ...headers }, body });
}

function postsInThread(ts: string) {
  return slack.posts().filter((c) => c.body.thread_ts === ts);
}

function textOf(body: Record<string, unknown>): string {
  return JSON.stringify(body.blocks) + String(body.text);
}

describe('Slack over HTTP events', () => {
  it('answers url_verification', async () => {
    const res = await postJson({ type: 'url_verification', challenge: 'abc123', token: 'legacy' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('abc123');
  });

  it('answers an app_mention in its thread: figure in a section, citation in a context block', async () => {
    const event = mention('<@UBOT> 有多少申请予以公开？');
    const res = await postJson(event);
    expect(res.status).toBe(200);
    const posts = postsInThread(event.event.ts);
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.body.channel).toBe('C0CHAN');
    expect(post.authorization).toBe(`Bearer ${TOKEN}`);
    const blocks = post.body.blocks as Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>;
    expect(blocks[0]!.type).toBe('section');
    expect(blocks[0]!.text!.text).toContain('32 件');
    expect(blocks[0]!.text!.text).not.toContain('来源'); // the citation moves to the context block
    const context = blocks.find((b) => b.type === 'context')!;
    expect(context.elements![0]!.text).toBe(SEED_CITATION);
    expect(post.body.text).toContain(SEED_CITATION); // the notification text keeps it
    expect(ask.calls.at(-1)).toEqual({ question: '有多少申请予以公开？', options: { session: 'slack:T0001:U0USER' } });
  });

  it('a retried delivery (X-Slack-Retry-Num, same event_id) gets no second reply', async () => {
    const event = mention('<@UBOT> 有多少申请予以公开？');
    expect((await postJson(event)).status).toBe(200);
    const retry = await postJson(event, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    const again = await postJson(event, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    expect(again.status).toBe(200);
    expect(postsInThread(event.event.ts)).toHaveLength(1);
  });

  it('rejects a bad signature with 401 and does not answer', async () => {
    const event = mention('<@UBOT> 有多少申请予以公开？');
    const body = JSON.stringify(event);
    const res = await postJson(event, {}, sign(body, undefined, 'wrong-secret'));
    expect(res.status).toBe(401);
    expect(postsInThread(event.event.ts)).toHaveLength(0);
  });

  it('rejects a timestamp older than 5 minutes with 401, even when correctly signed', async () => {
    const event = mention('<@UBOT> 有多少申请予以公开？');
    const body = JSON.stringify(event);
    const res = await postJson(event, {}, sign(body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(res.status).toBe(401);
    expect(postsInThread(event.event.ts)).toHaveLength(0);
  });

  it('rejects a timestamp more than 5 minutes in the future with 401, even when correctly signed', async () => {
    const event = mention('<@UBOT> 有多少申请予以公开？');
    const body = JSON.stringify(event);
    const res = await postJson(event, {}, sign(body, Math.floor(Date.now() / 1000) + 10 * 60));
    expect(res.status).toBe(401);
    expect(postsInThread(event.event.ts)).toHaveLength(0);
  });

  it('answers a direct message in the DM and ignores bot messages', async () => {
    eventSeq += 1;
    const dm = (extra: Record<string, unknown>, id: string) => ({
      team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: id, event_time: 1732600000,
      event: { type: 'message', channel: 'D0DM', channel_type: 'im', text: '予以公开和部分公开一共多少件？', ts: `1732600001.0000${eventSeq}`, ...extra },
    });
    const before = slack.posts().filter((c) => c.body.channel === 'D0DM').length;
    expect((await postJson(dm({ user: 'U0USER' }, `EvDM${eventSeq}`))).status).toBe(200);
    expect((await postJson(dm({ bot_id: 'BOTHER', subtype: 'bot_message' }, `EvDMbot${eventSeq}`))).status).toBe(200);
    const posts = slack.posts().filter((c) => c.body.channel === 'D0DM');
    expect(posts).toHaveLength(before + 1);
    expect(textOf(posts.at(-1)!.body)).toContain('83');
    expect(textOf(posts.at(-1)!.body)).toContain('█'); // the parts as a text chart
  });

  it('answers the /gongkai slash command through response_url', async () => {
    const form = new URLSearchParams({
      token: 'legacy', team_id: 'T0001', team_domain: 'gongkai', channel_id: 'C0CHAN', channel_name: 'general',
      user_id: 'U0USER', user_name: 'someone', command: '/gongkai', text: '有多少申请予以公开？',
      api_app_id: 'A0001', response_url: `${slack.responseUrl}/cmd-1`, trigger_id: '1.2.3',
    }).toString();
    // The same signed command sent three times within 5 minutes is answered once.
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(form) }, body: form });
      expect(res.status).toBe(200);
    }
    const responses = slack.posts('respond:cmd-1');
    expect(responses).toHaveLength(1);
    expect(textOf(responses[0]!.body)).toContain('32');
    expect(textOf(responses[0]!.body)).toContain(SEED_CITATION);
    expect(responses[0]!.body.response_type).toBe('ephemeral');
  });

  it('offers clarify options as buttons, and a click answers the chosen question', async () => {
    const event = mention('<@UBOT> 多少件？');
    await postJson(event);
    const post = postsInThread(event.event.ts)[0]!;
    const actions = (post.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>).find((b) => b.type === 'actions')!;
    const button = actions.elements!.find((e) => e.value === '予以公开（总计）是多少？')!;
    const section = (post.body.blocks as Array<{ type: string; text?: { text: string } }>)[0]!;
    expect(section.text!.text).not.toContain('· 予以公开'); // the options are buttons, not a list
    expect(button).toBeTruthy();

    const payload = {
      type: 'block_actions', team: { id: 'T0001', domain: 'gongkai' }, user: { id: 'U0USER', team_id: 'T0001' }, api_app_id: 'A0001',
      token: 'legacy', trigger_id: '1.2.4', response_url: `${slack.responseUrl}/act-1`,
      channel: { id: 'C0CHAN' }, container: { type: 'message', message_ts: event.event.ts, channel_id: 'C0CHAN' },
      message: { ts: '1732600000.999', text: 'x', type: 'message' },
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', value: button.value, action_ts: '1732600002.1', text: { type: 'plain_text', text: '予以公开' } }],
    };
    const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    // The same signed click sent three times (a replay within Slack's 5 minutes): one answer.
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(form) }, body: form });
      expect(res.status).toBe(200);
    }
    const responses = slack.posts('respond:act-1');
    expect(responses).toHaveLength(1);
    expect(responses[0]!.body.replace_original).toBe(true);
    expect(textOf(responses[0]!.body)).toContain(SEED_CITATION);
  });

  it('logs one line per answer with channel, kind and latency, and never the token or secret', () => {
    const answers = logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'answer');
    expect(answers.length).toBeGreaterThanOrEqual(4);
    for (const line of answers) {
      expect(line).toMatchObject({ channel: 'slack', kind: expect.any(String), latencyMs: expect.any(Number) });
    }
    const all = logLines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET);
  });
});

describe('Slack over Socket Mode', () => {
  it('builds from a bot token and an app token alone (Bolt checks its options when built; no connection until start)', () => {
    const channel = createSlackSocket({ botToken: TOKEN, appToken: 'xapp-test' }, { ask, log: createLogger(undefined, 'silent'), once: createOnce() });
    expect(channel.name).toBe('slack');
  });
});

// `gongkai serve` as configured from the environment, over the real knowledge base and answer().
const realReady = existsSync('knowledge/zhoukou-zhujianju-2024.json') && existsSync('src/answer/answer.ts');

describe.skipIf(!realReady)('gongkai serve with SLACK_* set, over the real answer()', () => {
  it('mounts /slack/events on the web port and answers a mention with 32 件 and the citation', async () => {
    const { runServe } = await import('../src/channels/run.ts');
    const config = readChannelConfig({
      PORT: '0', HOST: '127.0.0.1', GONGKAI_KB: 'knowledge', SESSION_URL: 'memory://',
      SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.url,
    });
    const running = await runServe(config, createLogger(undefined, 'silent'));
    try {
      expect((await (await fetch(`${running.url}/healthz`)).json()).reports).toBeGreaterThan(0);
      const event = mention('<@UBOT> 有多少申请予以公开？');
      const body = JSON.stringify(event);
      const res = await fetch(`${running.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...sign(body) }, body });
      expect(res.status).toBe(200);
      // serve acks before answering (Slack's 3-second rule): wait for the post, boundedly.
      for (let i = 0; i < 200 && postsInThread(event.event.ts).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      const post = postsInThread(event.event.ts);
      expect(post).toHaveLength(1);
      const blocks = post[0]!.body.blocks as Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>;
      expect(blocks[0]!.text!.text).toContain('32 件');
      expect(blocks.find((b) => b.type === 'context')!.elements!.map((e) => e.text)).toContain(SEED_CITATION);
    } finally {
      await running.stop();
    }
  });
});
