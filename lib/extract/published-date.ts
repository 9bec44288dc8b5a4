/**
 * Finds when the article was published, from the most to the least machine-readable
 * claim: JSON-LD `datePublished`, publication `<meta>` tags, `itemprop="datePublished"`,
 * `<time datetime>` near the story, and finally a byline in the page text
 * ("입력 : 2023-11-24 오후 2:05:26", "기사입력 2023.11.24 14:05", "Published: Nov 24, 2023").
 *
 * Dates written without a zone are read in `defaultOffset` (KST for Korean pages).
 */
import { PUBLISHED_META_KEYS } from './date-rules';
import { type Element, contains, parentElement, squash, textContent } from './dom';
import type { JsonLdArticle } from './json-ld';
import { findBylineDate, parsePageDate } from './text-date';

export interface DateSources {
  meta: ReadonlyMap<string, string>;
  jsonLd: readonly JsonLdArticle[];
  /** `<time datetime>` and `itemprop="datePublished"` elements, in document order. */
  dateElements: readonly Element[];
  /** The elements chosen as the story, to tell its `<time>` from a clock in the page header. */
  content: readonly Element[];
  /** The page body, for bylines written as text. */
  body: Element | undefined;
  /** Elements left out of the text search (scripts, styles, hidden blocks). */
  skip: (el: Element) => boolean;
}

/**
 * The publication time as ISO 8601 UTC, or null when the page does not state it.
 *
 * @example
 * findPublishedDate(sources, '+09:00') // => '2023-11-24T05:05:26.000Z'
 */
export function findPublishedDate(sources: DateSources, defaultOffset: string): string | null {
  const parse = (text: string | undefined): string | null => parsePageDate(text, defaultOffset);

  // A WebPage node's date describes the page, which may be older or newer than the story: after the meta tags.
  const isPage = (a: JsonLdArticle): boolean => /WebPage$/.test(a.type);
  const fromLd = (nodes: readonly JsonLdArticle[]): string | null => {
    for (const node of nodes) {
      const found = parse(node.datePublished) ?? parse(node.dateCreated);
      if (found) return found;
    }
    return null;
  };
  const fromArticle = fromLd(sources.jsonLd.filter((a) => !isPage(a)));
  if (fromArticle) return fromArticle;
  for (const k of PUBLISHED_META_KEYS) {
    const found = parse(sources.meta.get(k));
    if (found) return found;
  }
  const fromPage = fromLd(sources.jsonLd.filter(isPage));
  if (fromPage) return fromPage;
  const fromElement = dateFromElements(sources, parse);
  if (fromElement) return fromElement;
  return sources.body ? findBylineDate(textContent(sources.body, sources.skip, ' '), defaultOffset) : null;
}

function dateFromElements(sources: DateSources, parse: (text: string | undefined) => string | null): string | null {
  const published = sources.dateElements.filter((el) => /\bdatePublished\b/i.test(el.attribs['itemprop'] ?? '') || el.attribs['pubdate'] !== undefined);
  for (const el of published) {
    const found = parse(el.attribs['datetime'] ?? el.attribs['content'] ?? squash(textContent(el)));
    if (found) return found;
  }
  // Any other <time>: only one in or beside the story; a page-header clock shows today's date.
  const near = nearStory(sources.content);
  for (const el of sources.dateElements) {
    if (el.name !== 'time' || !near.some((region) => contains(region, el))) continue;
    const found = parse(el.attribs['datetime']);
    if (found) return found;
  }
  return null;
}

/** The story's elements widened by two levels, or their `<article>`/`<main>` ancestor. */
function nearStory(content: readonly Element[]): Element[] {
  const regions: Element[] = [];
  for (const root of content) {
    let region: Element = root;
    for (let level = 0; level < 2; level++) {
      const parent = parentElement(region);
      if (!parent || parent.name === 'body' || parent.name === 'html') break;
      region = parent;
    }
    for (let p: Element | undefined = root; p; p = parentElement(p)) {
      if (p.name === 'article' || p.name === 'main') {
        region = contains(region, p) ? region : p;
        break;
      }
    }
    regions.push(region);
  }
  return regions;
}
