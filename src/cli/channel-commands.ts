// `gongkai serve` (web chat, JSON API, Slack) and `gongkai wechat`. Settings come from the
// environment (see docs/channels.md); the flags override the common ones for a quick local run.
// The channels are imported when a command runs: fastify, Bolt and the answer pipeline need not
// load for `gongkai import` or `gongkai ask`.
import { cacheDirOf } from '../kb/paths.ts';
import type { Command } from 'commander';

const settings = async () => ({ ...(await import('../channels/config.ts')), ...(await import('../channels/log.ts')) });

interface CommonFlags {
  kb?: string;
}

export function registerChannelCommands(program: Command): void {
  program
    .command('serve')
    .description('serve the web chat and JSON API (and Slack when SLACK_* is set) over the knowledge base')
    .option('-p, --port <port>', 'port (env PORT, default 3000)')
    .option('-H, --host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--kb <dir>', 'knowledge base folder (env GONGKAI_KB, default knowledge/)')
    .action(async (flags: CommonFlags & { port?: string; host?: string }) => {
      const { readChannelConfig, createLogger } = await settings();
      const config = readChannelConfig({
        ...process.env,
        ...(flags.port !== undefined && { PORT: flags.port }),
        ...(flags.host !== undefined && { HOST: flags.host }),
        ...(flags.kb !== undefined && { GONGKAI_KB: flags.kb }),
      });
      const log = createLogger();
      (await import('../understand/compiled.ts')).useCacheDir(cacheDirOf(config.kbDir));
      const { runServe, stopOnSignal } = await import('../channels/run.ts');
      const running = await runServe(config, log);
      // The log is JSON for machines; the first line for people says where and over what, in plain words.
      process.stderr.write(`Gongkai is answering on ${running.url} (${running.reports} report${running.reports === 1 ? '' : 's'})${process.stderr.isTTY ? ' - Ctrl-C to stop' : ''}\n`);
      await stopOnSignal(running, log, config.stopGraceMs);
      // Everything is stopped: a client's retry timers (Bolt's auth.test) must not hold the process.
      process.exit(0);
    });

  program
    .command('wechat')
    .description('run the WeChat bot with the puppet named by WECHATY_PUPPET')
    .option('--kb <dir>', 'knowledge base folder (env GONGKAI_KB, default knowledge/)')
    .action(async (flags: CommonFlags) => {
      const { readChannelConfig, createLogger } = await settings();
      const config = readChannelConfig({ ...process.env, ...(flags.kb !== undefined && { GONGKAI_KB: flags.kb }) });
      const log = createLogger();
      (await import('../understand/compiled.ts')).useCacheDir(cacheDirOf(config.kbDir));
      const { runWechat, stopOnSignal } = await import('../channels/run.ts');
      await stopOnSignal(await runWechat(config, log), log, config.stopGraceMs);
      process.exit(0);
    });
}
