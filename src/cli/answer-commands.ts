// ask, chat, eval: the answering core from a terminal. `ask --jsonl` is the contract the
// evaluation scripts use: one JSON question a line in, one JSON answer a line out, in order.
// The answering pipeline (the segmenter's dictionary, the catalogue's matcher), the session store
// and the logger load when a command runs, not for `gongkai --help`.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import type Keyv from 'keyv';
import type { AnswerContext, explain as Explain } from '../answer/answer.ts';
import type { EvalQuestion } from '../answer/grade.ts';
import type { Answer } from '../answer/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { AnsweringConfig } from '../channels/config.ts';
import { cacheDirOf, DEFAULT_KB } from '../kb/paths.ts';
import { parseDay } from '../understand/day.ts';

const core = async (kbDir: string) => {
  // The matcher compiled from the catalogue is kept beside the knowledge base, for the next run.
  (await import('../understand/compiled.ts')).useCacheDir(cacheDirOf(kbDir));
  const [answering, kb, config] = await Promise.all([import('../answer/answer.ts'), import('../kb/index.ts'), import('../channels/config.ts')]);
  return { ...answering, ...kb, ...config };
};
type Core = Awaited<ReturnType<typeof core>>;
let loaded: Core | undefined;
const load = async (kb: string): Promise<Core> => (loaded ??= await core(kb));

const NAMESPACE = 'gongkai';

interface KbOption {
  kb?: string;
}

/**
 * The answering settings of a command, read once: --default-report over GONGKAI_DEFAULT_REPORT, and
 * the model GONGKAI_LLM configures (its log on standard error: standard output is the replies').
 * Only the model logs here, so the logger loads only when one is configured.
 */
async function answering(opts: { defaultReport?: string }): Promise<{ defaultReport?: string; llm: AnswerContext['llm'] }> {
  const config = loaded!.readAnsweringConfig();
  const settings = config.llm ? await withModel(config) : { defaultReport: config.defaultReport, llm: null };
  return { defaultReport: opts.defaultReport ?? settings.defaultReport, llm: settings.llm };
}

async function withModel(config: AnsweringConfig) {
  const [{ askSettings }, { createLogger }, { pino }] = await Promise.all([import('../channels/ask.ts'), import('../channels/log.ts'), import('pino')]);
  return askSettings({ answering: config }, createLogger(pino.destination(2)));
}

/** Sessions kept in memory: keyv loads only for the commands that keep any. */
async function memoryStore(): Promise<Keyv> {
  const { default: Keyv } = await import('keyv');
  return new Keyv({ namespace: NAMESPACE });
}

async function loadKb(opts: KbOption): Promise<KnowledgeBase> {
  const dir = opts.kb ?? process.env.GONGKAI_KB ?? DEFAULT_KB;
  const { KnowledgeBase } = await load(dir);
  const { kb, unreadable } = KnowledgeBase.loadReadable(dir);
  // On standard error: standard output is the replies'.
  for (const { message } of unreadable) process.stderr.write(`gongkai: skipped, cannot be read: ${message}\n`);
  return kb;
}

/** Sessions in a store: the store's module (SQLite, Redis) loads only when a command keeps sessions. */
async function openConversations(url: string | undefined): Promise<Keyv> {
  const { openStore } = await import('../store/store.ts');
  return openStore({ url, namespace: NAMESPACE });
}

/** Sessions for a batch: in memory unless a URL is given, so that two runs answer alike. */
async function batchStore(url: string | undefined): Promise<Keyv> {
  return url ? openConversations(url) : memoryStore();
}

async function closeStore(store: Keyv | undefined): Promise<void> {
  await store?.disconnect().catch(() => undefined);
}

interface Line {
  id?: unknown;
  question: string;
  session?: string;
  report?: string;
  /** the day the question is asked (YYYY-MM-DD), for 今年/去年 */
  today?: Date;
  /** a `today` that is no valid day: the line is answered with an error */
  badToday?: string;
}

/** --today YYYY-MM-DD as a Date (the day 今年/去年 are counted from), or an error for the user. */
function todayOption(program: Command, text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  return parseDay(text) ?? program.error(`gongkai: --today must be a day as YYYY-MM-DD, not ${JSON.stringify(text)}`);
}

