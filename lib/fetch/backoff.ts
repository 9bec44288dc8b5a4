/**
 * When to try a failing source again. Pure: the pipeline passes the clock and stores the
 * result on the source state (`backoffUntil`).
 */

/** The first retry waits one scheduling interval. */
export const BACKOFF_BASE_MS = 15 * 60 * 1000;
/** A broken source is still tried once a day, so it recovers on its own. */
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;
/** A Retry-After beyond a week is a misconfiguration; we do not go silent for longer. */
export const RETRY_AFTER_MAX_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Parses a `Retry-After` header (delay in seconds or an HTTP date) into milliseconds from
 * `now`; a date in the past gives 0, anything unparsable `undefined`. Capped at a week.
 *
 * @example
 * parseRetryAfter('120', new Date()) // => 120000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', new Date('2015-10-21T07:27:00Z')) // => 60000
 */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, RETRY_AFTER_MAX_MS);
  // Only date forms: Date.parse would also accept "1.5" or "tomorrow"-like noise.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now.getTime()), RETRY_AFTER_MAX_MS);
}

/**
 * The earliest time to fetch a source again after `failures` consecutive failures:
 * 15 min * 2^(failures-1), capped at 24 h, and never earlier than the server's Retry-After.
 * No jitter: the scheduler's own interval spreads sources out, and a pure result is testable.
 *
 * @example
 * nextBackoff(1, new Date('2024-01-01T00:00:00Z')).toISOString() // => '2024-01-01T00:15:00.000Z'
 * nextBackoff(3, new Date('2024-01-01T00:00:00Z')).toISOString() // => '2024-01-01T01:00:00.000Z'
 * nextBackoff(1, new Date('2024-01-01T00:00:00Z'), 3_600_000).toISOString() // => '2024-01-01T01:00:00.000Z'
 */
export function nextBackoff(failures: number, now: Date, retryAfterMs?: number): Date {
  const n = Number.isFinite(failures) ? Math.floor(failures) : 0;
  // 2^(n-1) overflows nothing below n = 1000, but the cap is reached at n = 8 anyway.
  const exponential = n <= 0 ? 0 : Math.min(BACKOFF_BASE_MS * 2 ** Math.min(n - 1, 30), BACKOFF_MAX_MS);
  const asked = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? Math.min(Math.max(0, retryAfterMs), RETRY_AFTER_MAX_MS) : 0;
  return new Date(now.getTime() + Math.max(exponential, asked));
}
