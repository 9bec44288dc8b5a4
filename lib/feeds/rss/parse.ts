/**
 * RSS 0.91, 0.92, 2.0 and version-less RSS. Items are read from the channel and, for old
 * feeds that put them beside it, from the `<rss>` element too.
 */
import type { RawFeed } from '../raw';
import { childElements, childrenByName, findElement, markupOf, parseXml, textOf, type XmlElement } from '../xml-dom';
import { readRssItem } from './item';

/**
 * Reads an RSS 0.9x/2.0 document into a {@link RawFeed}; `normaliseFeed` does the rest.
 *
 * @example
 * parseRss('<rss><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>').items[0]?.links[1] // => '/a'
 */
export function parseRss(text: string, documentUrl?: string): RawFeed {
  const doc = parseXml(text);
  const root = findElement(doc, (el) => el.name === 'rss' || el.name.endsWith(':rss') || el.name === 'channel');
  if (!root) return { title: '', items: [] };
  const channel = root.name === 'channel' ? root : childElements(root).find((el) => el.name === 'channel') ?? root;
  const fields = childrenByName(channel);
  const itemElements: XmlElement[] = childElements(channel).filter((el) => el.name === 'item');
  if (channel !== root) itemElements.push(...childElements(root).filter((el) => el.name === 'item'));
  return {
    title: markupOf(fields.get('title') ?? fields.get('dc:title')).trim(),
    link: textOf(fields.get('link')).trim() || undefined,
    language: (textOf(fields.get('language')) || textOf(fields.get('dc:language'))).trim() || undefined,
    items: itemElements.map((item) => readRssItem(item, documentUrl)),
  };
}