/** A JSON question, or a plain line of text as the question. */
function parseLine(line: string): Line {
  if (line.trimStart().startsWith('{')) {
    try {
      const v = JSON.parse(line) as Record<string, unknown>;
      // A JSON line keeps its id whatever else it lacks: answers must stay one per line, in order.
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        return {
          id: v.id, question: typeof v.question === 'string' ? v.question : '',
          ...(typeof v.session === 'string' ? { session: v.session } : {}),
          ...(typeof v.report === 'string' ? { report: v.report } : {}),
          ...(v.today === undefined ? {} : parseDay(v.today) ? { today: parseDay(v.today) } : { badToday: JSON.stringify(v.today) }),
        };
      }
    } catch {
      // not JSON after all: the line is the question
    }
  }
  return { question: line };
}

/**
 * The lines of a stream, split at \n only: one output line per input line is the contract, so a
 * carriage return inside a line is part of it (readline would split there), and only the \r of
 * a \r\n ending is dropped. A last line without its \n is still a line.
 */
export async function* inputLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  const strip = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = rest.indexOf('\n')) >= 0) {
      yield strip(rest.slice(0, nl));
      rest = rest.slice(nl + 1);
    }
  }
  rest += decoder.decode();
  if (rest) yield strip(rest);
}

async function askJsonl(kb: KnowledgeBase, opts: { sessionUrl?: string; brief?: boolean; defaultReport?: string; now?: Date }): Promise<void> {
  const settings = await answering(opts);
  const sessions = await batchStore(opts.sessionUrl);
  try {
    let n = 0;
    for await (const raw of inputLines(process.stdin)) {
      n += 1;
      const q = parseLine(raw);
      const id = q.id !== undefined ? { id: q.id } : {};
      const problem = !q.question.trim() ? { code: 'empty_question', message: `line ${n}: no question` }
        : q.badToday ? { code: 'bad_today', message: `line ${n}: today must be a day as YYYY-MM-DD, not ${q.badToday}` } : undefined;
      if (problem) {
        // Still one line out for this line in: an error in the answer's shape, so readers keep their place.
        const { message } = problem;
        process.stdout.write(JSON.stringify({ ...id, kind: 'error', text: message, body: message, citations: [], value: null, unit: null, sources: [], question: q.question, error: problem }) + '\n');
        continue;
      }
      const a = await loaded!.answer(q.question, { kb, sessions, session: q.session, report: q.report, brief: opts.brief, now: q.today ?? opts.now, ...settings });
      process.stdout.write(JSON.stringify({ ...id, ...a }) + '\n');
    }
  } finally {
    await closeStore(sessions);
  }
}

function printExplanation(e: ReturnType<typeof Explain>, json: boolean): void {
  if (json) return console.log(JSON.stringify(e, null, 1));
  const x = e.explanation;
  console.log(`report: ${e.report ?? '—'}`);
  const named = [...e.scope.agencies, ...(e.scope.unknownAgency ? [`${e.scope.unknownAgency} (not loaded)`] : []), ...(e.scope.unknownPlace ? [`${e.scope.unknownPlace} (no report)`] : [])];
  if (named.length) console.log(`agency: ${named.join(', ')}`);
  console.log(`clock: ${e.dates.today}${e.dates.words.length ? `; ${e.dates.words.map((w) => w.reading).join('; ')}` : ''}`);
  if (x) {
    console.log(`words: ${x.words.map((w) => `${w.text}/${w.role}`).join(' ')}`);
    console.log('candidates:');
    for (const c of x.candidates) console.log(`  ${c.reader.padEnd(9)} ${c.score.toFixed(2).padStart(6)}  ${c.reading}${c.left.length ? `  left: ${c.left.join(', ')}` : ''}`);
    console.log(`rule: ${x.rule}`);
  }
  console.log(`answer: ${e.answer.text}`);
}

function print(a: Answer, json: boolean): void {
  console.log(json ? JSON.stringify(a, null, 1) : a.text);
}

