/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Fields of the wrong type are
 * ignored one by one rather than failing the feed.
 */
import type { RawFeed, RawItem } from '../raw';

type Json = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * Reads a parsed JSON Feed object into a {@link RawFeed}.
 *
 * @example
 * parseJsonFeed({ title: 'T', items: [{ url: 'https://a.example/1', title: 'A' }] }).items[0]?.links[0] // => 'https://a.example/1'
 */
export function parseJsonFeed(doc: Json): RawFeed {
  const items = Array.isArray(doc.items) ? doc.items : [];
  return {
    title: str(doc.title) ?? '',
    titleIsText: true,
    link: str(doc.home_page_url),
    language: str(doc.language),
    items: items.filter((item): item is Json => !!item && typeof item === 'object' && !Array.isArray(item)).map(readItem),
  };
}

function readItem(item: Json): RawItem {
  // summary and content_text are plain text; content_html is markup.
  const plain = str(item.summary) ?? str(item.content_text);
  const id = item.id;
  return {
    title: str(item.title) ?? '',
    titleIsText: true,
    links: [str(item.url), str(item.external_url)],
    guid: typeof id === 'string' ? id : undefined,
    dates: [str(item.date_published), str(item.date_modified)],
    summary: plain ?? str(item.content_html) ?? '',
    summaryIsText: plain !== undefined,
  };
}
