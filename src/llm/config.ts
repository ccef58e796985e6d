// The optional model, configured only by environment and validated before anything starts.
// Unset GONGKAI_LLM means no model: Gongkai is complete without one.
import { z } from 'zod';
import { GongkaiError } from '../errors.ts';

export const LlmConfigSchema = z.object({
  provider: z.enum(['openai', 'ollama']),
  baseUrl: z.url().optional(),
  model: z.string().min(1, 'GONGKAI_LLM_MODEL names the model'),
  apiKey: z.string().optional(),
  timeoutMs: z.coerce.number().int().min(100).max(120_000).default(8000),
});
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

const OLLAMA_DEFAULT = 'http://127.0.0.1:11434';

export function readLlmConfig(env: Record<string, string | undefined> = process.env): LlmConfig | undefined {
  const provider = env.GONGKAI_LLM?.trim();
  if (!provider) return undefined;
  const parsed = LlmConfigSchema.safeParse({
    provider,
    baseUrl: env.GONGKAI_LLM_BASE_URL || (provider === 'ollama' ? OLLAMA_DEFAULT : undefined),
    model: env.GONGKAI_LLM_MODEL ?? '',
    apiKey: env.GONGKAI_LLM_API_KEY || undefined,
    timeoutMs: env.GONGKAI_LLM_TIMEOUT_MS || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = { provider: 'GONGKAI_LLM', baseUrl: 'GONGKAI_LLM_BASE_URL', model: 'GONGKAI_LLM_MODEL', apiKey: 'GONGKAI_LLM_API_KEY', timeoutMs: 'GONGKAI_LLM_TIMEOUT_MS' }[String(issue.path[0])] ?? String(issue.path[0]);
    throw new GongkaiError('llm_config', `${name}: ${issue.message}`);
  }
  return parsed.data;
}

/** Both providers speak the OpenAI chat-completions protocol; Ollama serves it under /v1. */
export function chatCompletionsBase(cfg: LlmConfig): string | undefined {
  if (!cfg.baseUrl) return undefined;
  const base = cfg.baseUrl.replace(/\/+$/, '');
  return cfg.provider === 'ollama' && !base.endsWith('/v1') ? `${base}/v1` : base;
}
