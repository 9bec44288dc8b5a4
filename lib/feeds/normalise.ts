/**
 * Turns what a format parser read into the `Feed` every stage downstream relies on:
 * absolute canonical URLs (the article dedupe key), ISO 8601 UTC dates, plain-text titles and
 * summaries. One place for these rules, so RSS, Atom, JSON Feed, sitemaps and list pages
 * cannot drift apart.
 */
import type { Feed, FeedFormat, FeedItem } from '../core/types';
import { canonicalUrl, resolveUrl } from '../text/canonical-url';
import { parseLooseDate } from '../text/dates';
import { collapseWhitespace, htmlToText, truncateText } from '../text/html-text';
import type { RawFeed, RawItem } from './raw';

/** Summaries are cut here: enough for event detection on feed-only sources, small in storage. */
export const SUMMARY_MAX_CHARS = 1000;
/** An item without a title is titled with the start of its summary, cut here. */
export const TITLE_FROM_SUMMARY_MAX_CHARS = 80;

/** How to normalise: the format to report, the base URL, the zone of zone-less dates. */
export interface NormaliseOptions {
  format: FeedFormat;
  /** The URL the feed was fetched from: the base for relative links. */
  documentUrl?: string;
  /** Zone of dates written without one (see `parseLooseDate`). */
  defaultOffset: string;
  /** Reference time for relative dates on list pages ("3시간 전"). */
  now?: Date | string | number;
  /** Keep items that have no URL at all (url ''), for display; the pipeline needs URLs. */
  keepLinkless?: boolean;
}

/**
 * Normalises a parsed feed. Items with no usable link are dropped unless their guid is an
 * absolute URL (or `keepLinkless` is set); repeated items (same canonical URL) are kept once.
 *
 * @example
 * normaliseFeed({ title: 'Tech', items: [{ title: 'A &amp; B', links: ['/a?utm_source=x'], dates: ['2023-11-24 14:05'], summary: '<p>x</p>' }] },
 *   { format: 'rss', documentUrl: 'https://example.com/rss', defaultOffset: '+09:00' })
 * // => { format: 'rss', title: 'Tech', items: [{ title: 'A & B', url: 'https://example.com/a',
 * //      publishedAt: '2023-11-24T05:05:00.000Z', summary: 'x' }] }
 */
export function normaliseFeed(raw: RawFeed, options: NormaliseOptions): Feed {
  const feedBase = resolveUrl(options.documentUrl) ?? resolveUrl(raw.link) ?? undefined;
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const rawItem of raw.items) {
    const item = normaliseItem(rawItem, feedBase, options);
    if (!item) continue;
    const key = item.url || `${item.title}\n${item.summary}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  const title = raw.titleIsText ? collapseWhitespace(raw.title) : htmlToText(raw.title);
  return { format: options.format, title, items };
}

function normaliseItem(raw: RawItem, feedBase: string | undefined, options: NormaliseOptions): FeedItem | null {
  const base = raw.base ?? feedBase;
  const summary = truncateText(raw.summaryIsText ? collapseWhitespace(raw.summary) : htmlToText(raw.summary), SUMMARY_MAX_CHARS);
  let title = raw.titleIsText ? collapseWhitespace(raw.title) : htmlToText(raw.title);
  if (raw.publisher) title = stripPublisher(title, collapseWhitespace(raw.publisher));
  if (!title) title = truncateText(summary, TITLE_FROM_SUMMARY_MAX_CHARS);
  const url = itemUrl(raw, base);
  if (!url && !(options.keepLinkless && (title || summary))) return null;
  return { title, url: url ?? '', publishedAt: firstDate(raw.dates, options), summary };
}

function itemUrl(raw: RawItem, base: string | undefined): string | null {
  for (const link of raw.links) {
    const url = canonicalUrl(link, base);
    if (url) return url;
  }
  // A guid is an opaque id unless it is itself an absolute URL: never resolve it against a base.
  const guid = raw.guid?.trim();
  return guid && /^https?:\/\//i.test(guid) ? canonicalUrl(guid) : null;
}

function firstDate(candidates: (string | undefined)[], options: NormaliseOptions): string | null {
  for (const text of candidates) {
    const iso = parseLooseDate(text, { defaultOffset: options.defaultOffset, now: options.now });
    if (iso) return iso;
  }
  return null;
}

/**
 * Google News (and other aggregators) append the publisher to each title: "Samsung delays
 * P4 line - The Korea Herald". The choice made here: remove the suffix when it is exactly the
 * name the item's `<source>` gives, so titles read as the publisher wrote them and the same
 * story from the publisher's own feed gets the same title. A title that only happens to
 * contain a dash is left alone.
 */
export function stripPublisher(title: string, publisher: string): string {
  if (!publisher) return title;
  for (const separator of [' - ', ' – ', ' — ', ' | ']) {
    const suffix = `${separator}${publisher}`;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trimEnd();
  }
  return title;
}
