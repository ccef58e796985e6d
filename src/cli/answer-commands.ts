import type { Command } from 'commander';

// ask, chat, eval: see src/answer/.
export function registerAnswerCommands(_program: Command): void {}
