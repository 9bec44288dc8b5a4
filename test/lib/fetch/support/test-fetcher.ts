/** A fetcher set up for loopback tests: 127.0.0.1 allowed, no spacing, short timeouts. */
import type { Fetcher } from '../../../../lib/core/ports';
import { createUndiciFetcher, type UndiciFetcherOptions } from '../../../../lib/fetch';
import { FetchError } from '../../../../lib/fetch/errors';

export const TEST_USER_AGENT = 'RadarTest/1.0 (+https://example.org/radar-test)';

export function testFetcher(overrides: Partial<UndiciFetcherOptions> = {}): Fetcher {
  return createUndiciFetcher({
    userAgent: TEST_USER_AGENT,
    allowHosts: ['127.0.0.1'],
    minSpacingMs: 0,
    connectTimeoutMs: 1000,
    headersTimeoutMs: 1000,
    bodyTimeoutMs: 1000,
    deadlineMs: 3000,
    ...overrides,
  });
}

/** Awaits a rejection and returns it as a FetchError (fails the test otherwise). */
export async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw new Error(`expected a FetchError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the fetch to fail, it succeeded');
}
