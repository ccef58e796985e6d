// The passage reader: the section of prose the question names (存在哪些问题, 收费情况), to quote.
import { GREETING } from '../../catalogue/reading-words.ts';
import type { Candidate } from '../candidates.ts';
import type { Sentence } from '../sentence.ts';

export interface PassageReading {
  candidates: Candidate[];
  passage?: Candidate;
  /** the question's words that name the section */
  said?: string;
}

export function passageReader(s: Sentence): PassageReading {
  const passage = s.hits.filter((h) => h.target.dim === 'section').sort((a, b) => b.score - a.score)[0];
  // 「我可以问你哪些问题」: a question about the bot, not about the report's 问题 (a greeting is no such question).
  const aboutBot = s.mentions.some((m) => !GREETING.test(m.text) && m.targets.some((t) => t.target.dim === 'cue' && t.target.cue === 'help'));
  if (passage?.target.dim !== 'section' || aboutBot) return { candidates: [] };
  const p = passage.target;
  const candidate: Candidate = {
    reader: 'passage', score: passage.score, left: [],
    query: { intent: 'passage', lang: s.lang, passage: { section: p.id, ...(p.subsection ? { subsection: p.subsection } : {}) } },
  };
  return { candidates: [candidate], passage: candidate, said: s.text.slice(passage.start, passage.end) };
}
