/**
 * RSS 1.0 (`http://purl.org/rss/1.0/`) and RSS 0.90 (`http://my.netscape.com/rdf/simple/0.9/`):
 * `<item>` elements are siblings of `<channel>` under `<rdf:RDF>`, and an item's URL may be
 * given only by its `rdf:about` attribute.
 */
import { readRssItem } from '../rss/item';
import type { RawFeed } from '../raw';
import { attr, childElements, childrenByName, findElement, localName, markupOf, parseXml, textOf, type XmlElement } from '../xml-dom';

/**
 * Reads an RSS 1.0 or 0.90 document into a {@link RawFeed}.
 *
 * @example
 * parseRdf('<rdf:RDF><item rdf:about="https://a.example/1"><title>A</title></item></rdf:RDF>').items[0]?.title // => 'A'
 */
export function parseRdf(text: string, documentUrl?: string): RawFeed {
  const doc = parseXml(text);
  const root = findElement(doc, (el) => localName(el.name) === 'rdf');
  if (!root) return { title: '', items: [] };
  const channel = childElements(root).find((el) => localName(el.name) === 'channel');
  const fields = channel ? childrenByName(channel) : new Map<string, XmlElement>();
  // Items belong beside the channel; a few generators nest them inside it.
  const itemElements = [...childElements(root), ...(channel ? childElements(channel) : [])].filter(
    (el) => el.name === 'item' || el.name === 'rss:item',
  );
  return {
    title: markupOf(fields.get('title') ?? fields.get('rss:title') ?? fields.get('dc:title')).trim(),
    link: (textOf(fields.get('link') ?? fields.get('rss:link')).trim() || attr(channel, 'rdf:about')) ?? undefined,
    language: textOf(fields.get('dc:language')).trim() || undefined,
    items: itemElements.map((el) => {
      const item = readRssItem(el, documentUrl);
      item.links.push(attr(el, 'rdf:about'), attr(el, 'about'));
      return item;
    }),
  };
}
