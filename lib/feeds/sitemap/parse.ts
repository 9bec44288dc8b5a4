/**
 * Sitemaps as news sources. A news sitemap (`<news:news>`) gives each article's title and
 * publication date; a plain sitemap gives only `<loc>` and `<lastmod>`, so the title is read
 * from the URL's slug ("/2023/11/24/samsung-p4-line-delayed" -> "samsung p4 line delayed").
 */
import { FeedParseError } from '../../core/errors';
import type { RawFeed, RawItem } from '../raw';
import { childElements, childrenByName, findElement, localName, parseXml, textOf, type XmlElement } from '../xml-dom';

/**
 * Reads a (news) sitemap into a {@link RawFeed}.
 *
 * @throws FeedParseError for a sitemap index, which lists sitemaps, not articles.
 * @example
 * parseSitemap('<urlset><url><loc>https://a.example/2023/11/24/fab-delayed</loc></url></urlset>').items[0]?.title // => 'fab delayed'
 */
export function parseSitemap(text: string): RawFeed {
  const doc = parseXml(text);
  const root = findElement(doc, (el) => localName(el.name) === 'urlset' || localName(el.name) === 'sitemapindex');
  if (!root) return { title: '', items: [] };
  if (localName(root.name) === 'sitemapindex') {
    const count = childElements(root).length;
    throw new FeedParseError(`not a feed: a sitemap index of ${count} sitemaps; point the source at one of them (e.g. the news sitemap)`);
  }
  let publication = '';
  let language: string | undefined;
  const items = childElements(root)
    .filter((el) => localName(el.name) === 'url')
    .map((url): RawItem => {
      const fields = childrenByName(url);
      const news = fields.get('news:news');
      const newsFields = news ? childrenByName(news) : new Map<string, XmlElement>();
      const pub = newsFields.get('news:publication');
      const pubFields = pub ? childrenByName(pub) : new Map<string, XmlElement>();
      publication ||= textOf(pubFields.get('news:name')).trim();
      language ??= textOf(pubFields.get('news:language')).trim() || undefined;
      const loc = textOf(fields.get('loc')).trim();
      const title = textOf(newsFields.get('news:title')).trim();
      return {
        title: title || titleFromSlug(loc),
        titleIsText: true,
        links: [loc],
        dates: [textOf(newsFields.get('news:publication_date')).trim() || undefined, textOf(fields.get('lastmod')).trim() || undefined],
        summary: '',
        summaryIsText: true,
      };
    });
  return { title: publication, titleIsText: true, language, items };
}

/**
 * A readable title from the last path segment of a URL, or '' when the segment is an id
 * (digits, a hash) rather than words.
 *
 * @example
 * titleFromSlug('https://example.com/news/2023/11/24/sk-hynix-yongin-fab-delayed.html') // => 'sk hynix yongin fab delayed'
 */
export function titleFromSlug(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const segment = path.split('/').filter(Boolean).pop() ?? '';
  let words: string;
  try {
    words = decodeURIComponent(segment);
  } catch {
    words = segment;
  }
  words = words.replace(/\.(s?html?|php|aspx?|jsp)$/i, '').replace(/[-_+]+/g, ' ').trim();
  // A slug has at least two words with letters; "123456" or "a8f3c2" is an id.
  const wordy = words.split(' ').filter((w) => /\p{L}/u.test(w));
  return wordy.length >= 2 ? words : '';
}
