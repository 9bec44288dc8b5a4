/**
 * Turns whatever undici, node:net or node:tls threw into a {@link FetchError} with a stable
 * code. Error codes are matched, never messages; the original error is kept as `cause`.
 */
import { BodyStreamError } from './body';
import { FetchError, type FetchErrorCode } from './errors';

const TIMEOUT_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'the body stalled',
  ETIMEDOUT: 'connect timeout',
};

const PROTOCOL_CODES = new Set([
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_HEADERS_OVERFLOW',
  'UND_ERR_INFO',
  'UND_ERR_NOT_SUPPORTED',
  'UND_ERR_INVALID_ARG',
  'ERR_INVALID_URL',
]);

/** Connection-level failures that a later try can get past. */
const NETWORK_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Walks `cause` links: undici sometimes wraps the socket's error. */
function findFetchError(error: unknown): FetchError | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof FetchError) return e;
  }
  return undefined;
}

/** What the classifier knows about the failed hop. */
export interface ClassifyContext {
  /** The URL of the hop that failed. */
  url: string;
  /** True when our overall deadline fired; the error is then whatever the abort produced. */
  deadlineExpired: boolean;
  deadlineMs: number;
}

/**
 * Maps an error from one fetch hop to a {@link FetchError}.
 *
 * @example
 * classifyFetchError(Object.assign(new Error('x'), { code: 'UND_ERR_HEADERS_TIMEOUT' }), { url: 'https://a.example/', deadlineExpired: false, deadlineMs: 30000 }).code
 * // => 'RADAR_FETCH_TIMEOUT'
 */
export function classifyFetchError(error: unknown, context: ClassifyContext): FetchError {
  const { url } = context;
  const own = findFetchError(error);
  if (own) return own;
  if (context.deadlineExpired) {
    return new FetchError('RADAR_FETCH_TIMEOUT', url, { message: `deadline of ${context.deadlineMs} ms exceeded`, cause: error });
  }
  const original = error instanceof BodyStreamError ? error.original : error;
  const code = codeOf(original);
  if (code !== undefined) {
    const timeout = TIMEOUT_CODES[code];
    if (timeout) return new FetchError('RADAR_FETCH_TIMEOUT', url, { message: timeout, cause: original });
    if (PROTOCOL_CODES.has(code) || code.startsWith('HPE_')) {
      return new FetchError('RADAR_FETCH_PROTOCOL', url, { message: `malformed response (${code})`, cause: original });
    }
    if (NETWORK_CODES.has(code)) return new FetchError('RADAR_FETCH_NETWORK', url, { message: `network error (${code})`, cause: original });
    if (/CERT|TLS|SSL/.test(code)) {
      // A bad certificate does not fix itself in 15 minutes; someone has to look.
      return new FetchError('RADAR_FETCH_NETWORK', url, { message: `TLS failure (${code})`, cause: original, retryable: false });
    }
  }
  const fallback: FetchErrorCode = 'RADAR_FETCH_NETWORK';
  return new FetchError(fallback, url, { cause: original });
}
