/**
 * Collects what a page says about itself, in one walk over the tree: `<meta>` tags,
 * JSON-LD blocks, `<title>`, `<html lang>`, the `<h1>`s, and elements that carry a
 * machine-readable publication date (`<time datetime>`, `itemprop="datePublished"`).
 */
import { type Element, type AnyNode, descendants, parentElement, squash, textContent } from './dom';
import { type JsonLdArticle, findArticles, parseJsonLd } from './json-ld';

export interface PageMetadata {
  /** `<meta>` values by lower-case `property`, `name`, `itemprop` or `http-equiv`; the first one wins. */
  meta: ReadonlyMap<string, string>;
  /** Article nodes of the JSON-LD blocks, articles before pages. */
  jsonLd: readonly JsonLdArticle[];
  /** Text of the document's `<title>`. */
  titleTag: string;
  /** `<html lang>`, as written. */
  htmlLang: string;
  /** The `<h1>` elements in document order. */
  h1s: readonly Element[];
  /** The first ten `<h2>` elements in document order. */
  h2s: readonly Element[];
  /** `<time>` elements with a `datetime` attribute, and `itemprop="datePublished"` elements that are not `<meta>`. */
  dateElements: readonly Element[];
  /** `<link rel="canonical">` href. */
  canonical: string;
  /** The `<body>` element, when the page has one. */
  body: Element | undefined;
}

/**
 * Reads the metadata of a parsed page.
 *
 * @example
 * readMetadata(doc).meta.get('og:title')
 */
export function readMetadata(doc: AnyNode): PageMetadata {
  const meta = new Map<string, string>();
  const blocks: unknown[] = [];
  const h1s: Element[] = [];
  const h2s: Element[] = [];
  const dateElements: Element[] = [];
  let titleTag = '';
  let htmlLang = '';
  let canonical = '';
  let body: Element | undefined;

  for (const el of descendants(doc)) {
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'])?.trim().toLowerCase();
        const content = a['content'];
        if (key && content !== undefined && content.trim() && !meta.has(key)) meta.set(key, squash(content));
        continue;
      }
      case 'script':
        if ((a['type'] ?? '').toLowerCase().includes('ld+json')) {
          const parsed = parseJsonLd(rawText(el));
          if (parsed !== undefined) blocks.push(parsed);
        }
        continue;
      case 'title':
        // An SVG <title> is a tooltip; only the document title counts.
        if (!titleTag && !insideSvg(el)) titleTag = squash(textContent(el));
        continue;
      case 'html':
        if (!htmlLang) htmlLang = (a['lang'] ?? a['xml:lang'] ?? '').trim();
        break;
      case 'body':
        body ??= el;
        break;
      case 'h1':
        h1s.push(el);
        break;
      case 'h2':
        if (h2s.length < 10) h2s.push(el);
        break;
      case 'link':
        if (!canonical && /\bcanonical\b/i.test(a['rel'] ?? '') && a['href']) canonical = a['href'].trim();
        continue;
      case 'time':
        if (a['datetime']) dateElements.push(el);
        break;
    }
    if (a['itemprop'] && /\bdatePublished\b/i.test(a['itemprop']) && el.name !== 'time') dateElements.push(el);
  }
  return { meta, jsonLd: findArticles(blocks), titleTag, htmlLang, h1s, h2s, dateElements, canonical, body };
}

/** Script text: domhandler keeps it as text children of the script element. */
function rawText(el: Element): string {
  return el.children.map((c) => ('data' in c ? String(c.data) : '')).join('');
}

function insideSvg(el: Element): boolean {
  for (let p = parentElement(el); p; p = parentElement(p)) if (p.name === 'svg') return true;
  return false;
}
