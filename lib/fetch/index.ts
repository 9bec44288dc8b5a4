/**
 * Fetching from the real web: the undici `Fetcher` adapter and the pure pieces the
 * pipeline uses beside it (backoff, address classification, robots.txt parsing).
 */
export { createUndiciFetcher } from './undici-fetcher';
export { UNDICI_FETCHER_DEFAULTS, type UndiciFetcherOptions } from './options';
export { FetchError, FETCH_ERROR_CODES, isFetchError, isRetryableStatus, type FetchErrorCode, type FetchErrorOptions } from './errors';
export { nextBackoff, parseRetryAfter, BACKOFF_BASE_MS, BACKOFF_MAX_MS } from './backoff';
export { classifyAddress, isPublicAddress, type AddressClass } from './address';
export { systemLookup, type LookupFunction, type ResolvedAddress } from './address-guard';
export { parseRobotsTxt, isAllowedByRobots, productToken, type RobotsTxt, type RobotsVerdict } from './robots';
