/**
 * Reading one `<item>` of RSS 0.9x/2.0 or RSS 1.0: the two share element names, and real
 * feeds mix in the same modules (Dublin Core dates, `content:encoded`, FeedBurner links).
 */
import type { RawItem } from '../raw';
import { attr, childrenByName, markupOf, textOf, xmlBase, type XmlElement } from '../xml-dom';

/** Link elements, best first: FeedBurner's `origLink` is the publisher's URL, `link` its redirect. */
const LINK_FIELDS = ['feedburner:origlink', 'link', 'rss:link'];
/** Dates, best first: publication before modification. */
const DATE_FIELDS = ['pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'dcterms:date', 'atom:published', 'a10:published', 'published', 'dcterms:modified', 'atom:updated', 'a10:updated', 'updated', 'date'];
/** Summaries, best first: the short description before the full `content:encoded`. */
const SUMMARY_FIELDS = ['description', 'rss:description', 'content:encoded', 'itunes:summary', 'itunes:subtitle', 'media:description', 'atom:summary', 'summary', 'dc:description'];
const TITLE_FIELDS = ['title', 'rss:title', 'dc:title', 'itunes:title', 'atom:title'];

/** Reads the fields of one RSS or RDF `<item>`; relative links stay relative until normalising. */
export function readRssItem(item: XmlElement, documentUrl: string | undefined): RawItem {
  const fields = childrenByName(item);
  const first = (names: string[], read: (el: XmlElement) => string): string => {
    for (const name of names) {
      const el = fields.get(name);
      const value = el ? read(el).trim() : '';
      if (value) return value;
    }
    return '';
  };
  const links = LINK_FIELDS.map((name) => {
    const el = fields.get(name);
    // <link href="..."/> appears where generators mixed Atom habits into RSS.
    return el ? textOf(el).trim() || attr(el, 'href') : undefined;
  });
  links.push(alternateAtomLink(item));
  return {
    title: first(TITLE_FIELDS, markupOf),
    links,
    base: xmlBase(item, documentUrl),
    guid: textOf(fields.get('guid')).trim() || undefined,
    dates: DATE_FIELDS.map((name) => textOf(fields.get(name)).trim() || undefined),
    summary: first(SUMMARY_FIELDS, markupOf),
    publisher: textOf(fields.get('source')).trim() || undefined,
  };
}

/** `<atom:link rel="alternate" href>` inside an RSS item. */
function alternateAtomLink(item: XmlElement): string | undefined {
  for (const child of item.children) {
    const el = child as XmlElement;
    if (el.name !== 'atom:link' && el.name !== 'a10:link') continue;
    const rel = attr(el, 'rel') ?? 'alternate';
    if (rel === 'alternate') return attr(el, 'href');
  }
  return undefined;
}
