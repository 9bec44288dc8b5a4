/**
 * What a format parser hands the normaliser: the fields as the feed wrote them (markup,
 * relative links, dates in any form), with the choices only the format can make already made
 * (which element is the link, which the date). Normalising is the same for every format and
 * lives in `normalise.ts`.
 */

export interface RawItem {
  /** Title as written: HTML unless `titleIsText`. */
  title: string;
  /** The title is plain text (Atom `type="text"`, JSON Feed): only whitespace is collapsed. */
  titleIsText?: boolean;
  /** Link candidates, best first (e.g. FeedBurner's original link before its redirect link). */
  links: (string | undefined)[];
  /** The base URL for this item's relative links (`xml:base`), when it differs from the feed's. */
  base?: string;
  /** A guid or Atom id: used as the link when it is an absolute URL and no link is given. */
  guid?: string;
  /** Date candidates as written, best first (published before updated). */
  dates: (string | undefined)[];
  /** Summary as written: HTML unless `summaryIsText`. */
  summary: string;
  summaryIsText?: boolean;
  /**
   * The publisher an aggregator credits the item to (RSS `<source>`). Google News titles end
   * in " - Publisher"; that suffix is removed when it matches this name.
   */
  publisher?: string;
}

export interface RawFeed {
  title: string;
  titleIsText?: boolean;
  /** The site the feed belongs to (RSS channel link, Atom alternate link): a fallback base URL. */
  link?: string;
  /** Declared language (`ko`, `en-gb`, `zh-cn`): picks the zone of zone-less dates. */
  language?: string;
  items: RawItem[];
}