export function registerAnswerCommands(program: Command): void {
  program
    .command('ask')
    .description('answer one question, or (--jsonl) one JSON question a line from stdin')
    .argument('[question]', 'the question')
    .option('--kb <dir>', 'knowledge base folder (default knowledge/, or $GONGKAI_KB)')
    .option('--report <id>', 'answer from this report')
    .option('--default-report <id>', 'the report to use when a question names none and several fit (default $GONGKAI_DEFAULT_REPORT)')
    .option('--session <id>', 'remember the conversation under this id (for follow-ups)')
    .option('--session-url <url>', 'session store: sqlite://FILE, redis://…, memory://')
    .option('--json', 'print the Answer as JSON')
    .option('--brief', 'one line: figure and citation')
    .option('--jsonl', 'read questions from stdin, one a line; write one JSON answer a line')
    .option('--explain', "show how the question was read: each word's role, each reader's candidates, the rule that decided")
    .option('--today <YYYY-MM-DD>', 'the day the question is asked, for 今年/去年 (default: the system date; a `today` field of a --jsonl line wins)')
    .action(async (question: string | undefined, opts: KbOption & { report?: string; defaultReport?: string; session?: string; sessionUrl?: string; json?: boolean; brief?: boolean; jsonl?: boolean; explain?: boolean; today?: string }) => {
      const now = todayOption(program, opts.today);
      if (!question && !opts.jsonl) program.error('gongkai ask: a question, or --jsonl');
      const kb = await loadKb(opts);
      if (opts.jsonl) return askJsonl(kb, { ...opts, now });
      const { answer, explain } = loaded!;
      const settings = await answering(opts);
      if (opts.explain) return printExplanation(explain(question!, kb, { report: opts.report, defaultReport: settings.defaultReport, now }), !!opts.json);
      const sessions = opts.session ? await openConversations(opts.sessionUrl) : undefined;
      try {
        print(await answer(question!, { kb, sessions, session: opts.session, report: opts.report, brief: opts.brief, now, ...settings }), !!opts.json);
      } finally {
        await closeStore(sessions);
      }
    });

  program
    .command('chat')
    .description('talk to the bot in the terminal (one conversation; ↑ for history)')
    .option('--kb <dir>', 'knowledge base folder')
    .option('--brief', 'one-line answers')
    .option('--today <YYYY-MM-DD>', 'the day the questions are asked, for 今年/去年 (default: the system date)')
    .action(async (opts: KbOption & { brief?: boolean; today?: string }) => {
      const now = todayOption(program, opts.today);
      const kb = await loadKb(opts);
      const { answer } = loaded!;
      const context: AnswerContext = { kb, sessions: await memoryStore(), session: randomUUID(), brief: opts.brief, now, ...(await answering({})) };
      const rl = createInterface({ input: process.stdin, output: process.stdout, historySize: 200, prompt: '问> ' });
      console.log(`gongkai: ${kb.size} report(s) loaded. Ctrl-D or /quit to leave.`);
      rl.prompt();
      for await (const line of rl) {
        if (/^\/?(quit|exit|bye|q)$|^退出$/i.test(line.trim())) break;
        if (line.trim()) console.log((await answer(line, context)).text + '\n');
        rl.prompt();
      }
    });

  program
    .command('eval')
    .description('answer a question set and grade it: accuracy by category, and the misses')
    .argument('<file>', 'questions, one JSON a line, with `expect` (for example test/fixtures/questions-extra.jsonl)')
    .option('--kb <dir>', 'knowledge base folder')
    .option('--min <fraction>', 'fail below this accuracy', '0.95')
    .option('--max-wrong <n>', 'fail above this many wrong numbers', '0')
    .option('--today <YYYY-MM-DD>', 'the day the questions are asked, for 今年/去年 (default: the system date; a line\'s `today` wins)')
    .action(async (file: string, opts: KbOption & { min: string; maxWrong: string; today?: string }) => {
      const now = todayOption(program, opts.today);
      const kb = await loadKb(opts);
      const { answer } = loaded!;
      const { summarise } = await import('../answer/grade.ts');
      const sessions = await memoryStore();
      const questions = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
      const results = [];
      const settings = await answering({});
      for (const q of questions) {
        const today = q.today === undefined ? now : parseDay(q.today) ?? program.error(`gongkai eval: ${q.id ?? q.question}: today must be YYYY-MM-DD`);
        results.push({ question: q, answer: await answer(q.question, { kb, sessions, session: q.session, report: q.report, now: today, ...settings }) });
      }
      const r = summarise(results);
      for (const m of r.misses) {
        console.log(`${m.verdict.verdict.padEnd(5)} ${m.question.id ?? ''} ${m.question.question} -> ${m.verdict.why} | ${m.answer.text.slice(0, 80).replace(/\n/g, ' ')}`);
      }
      for (const [cat, c] of [...r.byCategory].sort()) console.log(`  ${cat.padEnd(12)} ${c.ok}/${c.n}`);
      const accuracy = r.total ? r.ok / r.total : 0;
      console.log(`accuracy ${(100 * accuracy).toFixed(1)}% (${r.ok}/${r.total}), wrong numbers ${r.wrong}`);
      if (accuracy < Number(opts.min) || r.wrong > Number(opts.maxWrong)) process.exitCode = 1;
    });
}
