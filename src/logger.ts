import pino, { Logger } from 'pino';

/** The process logger (JSON lines on stdout). API keys and article texts are never logged. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'newsgraph' },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.authorization', 'input.text'], censor: '[redacted]' },
  });
}
