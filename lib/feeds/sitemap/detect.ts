import type { RootTag } from '../sniff';

/**
 * Sitemaps (sitemaps.org 0.9), with or without the Google News extension: the root is
 * `<urlset>`. A `<sitemapindex>` is detected too, so it can be refused with a clear reason.
 *
 * @example
 * detectSitemap({ name: 'urlset', local: 'urlset', attributes: '', index: 0 }) // => true
 */
export function detectSitemap(root: RootTag): boolean {
  return root.local === 'urlset' || root.local === 'sitemapindex';
}
