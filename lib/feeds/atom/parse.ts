/**
 * Atom 1.0 (RFC 4287) and Atom 0.3. Text constructs carry a `type` (`text`, `html`, `xhtml`;
 * 0.3 also MIME types and `mode="escaped"`) that says whether the content is markup; the
 * alternate link is chosen among several; `xml:base` may make links relative.
 */
import type { RawFeed, RawItem } from '../raw';
import { attr, childElements, isElement, markupOf, parseXml, prefixOf, textOf, xmlBase, type XmlElement } from '../xml-dom';

/** Dates, best first: Atom 1.0 `published`, Atom 0.3 `issued`/`created`, then modification dates. */
const DATE_FIELDS = ['published', 'issued', 'created', 'dc:date', 'updated', 'modified'];

/**
 * Reads an Atom 1.0 or 0.3 document into a {@link RawFeed}.
 *
 * @example
 * parseAtom('<feed><entry><title type="html">A &amp;amp; B</title><link href="https://a.example/1"/></entry></feed>').items[0]?.title // => 'A &amp; B'
 */
export function parseAtom(text: string, documentUrl?: string): RawFeed {
  const doc = parseXml(text);
  const root = childElements(doc).find((el) => el.name === 'feed' || el.name.endsWith(':feed'));
  if (!root) return { title: '', items: [] };
  const ns = prefixOf(root.name);
  const named = (local: string): string => (ns ? `${ns}:${local}` : local);
  const children = childElements(root);
  const feedTitle = children.find((el) => el.name === named('title'));
  return {
    ...textConstruct(feedTitle),
    link: alternateLink(children, named('link')),
    language: attr(root, 'xml:lang'),
    items: children.filter((el) => el.name === named('entry')).map((entry) => readEntry(entry, named, documentUrl)),
  };
}

function readEntry(entry: XmlElement, named: (local: string) => string, documentUrl: string | undefined): RawItem {
  const fields = new Map<string, XmlElement>();
  for (const el of childElements(entry)) if (!fields.has(el.name)) fields.set(el.name, el);
  const title = textConstruct(fields.get(named('title')));
  const summaryEl = [named('summary'), named('content'), 'media:group', 'media:description'].map((n) => fields.get(n)).find((el) => el && textOf(el).trim());
  const summary = summaryEl?.name === 'media:group' ? textConstruct(childElements(summaryEl).find((el) => el.name === 'media:description')) : textConstruct(summaryEl);
  const base = xmlBase(entry, documentUrl);
  return {
    title: title.title,
    titleIsText: title.titleIsText,
    links: [textOf(fields.get('feedburner:origlink')).trim() || undefined, alternateLink(childElements(entry), named('link'))],
    base,
    guid: textOf(fields.get(named('id'))).trim() || undefined,
    dates: DATE_FIELDS.map((local) => textOf(fields.get(local.includes(':') ? local : named(local))).trim() || undefined),
    summary: summary.title,
    summaryIsText: summary.titleIsText,
  };
}

/**
 * Reads a text construct. `type="text"` (the default) is plain text; `html` and Atom 0.3's
 * `text/html` or `mode="escaped"` are escaped markup; `xhtml` is inline XHTML elements.
 */
function textConstruct(el: XmlElement | undefined): { title: string; titleIsText: boolean } {
  if (!el) return { title: '', titleIsText: true };
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  const hasElements = el.children.some(isElement);
  if (hasElements || type.includes('html') || type.includes('xml') || attr(el, 'mode') === 'escaped') {
    return { title: markupOf(el).trim(), titleIsText: false };
  }
  return { title: textOf(el).trim(), titleIsText: true };
}

/**
 * The entry's page: `rel="alternate"` (the default rel) with an HTML type first, then any
 * alternate, then any link that is not the feed itself, an edit link or an enclosure.
 * Relative hrefs are resolved later, against the entry's `xml:base`.
 */
function alternateLink(children: XmlElement[], linkName: string): string | undefined {
  const links = children.filter((el) => el.name === linkName && attr(el, 'href'));
  const rel = (el: XmlElement): string => (attr(el, 'rel') ?? 'alternate').toLowerCase();
  const pick =
    links.find((el) => rel(el) === 'alternate' && /html/i.test(attr(el, 'type') ?? 'text/html')) ??
    links.find((el) => rel(el) === 'alternate') ??
    links.find((el) => !['self', 'edit', 'enclosure', 'replies', 'hub', 'license', 'edit-media', 'next', 'previous'].includes(rel(el)));
  return pick ? attr(pick, 'href') : undefined;
}
