// One logger for every channel. Redaction is the safety net; the real rule is that callers never
// hand it a token, a signing secret, a cookie or the text of a question.
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      name: 'gongkai',
      level,
      redact: {
        paths: ['token', '*.token', 'secret', '*.secret', 'req.headers.cookie', 'req.headers.authorization', 'req.headers["x-slack-signature"]'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
