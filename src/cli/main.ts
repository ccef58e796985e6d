// The `gongkai` command. Each group of subcommands lives beside the stage of the pipeline it
// drives, and only the group of the command being run is loaded: `gongkai serve` need not load
// the PDF and Word readers, nor `gongkai import` the web server.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { GongkaiError } from '../errors.ts';

// package.json is two folders up from both src/cli and dist/cli.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

type Register = (program: Command) => void;
const GROUPS: Record<string, () => Promise<Register>> = {
  report: async () => (await import('./report-commands.ts')).registerReportCommands,
  answer: async () => (await import('./answer-commands.ts')).registerAnswerCommands,
  channel: async () => (await import('./channel-commands.ts')).registerChannelCommands,
};
const GROUP_OF: Record<string, keyof typeof GROUPS> = {
  import: 'report', check: 'report', show: 'report', list: 'report', generate: 'report',
  ask: 'answer', chat: 'answer', eval: 'answer',
  serve: 'channel', wechat: 'channel',
};

// Output piped into a reader that stops early (`gongkai show … | head`) is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command('gongkai')
  .description('Answers questions about government information-disclosure annual reports, every figure cited.')
  .version(version, '-V, --version', 'print the version')
  .showHelpAfterError();

// The command runs in a function (no top-level await), so that the bundle can be a script whose
// compiled code Node caches (see bin/gongkai.js).
async function main(): Promise<void> {
  const wanted = GROUP_OF[process.argv[2] ?? ''];
  for (const name of wanted ? [wanted] : (Object.keys(GROUPS) as (keyof typeof GROUPS)[])) (await GROUPS[name]!())(program);
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof GongkaiError) {
      console.error(`gongkai: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
}
void main();
