/**
 * What kind of document this is, read from its first bytes, before any parsing: the root
 * element of a markup document, or a JSON document. The declared source kind and the
 * Content-Type are not trusted: servers send RSS as text/html and HTML error pages as
 * application/rss+xml.
 */

/** The first element of a markup document. */
export interface RootTag {
  /** Lower-case qualified name: `rss`, `rdf:rdf`, `feed`, `html`. */
  name: string;
  /** The local part of the name: `rdf` for `rdf:rdf`. */
  local: string;
  /** The raw attribute text of the start tag (namespace declarations live here). */
  attributes: string;
  /** Where the start tag begins in the text. */
  index: number;
}

/** What a document looks like before parsing. */
export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'markup'; root: RootTag; doctype: string | undefined }
  | { kind: 'text'; start: string };

/** Roots a feed can have; searched for when junk precedes the markup. */
const FEED_ROOT = /<((?:[\w.-]+:)?(?:rss|rdf|feed|urlset|sitemapindex|channel))[\s>/]/i;

/** Skips the prolog: BOM, whitespace, `<?xml ...?>`, processing instructions, comments, doctype. */
const PROLOG = /^(?:\ufeff|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype\b(?:[^>[]|\[[\s\S]*?\])*>)*/i;
const START_TAG = /^<([A-Za-z_][\w:.-]*)([^>]*)>?/;

/**
 * Finds what the document is.
 *
 * @example
 * sniffDocument('<?xml version="1.0"?>\n<rss version="2.0">').kind // => 'markup'
 */
export function sniffDocument(text: string): Sniffed {
  const prolog = PROLOG.exec(text)?.[0] ?? '';
  const rest = text.slice(prolog.length);
  if (!rest.trim()) return { kind: 'empty' };
  const doctype = /<!doctype\s+([\w:.-]+)/i.exec(prolog)?.[1]?.toLowerCase();
  if (rest.startsWith('{') || rest.startsWith('[')) return { kind: 'json' };
  const tag = START_TAG.exec(rest);
  if (tag) return { kind: 'markup', root: rootTag(tag[1]!, tag[2] ?? '', prolog.length), doctype };
  // Junk before the markup (a PHP notice, a stray line): look for a feed root further on.
  const window = text.slice(0, 65536);
  const found = FEED_ROOT.exec(window);
  if (found) {
    const at = found.index;
    const attrs = /^<[^\s>/]+([^>]*)>?/.exec(text.slice(at))?.[1] ?? '';
    return { kind: 'markup', root: rootTag(found[1]!, attrs, at), doctype };
  }
  return { kind: 'text', start: rest.trim().slice(0, 40) };
}

function rootTag(name: string, attributes: string, index: number): RootTag {
  const lower = name.toLowerCase();
  const colon = lower.indexOf(':');
  return { name: lower, local: colon < 0 ? lower : lower.slice(colon + 1), attributes, index };
}

/** The text of an HTML page's `<title>`, whitespace collapsed and cut to 80 characters. */
export function htmlTitle(text: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text.slice(0, 65536));
  const title = m?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, 80) : undefined;
}

/** The first feed an HTML page advertises with `<link rel="alternate" type="application/rss+xml">`. */
export function advertisedFeed(text: string): string | undefined {
  const head = text.slice(0, 65536);
  for (const m of head.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/rel\s*=\s*["']?alternate/i.test(tag)) continue;
    if (!/type\s*=\s*["']?application\/(?:rss|atom|feed)\+(?:xml|json)/i.test(tag)) continue;
    const href = /href\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) return href;
  }
  return undefined;
}
