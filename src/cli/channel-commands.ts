import type { Command } from 'commander';

// serve, wechat: see src/channels/.
export function registerChannelCommands(_program: Command): void {}
