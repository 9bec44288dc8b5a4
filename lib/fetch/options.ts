/**
 * The fetcher's options, their defaults, and the checks that run once when it is created.
 */
import { ConfigError } from '../core/errors';
import type { Clock } from '../core/ports';
import type { LookupFunction } from './address-guard';

/** Options of {@link createUndiciFetcher}; only `userAgent` is required. */
export interface UndiciFetcherOptions {
  /**
   * Required. Names the crawler and how to reach its operator, e.g.
   * `ProjectRadar/0.1 (+https://example.org/radar)`. Its first word is the robots.txt token.
   */
  userAgent: string;
  /** TCP + TLS connect. Default 10 s. */
  connectTimeoutMs?: number;
  /** From sending the request to the last response header. Default 15 s. */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks. Default 15 s. */
  bodyTimeoutMs?: number;
  /**
   * The whole fetch, all redirect hops and bodies included, from the moment the first hop
   * gets its host slot (time queued for politeness does not count). Catches a server that
   * drips one byte just faster than `bodyTimeoutMs`. Default 30 s.
   */
  deadlineMs?: number;
  /** Cap on the body, received and after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirect hops followed; one more is an error. Default 5. */
  maxRedirects?: number;
  /** Hostnames or IPs that may resolve to non-public addresses (the demo and tests: `127.0.0.1`, `localhost`). */
  allowHosts?: string[];
  /** Requests in flight per host. Default 2. */
  perHostConcurrency?: number;
  /** Minimum time between two request starts on one host. Default 1000 ms. */
  minSpacingMs?: number;
  /** Fetch and obey robots.txt. Default true. */
  respectRobots?: boolean;
  /** How long a fetched robots.txt (or its 4xx) is trusted. Default 1 h. */
  robotsTtlMs?: number;
  /** How long a robots.txt failure (5xx, unreachable) is remembered before trying again. Default 10 min. */
  robotsFailureTtlMs?: number;
  /** robots.txt `Crawl-delay` is honoured up to this. Default 10 s (a poll runs in a Lambda). */
  maxCrawlDelayMs?: number;
  /** DNS resolution, injectable for tests. Default: the system resolver. */
  lookup?: LookupFunction;
  /** Wall clock for robots.txt expiry, Retry-After dates and cool-downs. */
  now?: Clock;
}

/** Every option but `userAgent`, `lookup` and `now`, with its default. */
export const UNDICI_FETCHER_DEFAULTS = Object.freeze({
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  deadlineMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowHosts: [] as string[],
  perHostConcurrency: 2,
  minSpacingMs: 1000,
  respectRobots: true,
  robotsTtlMs: 60 * 60 * 1000,
  robotsFailureTtlMs: 10 * 60 * 1000,
  maxCrawlDelayMs: 10_000,
});

/** The options with every default filled in. */
export type ResolvedFetcherOptions = Required<Omit<UndiciFetcherOptions, 'lookup'>> & Pick<UndiciFetcherOptions, 'lookup'>;

/** Fills defaults and reports every bad value at once (`ConfigError`). */
export function resolveFetcherOptions(options: UndiciFetcherOptions): ResolvedFetcherOptions {
  const merged: ResolvedFetcherOptions = {
    ...UNDICI_FETCHER_DEFAULTS,
    now: () => new Date(),
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as ResolvedFetcherOptions;
  const issues: string[] = [];
  // Site owners must be able to tell who we are and whom to ask to stop.
  if (typeof merged.userAgent !== 'string' || !/^[^\s/]+/.test(merged.userAgent) || !/(https?:\/\/|@)/.test(merged.userAgent)) {
    issues.push('userAgent: name the crawler and give a contact URL or address, e.g. "ProjectRadar/0.1 (+https://example.org/radar)"');
  }
  const positive = ['connectTimeoutMs', 'headersTimeoutMs', 'bodyTimeoutMs', 'deadlineMs', 'maxBytes', 'perHostConcurrency'] as const;
  for (const key of positive) {
    if (!Number.isFinite(merged[key]) || merged[key] <= 0) issues.push(`${key}: must be a positive number`);
  }
  const nonNegative = ['maxRedirects', 'minSpacingMs', 'robotsTtlMs', 'robotsFailureTtlMs', 'maxCrawlDelayMs'] as const;
  for (const key of nonNegative) {
    if (!Number.isFinite(merged[key]) || merged[key] < 0) issues.push(`${key}: must be zero or more`);
  }
  if (issues.length > 0) throw new ConfigError(issues.map((i) => `fetch.${i}`));
  return merged;
}
