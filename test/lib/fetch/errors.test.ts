import { RadarError, describeError } from '../../../lib/core/errors';
import { FETCH_ERROR_CODES, FetchError, isFetchError, isRetryableStatus } from '../../../lib/fetch/errors';

describe('FetchError', () => {
  it('is a RadarError with a literal name, a code, the URL in its message and a cause', () => {
    const cause = new Error('boom');
    const error = new FetchError('RADAR_FETCH_NETWORK', 'https://news.example.kr/rss', { cause });
    expect(error).toBeInstanceOf(RadarError);
    expect(error.name).toBe('FetchError');
    expect(error.code).toBe('RADAR_FETCH_NETWORK');
    expect(error.message).toBe('network error fetching https://news.example.kr/rss');
    expect(error.cause).toBe(cause);
    expect(describeError(error)).toBe('RADAR_FETCH_NETWORK: network error fetching https://news.example.kr/rss');
  });

  it('has a default message naming the URL for every code', () => {
    for (const code of Object.values(FETCH_ERROR_CODES)) {
      expect(new FetchError(code, 'https://a.example/x').message).toContain('https://a.example/x');
    }
  });

  it.each([
    ['RADAR_FETCH_TIMEOUT', undefined, true],
    ['RADAR_FETCH_NETWORK', undefined, true],
    ['RADAR_FETCH_STATUS', 408, true],
    ['RADAR_FETCH_STATUS', 429, true],
    ['RADAR_FETCH_STATUS', 500, true],
    ['RADAR_FETCH_STATUS', 503, true],
    ['RADAR_FETCH_STATUS', 404, false],
    ['RADAR_FETCH_STATUS', 410, false],
    ['RADAR_FETCH_TOO_LARGE', undefined, false],
    ['RADAR_FETCH_BLOCKED_ADDRESS', undefined, false],
    ['RADAR_FETCH_ROBOTS', undefined, false],
    ['RADAR_FETCH_REDIRECTS', undefined, false],
    ['RADAR_FETCH_PROTOCOL', undefined, false],
    ['RADAR_FETCH_DECOMPRESS', undefined, false],
  ] as const)('%s (status %p) retryable: %p', (code, status, retryable) => {
    const error = new FetchError(code, 'https://a.example/', status === undefined ? {} : { status });
    expect(error.retryable).toBe(retryable);
  });

  it('keeps status and retryAfterMs, and puts the status in the message', () => {
    const error = new FetchError('RADAR_FETCH_STATUS', 'https://a.example/', { status: 429, retryAfterMs: 30_000 });
    expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000 });
    expect(error.message).toBe('unexpected HTTP status from https://a.example/ (HTTP 429)');
  });

  it('formats a custom message with the URL after it', () => {
    const error = new FetchError('RADAR_FETCH_REDIRECTS', 'https://a.example/', { message: 'redirect loop at https://a.example/b' });
    expect(error.message).toBe('redirect loop at https://a.example/b: https://a.example/');
  });

  it('narrows with isFetchError', () => {
    const error: unknown = new FetchError('RADAR_FETCH_ROBOTS', 'https://a.example/');
    expect(isFetchError(error)).toBe(true);
    expect(isFetchError(error, 'RADAR_FETCH_ROBOTS')).toBe(true);
    expect(isFetchError(error, 'RADAR_FETCH_STATUS')).toBe(false);
    expect(isFetchError(new Error('x'))).toBe(false);
    expect(isRetryableStatus(502)).toBe(true);
  });
});
