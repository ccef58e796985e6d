// Questions as people type them: with a homophone slip of the pinyin keyboard, full-width digits and
// letters, chatter around them, or in traditional characters. Each noisy question must get the same
// answer as the clean one, or decline honestly (not found, out of scope, a question back): never
// another number. The noise is generated with a fixed seed, so every run asks the same questions.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { LEXICON } from '../src/catalogue/lexicon.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { rng } from '../src/report/generate.ts';
import { languageOf, normalise } from '../src/understand/normalise.ts';
import { soundOf } from '../src/understand/typos.ts';
import { catalogueWords } from '../src/understand/vocabulary.ts';
import type { Answer } from '../src/answer/types.ts';
import { ROOT, SHARED } from './helpers.ts';

const kb = KnowledgeBase.load(join(ROOT, 'knowledge'));
const ask = (q: string): Answer => respond(q, kb).answer;

interface Asked { question: string; session?: string; expect?: { value?: number } }

/** The questions of a set that stand alone (a follow-up needs the question before it). */
function questionsOf(file: string): Asked[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Asked)
    .filter((q) => !q.session);
}

const SETS = [join(SHARED, 'eval', 'dev.jsonl'), join(SHARED, 'eval', 'dev2.jsonl')];
const present = SETS.filter((f) => existsSync(f));
if (present.length < SETS.length) console.log('understand-noise: ../shared/eval is absent; the dev sets are left out, the fixtures are asked');
const QUESTIONS = [
  ...present.flatMap(questionsOf),
  ...questionsOf(join(ROOT, 'test', 'fixtures', 'questions-extra.jsonl')),
  ...questionsOf(join(ROOT, 'test', 'fixtures', 'questions-probe.jsonl')),
];

// ---------------------------------------------------------------- noise

const next = rng(20261206);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

// Characters of the catalogue's words, by their sound: what a pinyin keyboard offers for it.
const VOCABULARY = [...catalogueWords()].filter((w) => /^\p{Script=Han}{2,8}$/u.test(w));
const BY_SOUND = new Map<string, Set<string>>();
for (const w of VOCABULARY) for (const c of w) BY_SOUND.set(soundOf(c), (BY_SOUND.get(soundOf(c)) ?? new Set()).add(c));

/** One character of a catalogue term in the question replaced by another of the same sound; undefined when none has one. */
function homophoneSlip(question: string): string | undefined {
  const text = normalise(question);
  const terms = VOCABULARY.filter((w) => w.length >= 2 && text.includes(w)).sort((a, b) => b.length - a.length);
  if (!terms.length) return undefined;
  const term = pick(terms.slice(0, 3));
  const options: string[] = [];
  for (let i = 0; i < term.length; i++) {
    for (const c of BY_SOUND.get(soundOf(term[i]!)) ?? []) {
      const slipped = term.slice(0, i) + c + term.slice(i + 1);
      // A slip that makes another word of the catalogue is another question, not a slip.
      if (c !== term[i] && !VOCABULARY.some((w) => w !== term && slipped.includes(w) && !term.includes(w))) options.push(slipped);
    }
  }
  return options.length ? text.replace(term, pick(options)) : undefined;
}

const fullWidth = (q: string) => q.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const zh = LEXICON.zh;
const BEFORE = [...zh.politeness!, ...zh.pronoun!, ...zh.hedge!];
const AFTER = [...zh.particle!, ...zh.tag_question!, ...zh.urgency!];
const EN_BEFORE = ['please', 'hi,', 'just curious,', 'could you provide', "I'd like to know:", 'sorry to bother you,', 'quick question:'];
const EN_AFTER = ['thanks', 'please', 'asap'];

/** Chatter before and after the question, in its language. */
function chatter(q: string): string {
  const body = q.replace(/[？?。.!！]\s*$/, '');
  if (languageOf(q) === 'en') return `${pick(EN_BEFORE)} ${body.charAt(0).toLowerCase()}${body.slice(1)}, ${pick(EN_AFTER)}?`;
  return `${pick(BEFORE)}，${body}${pick(AFTER)}？`;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const NOISES: [string, (q: string) => string | undefined][] = [
  ['homophone slip', (q) => (languageOf(q) === 'zh' ? homophoneSlip(q) : undefined)],
  ['full-width digits and letters', (q) => (/[0-9A-Za-z]/.test(q) ? fullWidth(q) : undefined)],
  ['chatter', chatter],
  ['traditional characters', (q) => (languageOf(q) === 'zh' ? toTraditional(q) : undefined)],
];

// Honest answers without a figure: declines, a question back, and the greeting's help (「你们好，有多少件」).
const DECLINES = new Set(['not_found', 'out_of_scope', 'clarify', 'help']);

describe.each(NOISES)('%s', (name, noise) => {
  const cases = QUESTIONS.flatMap(({ question: q, expect: e }) => {
    const noisy = noise(q);
    return noisy && noisy !== q ? [{ q, noisy, expected: e?.value }] : [];
  });

  it(`never gives another number (${cases.length} questions)`, () => {
    expect(cases.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    let same = 0;
    for (const { q, noisy, expected } of cases) {
      const clean = ask(q);
      const got = ask(noisy);
      if (got.kind === clean.kind && got.value === clean.value) same++;
      // The set's own answer is no other number, though the clean question missed it.
      else if (!DECLINES.has(got.kind) && !(expected !== undefined && got.value === expected)) wrong.push(`${noisy} → ${got.kind} ${got.value} (clean ${q} → ${clean.kind} ${clean.value})`);
    }
    expect(wrong).toEqual([]);
    // Noise is no reason to decline: most noisy questions get the clean answer.
    console.log(`understand-noise: ${name}: ${same} of ${cases.length} answered as the clean question`);
    expect(same / cases.length).toBeGreaterThan(FLOOR[name]!);
  });
});

// What each kind of noise keeps today, a little below: a fall is a regression.
const FLOOR: Record<string, number> = {
  'homophone slip': 0.9,
  'full-width digits and letters': 0.95,
  chatter: 0.98,
  'traditional characters': 0.98,
};
