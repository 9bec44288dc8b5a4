/**
 * A news list page read as a feed, with CSS selectors from the source config: `item` picks
 * each entry, the others are looked up inside it. Dates are taken from a `datetime` or
 * `content` attribute when the element has one (machine-readable), else from its text.
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import type { ListSelectors } from '../../core/types';
import { resolveUrl } from '../../text/canonical-url';
import type { RawFeed, RawItem } from '../raw';

type Selection = ReturnType<CheerioAPI>;

/**
 * Reads an HTML list page into a {@link RawFeed} with the source's selectors.
 *
 * @example
 * parseHtmlList('<ul><li><a href="/a/1">Plant opens</a></li></ul>', { item: 'li', title: 'a', link: 'a' }, 'https://a.example/').items[0]?.links[0] // => '/a/1'
 */
export function parseHtmlList(text: string, selectors: ListSelectors, documentUrl?: string): RawFeed {
  const $ = load(text);
  // <base href> changes what relative links mean; it is itself relative to the page URL.
  const base = resolveUrl($('base[href]').first().attr('href'), documentUrl) ?? documentUrl;
  const items: RawItem[] = [];
  $(selectors.item).each((_, el) => {
    const item = $(el);
    const titleEl = pick(item, selectors.title);
    const linkEl = pick(item, selectors.link);
    const dateEl = selectors.date ? pick(item, selectors.date) : undefined;
    const summaryEl = selectors.summary ? pick(item, selectors.summary) : undefined;
    items.push({
      title: titleEl?.html() ?? '',
      links: [href(linkEl), href(titleEl), href(item)],
      base,
      dates: dateEl ? [dateEl.attr('datetime'), dateEl.attr('content'), dateEl.attr('title'), dateEl.text()] : [],
      summary: summaryEl?.html() ?? '',
    });
  });
  const siteName = $('meta[property="og:site_name"]').attr('content');
  return { title: siteName ?? $('title').first().text(), titleIsText: true, language: $('html').attr('lang'), items };
}

/** The first match of `selector` inside the item, or the item itself when it matches. */
function pick(item: Selection, selector: string): Selection | undefined {
  const inside = item.find(selector).first();
  if (inside.length) return inside;
  return item.is(selector) ? item : undefined;
}

/** The element's href, or that of the first link inside it, or of the link around it. */
function href(el: Selection | undefined): string | undefined {
  if (!el) return undefined;
  return el.attr('href') ?? el.find('a[href]').first().attr('href') ?? el.closest('a[href]').attr('href');
}
