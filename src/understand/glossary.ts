// English questions about the report's narrative, said in the Chinese the report prints
// (NARRATIVE_GLOSSARY), and the words the whole subject shares, which find no one sentence.
import { mapped } from '../arrays.ts';
import { NARRATIVE_GLOSSARY } from '../catalogue/format.ts';
import { DOMAIN_WORDS } from '../catalogue/lexicon-cues.ts';
import { anyOf } from '../catalogue/lexicon-pattern.ts';

const NARRATIVE_WORDS = mapped(NARRATIVE_GLOSSARY, ({ en, zh }) => ({
  zh,
  re: new RegExp(`(?:^|[^a-z0-9])${anyOf(en)}(?![a-z0-9])`),
}));

/** An English question's narrative words, as the Chinese the report prints (see NARRATIVE_GLOSSARY). */
export function narrativeInChinese(text: string): string {
  return mapped(NARRATIVE_WORDS.filter(({ re }) => re.test(text)), ({ zh }) => zh).join(' ');
}

/** The English words (and phrases) of the glossary whose Chinese a figure's text holds. */
export function glossedWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const g of NARRATIVE_GLOSSARY) if (text.includes(g.zh)) for (const e of g.en) for (const x of [e, ...e.split(' ')]) words.add(x);
  return words;
}

/** The question without the words every clause of the report shares (政府信息公开). */
export function withoutDomainWords(text: string): string {
  let out = text;
  for (const w of DOMAIN_WORDS) if (out.includes(w)) out = out.replaceAll(w, ' ');
  return out;
}
