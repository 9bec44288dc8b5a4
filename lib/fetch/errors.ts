/**
 * The one error type the fetcher throws. Callers branch on `code` (stable), never on the
 * message; `retryable` says whether the scheduler should try the source again later, and
 * `retryAfterMs` how long the server asked us to wait.
 */
import { RadarError } from '../core/errors';

/** Every code a {@link FetchError} can carry. */
export const FETCH_ERROR_CODES = {
  /** Connect, headers, body or the overall deadline ran out. */
  TIMEOUT: 'RADAR_FETCH_TIMEOUT',
  /** The body (compressed or decompressed) is larger than `maxBytes`. */
  TOO_LARGE: 'RADAR_FETCH_TOO_LARGE',
  /** The server answered with a status we do not accept (4xx, 5xx, odd 3xx). */
  STATUS: 'RADAR_FETCH_STATUS',
  /** The target resolves to a loopback, private, link-local or reserved address. */
  BLOCKED_ADDRESS: 'RADAR_FETCH_BLOCKED_ADDRESS',
  /** robots.txt disallows the URL for our user agent. */
  ROBOTS: 'RADAR_FETCH_ROBOTS',
  /** Too many redirects, or a redirect loop. */
  REDIRECTS: 'RADAR_FETCH_REDIRECTS',
  /** Not HTTP(S), a malformed URL or Location, a truncated or malformed response. */
  PROTOCOL: 'RADAR_FETCH_PROTOCOL',
  /** DNS failure, connection refused or reset. */
  NETWORK: 'RADAR_FETCH_NETWORK',
  /** The Content-Encoding is unknown or the compressed stream is corrupt. */
  DECOMPRESS: 'RADAR_FETCH_DECOMPRESS',
} as const;

/** One of {@link FETCH_ERROR_CODES}. */
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[keyof typeof FETCH_ERROR_CODES];

/** Details for a {@link FetchError}; everything is optional. */
export interface FetchErrorOptions {
  message?: string;
  cause?: unknown;
  /** Defaults per code: timeouts, network errors and 408/429/5xx are retryable. */
  retryable?: boolean;
  /** The HTTP status, for `RADAR_FETCH_STATUS`. */
  status?: number;
  /** How long the server asked us to wait (from `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
}

const DEFAULT_MESSAGES: Record<FetchErrorCode, string> = {
  RADAR_FETCH_TIMEOUT: 'timed out fetching',
  RADAR_FETCH_TOO_LARGE: 'response too large from',
  RADAR_FETCH_STATUS: 'unexpected HTTP status from',
  RADAR_FETCH_BLOCKED_ADDRESS: 'refused to connect to a non-public address for',
  RADAR_FETCH_ROBOTS: 'robots.txt disallows',
  RADAR_FETCH_REDIRECTS: 'too many redirects or a redirect loop from',
  RADAR_FETCH_PROTOCOL: 'protocol error fetching',
  RADAR_FETCH_NETWORK: 'network error fetching',
  RADAR_FETCH_DECOMPRESS: 'cannot decompress the response from',
};

/**
 * HTTP statuses worth retrying later: request timeout, rate limit, server errors.
 *
 * @example
 * isRetryableStatus(429) // => true
 * isRetryableStatus(404) // => false
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function defaultRetryable(code: FetchErrorCode, status: number | undefined): boolean {
  if (code === 'RADAR_FETCH_TIMEOUT' || code === 'RADAR_FETCH_NETWORK') return true;
  if (code === 'RADAR_FETCH_STATUS') return status !== undefined && isRetryableStatus(status);
  return false;
}

/**
 * A failed fetch, with a stable `code` from {@link FETCH_ERROR_CODES} and the URL it was
 * fetching (the hop that failed, which may be a redirect target).
 */
export class FetchError extends RadarError {
  override name = 'FetchError' as const;
  override readonly code: FetchErrorCode;
  readonly url: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(code: FetchErrorCode, url: string, options: FetchErrorOptions = {}) {
    const status = options.status;
    const statusText = status === undefined ? '' : ` (HTTP ${status})`;
    // The URL is always in the message: a log line alone must say which fetch failed.
    const message = options.message === undefined ? `${DEFAULT_MESSAGES[code]} ${url}${statusText}` : `${options.message}${statusText}: ${url}`;
    super(code, message, {
      cause: options.cause,
      retryable: options.retryable ?? defaultRetryable(code, status),
    });
    this.code = code;
    this.url = url;
    if (status !== undefined) this.status = status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * True for a {@link FetchError}, optionally with the given code.
 *
 * @example
 * isFetchError(new FetchError('RADAR_FETCH_ROBOTS', 'https://a.example/'), 'RADAR_FETCH_ROBOTS') // => true
 */
export function isFetchError(error: unknown, code?: FetchErrorCode): error is FetchError {
  return error instanceof FetchError && (code === undefined || error.code === code);
}
