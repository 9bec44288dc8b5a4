/**
 * The article dedupe key: one spelling per page, whatever feed, newsletter or share button
 * the link came through. The WHATWG URL parser does the standard part (lower-case scheme
 * and host, IDNA, default ports, dot segments, percent-encoding); this module adds what
 * news links need on top (tracking parameters, fragments, parameter order).
 */
import { isTrackingParam } from './tracking-params';

/**
 * Resolves `href` against `base` and returns it as an absolute http(s) URL, or null when it
 * is empty, unparseable, relative with no usable base, or of another scheme (`mailto:`,
 * `javascript:`, `data:`). A base that is not an http(s) URL (a file path) is ignored.
 * No canonicalisation beyond what the URL parser does.
 *
 * @example
 * resolveUrl('/news/1?a=1#top', 'https://example.com/feed.xml') // => 'https://example.com/news/1?a=1#top'
 */
export function resolveUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  // Feeds wrap links in newlines and indentation; an embedded line break is never part of a URL.
  const cleaned = href.replace(/[\t\n\r]+/g, '').trim();
  if (!cleaned) return null;
  const baseUrl = base ? httpUrl(protocolRelative(base.trim())) : null;
  const url = httpUrl(cleaned, baseUrl ?? undefined) ?? (baseUrl ? null : httpUrl(protocolRelative(cleaned)));
  return url ? url.href : null;
}

/** A protocol-relative URL (`//host/path`) with no page to inherit a scheme from: assume https. */
function protocolRelative(text: string): string {
  return text.startsWith('//') ? `https:${text}` : text;
}

/** The parsed URL when `text` (resolved against `base`) is an absolute http(s) URL with a host. */
function httpUrl(text: string, base?: URL): URL | null {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return null;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url : null;
}

/**
 * The canonical form of an article URL, used as its dedupe key: resolved against `base`,
 * scheme and host lower-cased, default port removed, fragment dropped (except `#!` routes,
 * which select the page in old single-page sites), tracking parameters removed
 * (see `tracking-params.ts`), the remaining query parameters sorted by name (values keep
 * their original spelling and, for a repeated name, their original order).
 * Returns null for anything that is not an absolute http(s) URL after resolution.
 *
 * @example
 * canonicalUrl('HTTPS://News.Example.com:443/a/1?utm_source=rss&b=2&a=1#comments')
 * // => 'https://news.example.com/a/1?a=1&b=2'
 * canonicalUrl('../2023/11/24/plant.html', 'https://example.com/feeds/rss.xml')
 * // => 'https://example.com/2023/11/24/plant.html'
 */
export function canonicalUrl(href: string | null | undefined, base?: string | null): string | null {
  const resolved = resolveUrl(href, base);
  if (!resolved) return null;
  const url = new URL(resolved);
  if (!url.hash.startsWith('#!')) url.hash = '';
  url.search = canonicalQuery(url.search);
  return url.href;
}

/** Drops tracking and empty parameters and sorts the rest, keeping each parameter's raw text. */
function canonicalQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept: { name: string; raw: string; index: number }[] = [];
  search
    .slice(1)
    .split('&')
    .forEach((raw, index) => {
      if (!raw) return;
      const name = safeDecode(raw.split('=', 1)[0] ?? '');
      if (!name || isTrackingParam(name)) return;
      kept.push({ name, raw, index });
    });
  if (kept.length === 0) return '';
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
  return `?${kept.map((p) => p.raw).join('&')}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
