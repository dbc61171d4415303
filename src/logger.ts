import pino, { DestinationStream, Logger } from 'pino';

/**
 * The process logger (JSON lines on stdout, or on `destination` when given, as tests do).
 * API keys and article texts are never logged.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'newsgraph' },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.authorization', 'input.text'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
