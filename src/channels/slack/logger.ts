// Bolt and its Web API client log through this adapter into pino. Debug output is dropped
// outright: at that level the clients print request details we do not want in any log.
import { format } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../log.ts';

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  return {
    debug: () => undefined,
    info: (...msg: unknown[]) => child.info(format(...msg)),
    warn: (...msg: unknown[]) => child.warn(format(...msg)),
    error: (...msg: unknown[]) => child.error(format(...msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
