// The search reader: 「政策解读都采用了哪些形式」 — the paragraph of the report that shares the
// question's rare words (an English question's, through the glossary).
import type { Candidate } from '../candidates.ts';
import { narrativeInChinese } from '../glossary.ts';
import { searchPassages } from '../prose.ts';
import type { Sentence } from '../sentence.ts';

export interface SearchReading {
  candidates: Candidate[];
  found?: Candidate;
}

export function searchReader(s: Sentence): SearchReading {
  const { report, lang } = s;
  const found = report && searchPassages(report, lang === 'en' ? narrativeInChinese(s.text) : s.text);
  if (!found) return { candidates: [] };
  const candidate: Candidate = {
    reader: 'search', score: found.score, left: [],
    query: { intent: 'passage', lang, passage: { section: found.section, ...(found.subsection ? { subsection: found.subsection } : {}), line: found.line } },
  };
  return { candidates: [candidate], found: candidate };
}
