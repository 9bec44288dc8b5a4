/**
 * Parses HTML with cheerio's htmlparser2 build (`cheerio/slim`): a forgiving parser about
 * five times faster than the spec-exact parse5 that plain `cheerio` loads, and the
 * extractor does not need spec-exact trees, only the text and its nesting.
 */
import type { CheerioAPI } from 'cheerio';
import { decodeText } from '../text/charset';

type Load = (content: string, options?: { xml?: boolean } | null, isDocument?: boolean) => CheerioAPI;

// `cheerio/slim` is an `exports` subpath, which this project's module resolution (node10)
// cannot type; the runtime require is the same module `import` would load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { load } = require('cheerio/slim') as { load: Load };

/**
 * Decodes bytes (charset from `contentType`, BOM, `<meta charset>`, or sniffed) and parses the page.
 *
 * @example
 * const $ = parseHtml('<p>hi</p>');
 * $('p').text() // => 'hi'
 */
export function parseHtml(html: string | Uint8Array, contentType?: string): CheerioAPI {
  const text = typeof html === 'string' ? html : decodeText(html, contentType).text;
  return load(text);
}
