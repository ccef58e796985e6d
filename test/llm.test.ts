// The optional model, end to end: the real LangChain client against a local server that speaks the
// OpenAI chat-completions protocol. The model may only choose a lookup; every figure still comes
// from the knowledge base, and any failure falls back to the deterministic answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { answer } from '../src/answer/answer.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { readLlmConfig } from '../src/llm/config.ts';
import { LlmReader, type LlmOutcome } from '../src/llm/reader.ts';
import { ROOT } from './helpers.ts';

type Reply = { toolCall?: { name: string; args: unknown }; content?: string; hang?: boolean };

/** A stand-in for an OpenAI-compatible provider: answers each request with the next scripted reply. */
class FakeProvider {
  server!: Server;
  requests: { url: string; body: { tools?: { function: { name: string; parameters: unknown } }[]; messages: unknown[] } }[] = [];
  script: Reply[] = [];
  private hanging: ServerResponse[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}/v1`;
  }
  stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    return new Promise((r) => this.server.close(() => r()));
  }
  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw);
      this.requests.push({ url: req.url ?? '', body });
      const reply = this.script.shift() ?? {};
      if (reply.hang) {
        this.hanging.push(res);
        return;
      }
      const message = reply.toolCall
        ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: reply.toolCall.name, arguments: JSON.stringify(reply.toolCall.args) } }] }
        : { role: 'assistant', content: reply.content ?? '' };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({
        id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: body.model,
        choices: [{ index: 0, message, finish_reason: reply.toolCall ? 'tool_calls' : 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      }));
    });
  }
}

const kb = KnowledgeBase.load(join(ROOT, 'knowledge'));
// Words the catalogue cannot read: without a model the user is asked which figure.
const ODD = '请帮我查一下那个“全给了”的数目';

describe('optional LLM through LangChain tools', () => {
  const provider = new FakeProvider();
  const outcomes: LlmOutcome[] = [];
  let reader: LlmReader;

  beforeAll(async () => {
    const baseUrl = await provider.start();
    const cfg = readLlmConfig({ GONGKAI_LLM: 'openai', GONGKAI_LLM_BASE_URL: baseUrl, GONGKAI_LLM_MODEL: 'test-model', GONGKAI_LLM_API_KEY: 'sk-test', GONGKAI_LLM_TIMEOUT_MS: '400' })!;
    reader = new LlmReader(cfg, (r) => outcomes.push(r.outcome));
  });
  afterAll(() => provider.stop());

  it('without a model the user is asked which figure', async () => {
    const a = await answer(ODD, { kb, llm: null });
    expect(a.kind).toBe('clarify');
    expect(a.value).toBeNull();
  });

  it('a correct tool call gives the right figure, cited from the knowledge base', async () => {
    provider.script.push({ toolCall: { name: 'request_figure', args: { row: 'granted', column: 'total' } } });
    const a = await answer(ODD, { kb, llm: reader });
    expect(a).toMatchObject({ kind: 'figure', value: 32, unit: '件' });
    expect(a.text).toContain('32');
    expect(a.text).toContain('来源：周口市住房和城乡建设局2024年报告 · 三、收到和处理政府信息公开申请情况 · （一）予以公开 · 总计');
    // The tools offered are the catalogue's, as JSON Schema from zod.
    const offered = provider.requests.at(-1)!.body.tools!.map((t) => t.function.name);
    expect(offered).toEqual(['request_figure', 'review_figure', 'active_figure', 'derive', 'get_passage', 'list_reports']);
    expect(JSON.stringify(provider.requests.at(-1)!.body.tools![0]!.function.parameters)).toContain('partly_granted');
    expect(outcomes.at(-1)).toBe('tool_call');
  });

  it('a derived figure is computed by Gongkai with its formula', async () => {
    provider.script.push({ toolCall: { name: 'derive', args: { op: 'sum', figures: [{ table: 'requests', row: 'granted' }, { table: 'requests', row: 'partly_granted' }] } } });
    const a = await answer(ODD, { kb, llm: reader });
    expect(a).toMatchObject({ kind: 'figure', value: 83 });
  });

  it('invalid arguments give no figure', async () => {
    provider.script.push({ toolCall: { name: 'request_figure', args: { row: 'granted_999', column: 'total' } } });
    const a = await answer(ODD, { kb, llm: reader });
    expect(a.kind).toBe('clarify');
    expect(a.value).toBeNull();
    expect(outcomes.at(-1)).toBe('invalid_arguments');
  });

  it('a model that writes a figure instead of calling a tool gets none of its digits into the reply', async () => {
    provider.script.push({ content: '予以公开是999件' });
    const a = await answer(ODD, { kb, llm: reader });
    expect(a.kind).toBe('clarify');
    expect(a.value).toBeNull();
    expect(JSON.stringify(a)).not.toContain('999');
    expect(outcomes.at(-1)).toBe('no_tool_call');
  });

  it('a model that never answers is cut off at the timeout, and the answer still comes', async () => {
    const before = provider.requests.length;
    provider.script.push({ hang: true });
    const a = await answer(ODD, { kb, llm: reader });
    expect(provider.requests.length).toBe(before + 1);
    expect(a.kind).toBe('clarify');
    expect(outcomes.at(-1)).toBe('timeout');
  });

  it('questions the catalogue reads never reach the model', async () => {
    const before = provider.requests.length;
    const a = await answer('有多少申请予以公开？', { kb, llm: reader });
    expect(a).toMatchObject({ kind: 'figure', value: 32 });
    expect(provider.requests.length).toBe(before);
  });

  it('configuration errors name the variable', () => {
    expect(readLlmConfig({})).toBeUndefined();
    expect(() => readLlmConfig({ GONGKAI_LLM: 'gpt' })).toThrow(/GONGKAI_LLM:/);
    expect(() => readLlmConfig({ GONGKAI_LLM: 'openai', GONGKAI_LLM_MODEL: '' })).toThrow(/GONGKAI_LLM_MODEL/);
    expect(readLlmConfig({ GONGKAI_LLM: 'ollama', GONGKAI_LLM_MODEL: 'qwen2.5' })).toMatchObject({ baseUrl: 'http://127.0.0.1:11434', timeoutMs: 8000 });
  });
});
