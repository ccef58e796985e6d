// Where a channel takes its knowledge base from: a fixed one, or the one of the moment (a knowledge
// base that follows its folder, kb/watch.ts). A question takes it once and answers from it.
import type { KnowledgeBase } from './index.ts';

export type KbSource = KnowledgeBase | (() => KnowledgeBase);

export const kbGetter = (source: KbSource): (() => KnowledgeBase) => (typeof source === 'function' ? source : () => source);
