// Asks the model to choose one lookup for a question the deterministic understanding could not
// read. The model's own words are discarded: only a validated tool call comes back, and any
// failure (timeout, error, invalid arguments, no tool call) comes back as nothing.
import { ChatOpenAI } from '@langchain/openai';
import { tool } from '@langchain/core/tools';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { KnowledgeBase } from '../kb/index.ts';
import { chatCompletionsBase, type LlmConfig } from './config.ts';
import { readToolCall, TOOL_SPECS, type ToolReading } from './tools.ts';

export type LlmOutcome = 'tool_call' | 'invalid_arguments' | 'no_tool_call' | 'timeout' | 'error';
export type LlmLog = (record: { outcome: LlmOutcome; latencyMs: number; tool?: string; why?: string }) => void;

const SYSTEM = [
  'You help a bot that answers questions about Chinese government information-disclosure annual reports (政府信息公开工作年度报告).',
  'Choose exactly one tool call that reads the question. Never answer in text and never state a number: the bot looks the figure up itself.',
  'If no tool fits the question, reply with no tool call.',
].join('\n');

export class LlmReader {
  private readonly model;

  constructor(private readonly cfg: LlmConfig, private readonly log: LlmLog = () => {}) {
    const baseURL = chatCompletionsBase(cfg);
    const chat = new ChatOpenAI({
      model: cfg.model,
      apiKey: cfg.apiKey ?? (cfg.provider === 'ollama' ? 'ollama' : undefined),
      timeout: cfg.timeoutMs,
      maxRetries: 0,
      temperature: 0,
      ...(baseURL ? { configuration: { baseURL } } : {}),
    });
    const tools = Object.entries(TOOL_SPECS).map(([name, spec]) =>
      // The tool bodies never run: Gongkai resolves the call itself.
      tool(async () => '', { name, description: spec.description, schema: spec.schema }),
    );
    this.model = chat.bindTools(tools);
  }

  async read(question: string, kb: KnowledgeBase): Promise<ToolReading | undefined> {
    const started = performance.now();
    const done = (outcome: LlmOutcome, extra: { tool?: string; why?: string } = {}) =>
      this.log({ outcome, latencyMs: Math.round(performance.now() - started), ...extra });
    const reports = [...take(kb.all(), 20)].map((r) => `${r.id}: ${r.meta.agency} ${r.meta.year}`).join('\n');
    try {
      const reply = await this.model.invoke(
        [new SystemMessage(`${SYSTEM}\nReports (first 20):\n${reports}`), new HumanMessage(question.slice(0, 2000))],
        { signal: AbortSignal.timeout(this.cfg.timeoutMs) },
      );
      const call = reply.tool_calls?.[0];
      if (!call) {
        done('no_tool_call');
        return undefined;
      }
      const read = readToolCall(call.name, call.args);
      if (!read.ok) {
        done('invalid_arguments', { tool: call.name, why: read.why });
        return undefined;
      }
      done('tool_call', { tool: call.name });
      return read.reading;
    } catch (err) {
      const e = err as Error;
      const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError' || /timed? ?out|abort/i.test(e.message);
      done(timedOut ? 'timeout' : 'error', { why: e.message.slice(0, 200) });
      return undefined;
    }
  }
}

function* take<T>(xs: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const x of xs) {
    yield x;
    if (--n <= 0) return;
  }
}
