// 「full or partial disclosure」「全部或部分公开」: two terms that share their last words, said once.
// The first is read as the whole term it stands for (full disclosure, 全部公开), so that the list
// names both figures.
import { mapped } from '../arrays.ts';
import { ELIDING_JOINS } from '../catalogue/asking.ts';
import { findMentions, type Mention } from './match.ts';
import { anyOf } from '../catalogue/lexicon-pattern.ts';

// What may join the two: a conjunction, and for Chinese no space.
const JOIN = new RegExp(`^\\s*${anyOf([...ELIDING_JOINS.en, ...ELIDING_JOINS.zh])}\\s*$`);
// The conjunction at the end of the words before a term: an English one between spaces.
const JOIN_BEFORE = new RegExp(`(?:\\s${anyOf(ELIDING_JOINS.en)}\\s|${anyOf(ELIDING_JOINS.zh)})\\s*$`);
const LATIN_WORD = /([a-z]+)\s*$/;
const HAN_RUN = /(\p{Script=Han}{1,4})$/u;
// The total columns (全部, all): a word that only names them may be the start of an elided term.
const TOTAL = new Set(['req_col:total', 'rev_col:total']);

/** The question's mentions, with a term whose shared words were said only once added. */
export function withElided(text: string, mentions: readonly Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const m of mentions) {
    if (!m.targets.some((t) => t.target.dim !== 'cue')) continue;
    const before = text.slice(0, m.start);
    const join = JOIN_BEFORE.exec(before);
    if (!join || !JOIN.test(join[0])) continue;
    const head = before.slice(0, join.index);
    const latin = /[a-z]/.test(m.text);
    const first = (latin ? LATIN_WORD : HAN_RUN).exec(head)?.[1];
    const over = (o: Mention) => o.end > head.length - first!.length && o.start < head.length;
    // 全部 of 「全部或部分公开」 is no total column there: it stands for 全部公开.
    if (!first || mentions.some((o) => over(o) && !o.targets.every((t) => TOTAL.has(`${t.target.dim}:${'id' in t.target ? t.target.id : ''}`)))) continue;
    const found = elided(first, m.text, latin);
    if (found) added.push({ ...found, start: head.length - found.text.length, end: head.length });
  }
  if (!added.length) return [...mentions];
  const kept = mentions.filter((o) => !added.some((a) => o.start < a.end && a.start < o.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** The word before the conjunction and the mention's last words, as one term of another figure. */
function elided(first: string, term: string, latin: boolean): { text: string; targets: Mention['targets'] } | undefined {
  const words = latin ? term.split(' ') : [...term];
  // The shortest start that makes a term (部分公开 → 全部 + 公开; partial disclosure → full + disclosure).
  const starts = latin ? [first] : mapped([...first], (_, i) => first.slice(first.length - 1 - i));
  const own = new Set(m0Targets(term));
  for (const start of starts) {
    for (let k = 1; k < words.length; k++) {
      const candidate = latin ? `${start} ${words.slice(k).join(' ')}` : start + words.slice(k).join('');
      const ms = findMentions(candidate);
      if (ms.length !== 1 || ms[0]!.start !== 0 || ms[0]!.end !== candidate.length) continue;
      const targets = ms[0]!.targets.filter((t) => t.target.dim !== 'cue' && !own.has(JSON.stringify(t.target)));
      if (targets.length) return { text: start, targets };
    }
  }
  return undefined;
}

/** The targets a term names, as strings: the elided term must name another figure. */
function m0Targets(term: string): string[] {
  return mapped(findMentions(term).flatMap((m) => m.targets), (t) => JSON.stringify(t.target));
}
