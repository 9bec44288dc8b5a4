/**
 * Feed parsing: RSS, RDF, Atom, JSON Feed, sitemaps and HTML list pages into one `Feed`.
 * Pure: strings or bytes in, values out; no I/O, no clock.
 */
export { parseFeed, type ParseFeedOptions } from './parse-feed';
export { decodeFeedBytes } from './decode';
export { SUMMARY_MAX_CHARS } from './normalise';
export type { Feed, FeedFormat, FeedItem, ListSelectors } from '../core/types';
