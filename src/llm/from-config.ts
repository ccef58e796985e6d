// The optional model as answer() takes it: built from its validated settings, loaded on first use
// (LangChain costs a second to import and is never loaded when no model is configured).
import type { KnowledgeBase } from '../kb/index.ts';
import type { LlmReaderLike } from './tools.ts';
import type { LlmConfig } from './config.ts';
import type { LlmLog } from './reader.ts';

/** A reader that imports LangChain the first time a question needs the model. */
export function lazyLlmReader(cfg: LlmConfig, log: LlmLog): LlmReaderLike {
  let reader: Promise<LlmReaderLike> | undefined;
  return {
    async read(question: string, kb: KnowledgeBase) {
      reader ??= import('./reader.ts').then(({ LlmReader }) => new LlmReader(cfg, log));
      return (await reader).read(question, kb);
    },
  };
}
