import type { RadarConfig } from '../config/schema';
import type { Fetcher } from '../core/ports';
import { createUndiciFetcher } from '../fetch';

/** Maps the configuration's fetch section onto the fetcher's options. */
export function createFetcherFromConfig(config: RadarConfig): Fetcher {
  const f = config.fetch;
  return createUndiciFetcher({
    userAgent: f.userAgent,
    connectTimeoutMs: Math.min(f.timeoutMs, 10_000),
    headersTimeoutMs: f.timeoutMs,
    bodyTimeoutMs: f.timeoutMs,
    // The whole fetch, redirects included; per-phase timeouts above catch a stalled server sooner.
    deadlineMs: f.timeoutMs * 2,
    maxBytes: f.maxBytes,
    maxRedirects: f.maxRedirects,
    perHostConcurrency: f.perHostConcurrency,
    minSpacingMs: f.minSpacingMs,
    respectRobots: f.respectRobots,
    allowHosts: [...f.allowHosts],
  });
}
