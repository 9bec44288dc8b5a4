import { BACKOFF_MAX_MS, RETRY_AFTER_MAX_MS, nextBackoff, parseRetryAfter } from '../../../lib/fetch/backoff';

const NOW = new Date('2024-03-05T10:00:00Z');
const MIN = 60_000;

describe('nextBackoff', () => {
  it.each([
    [0, 0],
    [1, 15 * MIN],
    [2, 30 * MIN],
    [3, 60 * MIN],
    [4, 120 * MIN],
    [7, 960 * MIN],
    [8, 24 * 60 * MIN], // 1920 min capped at a day
    [50, 24 * 60 * MIN],
    [10_000, 24 * 60 * MIN],
  ])('after %i failures waits %i ms', (failures, waitMs) => {
    expect(nextBackoff(failures, NOW).getTime() - NOW.getTime()).toBe(waitMs);
  });

  it('never comes before Retry-After', () => {
    expect(nextBackoff(1, NOW, 2 * 60 * MIN).toISOString()).toBe('2024-03-05T12:00:00.000Z');
    // A short Retry-After does not shorten the exponential wait.
    expect(nextBackoff(3, NOW, 5_000).toISOString()).toBe('2024-03-05T11:00:00.000Z');
    // Retry-After may exceed the daily cap, up to a week.
    expect(nextBackoff(1, NOW, 3 * BACKOFF_MAX_MS).getTime() - NOW.getTime()).toBe(3 * BACKOFF_MAX_MS);
    expect(nextBackoff(1, NOW, 365 * BACKOFF_MAX_MS).getTime() - NOW.getTime()).toBe(RETRY_AFTER_MAX_MS);
  });

  it('ignores nonsense input instead of returning an invalid date', () => {
    expect(nextBackoff(Number.NaN, NOW).getTime()).toBe(NOW.getTime());
    expect(nextBackoff(-3, NOW, -10).getTime()).toBe(NOW.getTime());
    expect(nextBackoff(2, NOW, Number.NaN).getTime() - NOW.getTime()).toBe(30 * MIN);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Tue, 05 Mar 2024 10:05:00 GMT', 300_000],
    ['Tuesday, 05-Mar-24 10:01:00 GMT', 60_000], // RFC 850 form
    ['Tue Mar  5 10:00:30 2024', undefined as number | undefined], // asctime has no zone: read as local time, so only checked below
    ['Mon, 04 Mar 2024 10:00:00 GMT', 0], // in the past
    ['99999999', RETRY_AFTER_MAX_MS],
  ])('parses %p', (value, expected) => {
    const parsed = parseRetryAfter(value, NOW);
    if (expected === undefined) expect(parsed).toEqual(expect.any(Number));
    else expect(parsed).toBe(expected);
  });

  it.each([undefined, '', 'soon', '-5', '1.5', '12abc'])('rejects %p', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
