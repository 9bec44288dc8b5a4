/**
 * The dispatcher: finds the format from the content (never from the declared kind or the
 * Content-Type), runs that format's parser, and normalises the result. Anything that is not
 * a feed ends in a `FeedParseError` with a one-line reason; nothing else escapes.
 */
import { FeedParseError, isRadarError } from '../core/errors';
import type { Feed, FeedFormat, Lang, ListSelectors } from '../core/types';
import { detectAtom } from './atom/detect';
import { parseAtom } from './atom/parse';
import { decodeFeedBytes } from './decode';
import { detectHtml } from './html-list/detect';
import { parseHtmlList } from './html-list/parse';
import { detectJsonFeed } from './jsonfeed/detect';
import { parseJsonFeed } from './jsonfeed/parse';
import { zoneForLanguage } from './language-zones';
import { normaliseFeed } from './normalise';
import type { RawFeed } from './raw';
import { detectRdf } from './rdf/detect';
import { parseRdf } from './rdf/parse';
import { detectRss } from './rss/detect';
import { parseRss } from './rss/parse';
import { detectSitemap } from './sitemap/detect';
import { parseSitemap } from './sitemap/parse';
import { advertisedFeed, htmlTitle, sniffDocument, type RootTag } from './sniff';

/** Options of {@link parseFeed}; all optional. */
export interface ParseFeedOptions {
  /** The URL the document was fetched from: the base for relative links. */
  url?: string;
  /** The response's Content-Type, for its charset when `input` is bytes. */
  contentType?: string;
  /** The source's language; `ko` makes zone-less dates KST. */
  lang?: Lang;
  /** Selectors for reading an HTML list page (source kind `html-list`). */
  selectors?: ListSelectors;
  /**
   * Zone for dates written without one: `+09:00`, `KST`, `Asia/Seoul`, ... Default: from
   * `lang`, else from the feed's declared language (`ko`, `ja`, `zh`), else UTC.
   */
  defaultTimeZone?: string;
  /** Reference time for relative ages on list pages ("3시간 전"); without it they are null. */
  now?: Date | string | number;
  /**
   * Keep items with no URL at all (their `url` is ''), for showing a feed as it is. Off by
   * default: the pipeline identifies articles by URL, so such items are dropped.
   */
  keepLinkless?: boolean;
}

interface Parsed {
  format: FeedFormat;
  raw: RawFeed;
}

/** Markup roots, tried in order; the first whose detector accepts the root parses the document. */
const MARKUP_FORMATS: { format: FeedFormat; detect: (root: RootTag) => boolean; parse: (text: string, url?: string) => RawFeed }[] = [
  { format: 'rss', detect: detectRss, parse: parseRss },
  { format: 'atom', detect: detectAtom, parse: parseAtom },
  { format: 'rdf', detect: detectRdf, parse: parseRdf },
  { format: 'sitemap', detect: detectSitemap, parse: (text) => parseSitemap(text) },
];

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.x, (news) sitemaps, and, with
 * `selectors`, HTML list pages into a normalised {@link Feed}. Bytes are decoded with the
 * shared charset rules (EUC-KR/CP949, GB2312, Latin-1 ... are read correctly).
 *
 * @throws FeedParseError (code `RADAR_FEED_PARSE`) when the document is not a feed, e.g.
 *   "not a feed: looks like an HTML page (<title>Document Moved</title>)".
 * @example
 * parseFeed('<rss version="2.0"><channel><title>IT News</title><item><title>Samsung breaks ground on P5</title>' +
 *   '<link>https://news.example.com/a/1?utm_source=rss</link><pubDate>2023-11-24 14:05</pubDate></item></channel></rss>', { lang: 'ko' })
 * // => { format: 'rss', title: 'IT News', items: [{ title: 'Samsung breaks ground on P5',
 * //      url: 'https://news.example.com/a/1', publishedAt: '2023-11-24T05:05:00.000Z', summary: '' }] }
 */
export function parseFeed(input: string | Uint8Array, options: ParseFeedOptions = {}): Feed {
  try {
    const text = typeof input === 'string' ? input : decodeFeedBytes(input, options.contentType);
    const { format, raw } = parseAny(text, options);
    const defaultOffset = options.defaultTimeZone ?? zoneForLanguage(options.lang) ?? zoneForLanguage(raw.language) ?? 'Z';
    return normaliseFeed(raw, { format, documentUrl: options.url, defaultOffset, now: options.now, keepLinkless: options.keepLinkless });
  } catch (error) {
    if (isRadarError(error)) throw error;
    // A parser bug must not take the run down: report it as this source's failure.
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedParseError(`cannot parse feed: ${reason.split('\n')[0]}`, { cause: error });
  }
}

function parseAny(text: string, options: ParseFeedOptions): Parsed {
  const sniffed = sniffDocument(text);
  switch (sniffed.kind) {
    case 'empty':
      throw new FeedParseError('not a feed: the document is empty');
    case 'text':
      throw new FeedParseError(`not a feed: no markup, starts with "${sniffed.start}"`);
    case 'json':
      return { format: 'jsonfeed', raw: parseJson(text) };
    case 'markup': {
      const body = text.slice(sniffed.root.index);
      for (const candidate of MARKUP_FORMATS) {
        if (candidate.detect(sniffed.root)) return { format: candidate.format, raw: candidate.parse(body, options.url) };
      }
      if (detectHtml(sniffed.root, sniffed.doctype)) {
        if (options.selectors) return { format: 'html-list', raw: parseHtmlList(text, options.selectors, options.url) };
        throw new FeedParseError(htmlRefusal(text));
      }
      throw new FeedParseError(`not a feed: unknown root element <${sniffed.root.name}>`);
    }
  }
}

function parseJson(text: string): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new FeedParseError(`not a feed: invalid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!detectJsonFeed(doc)) throw new FeedParseError('not a feed: JSON without a JSON Feed "version" or "items"');
  return parseJsonFeed(doc);
}

function htmlRefusal(text: string): string {
  const title = htmlTitle(text);
  const feed = advertisedFeed(text);
  const what = title ? `looks like an HTML page (<title>${title}</title>)` : 'looks like an HTML page';
  const hint = feed ? `; it links a feed at ${feed}` : '; give the source list selectors to read it as a list page';
  return `not a feed: ${what}${hint}`;
}
