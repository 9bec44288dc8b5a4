import type { RootTag } from '../sniff';

/**
 * RSS 0.91-2.0 (and the version-less `<rss>` of old CMSs): the root is `<rss>`, or a bare
 * `<channel>` from generators that forgot the wrapper.
 *
 * @example
 * detectRss({ name: 'rss', local: 'rss', attributes: ' version="2.0"', index: 0 }) // => true
 */
export function detectRss(root: RootTag): boolean {
  return root.local === 'rss' || root.name === 'channel';
}
