// The `gongkai` command. Each group of subcommands lives beside the stage of the pipeline it drives.
import { Command } from 'commander';
import { registerReportCommands } from './report-commands.ts';
import { registerAnswerCommands } from './answer-commands.ts';
import { registerChannelCommands } from './channel-commands.ts';
import { GongkaiError } from '../errors.ts';

const program = new Command('gongkai')
  .description('Answers questions about government information-disclosure annual reports, every figure cited.')
  .showHelpAfterError();

registerReportCommands(program);
registerAnswerCommands(program);
registerChannelCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof GongkaiError) {
    console.error(`gongkai: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
