/**
 * Typed errors. Every error the product raises on purpose extends {@link RadarError}
 * with a literal `name`, a stable `code` to branch on (never the message), and
 * `retryable` so queues and schedulers know whether trying again can help.
 */

export interface RadarErrorOptions {
  cause?: unknown;
  retryable?: boolean;
}

export class RadarError extends Error {
  override name = 'RadarError';
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, options: RadarErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/** Configuration is invalid; `issues` lists every problem with its path. */
export class ConfigError extends RadarError {
  override name = 'ConfigError' as const;
  readonly issues: string[];
  constructor(issues: string[], message = `invalid configuration:\n  ${issues.join('\n  ')}`) {
    super('RADAR_CONFIG_INVALID', message);
    this.issues = issues;
  }
}

/** Bad input from a user or a caller (CLI exit code 2). */
export class InputError extends RadarError {
  override name = 'InputError' as const;
  constructor(message: string, options: RadarErrorOptions = {}) {
    super('RADAR_BAD_INPUT', message, options);
  }
}

/** A document could not be parsed as a feed. */
export class FeedParseError extends RadarError {
  override name = 'FeedParseError' as const;
  constructor(message = 'not a feed', options: RadarErrorOptions = {}) {
    super('RADAR_FEED_PARSE', message, options);
  }
}

/** Bytes could not be decoded as text. */
export class DecodeError extends RadarError {
  override name = 'DecodeError' as const;
  constructor(message = 'cannot decode body', options: RadarErrorOptions = {}) {
    super('RADAR_DECODE', message, options);
  }
}

/** A conditional write lost a race; the caller may reload and retry. */
export class ConflictError extends RadarError {
  override name = 'ConflictError' as const;
  constructor(message = 'concurrent update', options: RadarErrorOptions = {}) {
    super('RADAR_CONFLICT', message, { retryable: true, ...options });
  }
}

/** True for errors of ours; anything else is a bug or a dependency's failure. */
export function isRadarError(error: unknown): error is RadarError {
  return error instanceof RadarError;
}

/** A one-line reason for logs and CLI messages, with the code when there is one. */
export function describeError(error: unknown): string {
  if (isRadarError(error)) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
