/**
 * Loads a feed into a tree and reads it. Parsing uses htmlparser2 in XML mode (the parser
 * cheerio runs for XML), which forgives what real feeds get wrong: raw ampersands, HTML
 * entities such as `&nbsp;` (kept as written, decoded later by `htmlToText`), undeclared
 * namespace prefixes, missing end tags and truncated tails. It is called directly rather
 * than through cheerio's `load`: on a 150 KB feed `load` takes about three times as long
 * (mostly garbage collection of its per-document wrapper), and these readers need no selectors.
 *
 * Tag and attribute names are lower-cased so `pubDate`, `pubdate` and `PubDate` are one field.
 * The parsers walk the tree directly instead of running CSS selectors: a feed has few levels,
 * and walking is several times faster than matching `'dc\\:date'`-style selectors per item.
 */
import { parseDocument } from 'htmlparser2';
import { resolveUrl } from '../text/canonical-url';
import { repairXml } from './xml-repair';

/** The part of htmlparser2's node shape these readers rely on. */
export interface XmlNode {
  type: string;
  parent: XmlElement | null;
}

/** An element: lower-cased qualified name, attributes, children. */
export interface XmlElement extends XmlNode {
  name: string;
  attribs: Record<string, string>;
  children: XmlNode[];
}

interface XmlText extends XmlNode {
  data: string;
}

/** Parses (repaired) XML and returns the document node. */
export function parseXml(text: string): XmlElement {
  const doc = parseDocument(repairXml(text), { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return doc as unknown as XmlElement;
}

/** True for element nodes (htmlparser2 types `script` and `style` elements apart even in XML mode). */
export function isElement(node: XmlNode): node is XmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element children of `parent`, in document order. */
export function childElements(parent: XmlElement): XmlElement[] {
  return parent.children.filter(isElement);
}

/** The name without its namespace prefix: `dc:date` -> `date`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix of a qualified name (`atom` for `atom:feed`), or '' when there is none. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
}

/** The first element in document order (depth first) that satisfies `test`. */
export function findElement(root: XmlElement, test: (el: XmlElement) => boolean): XmlElement | undefined {
  for (const child of root.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * Groups children by (lower-case, prefixed) name; the first of each name is kept, which is
 * what a reader wants for title, link and date fields repeated by sloppy generators.
 */
export function childrenByName(parent: XmlElement): Map<string, XmlElement> {
  const byName = new Map<string, XmlElement>();
  for (const child of parent.children) if (isElement(child) && !byName.has(child.name)) byName.set(child.name, child);
  return byName;
}

/** The text content of an element: text and CDATA of all descendants, concatenated. */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return (node as XmlText).data;
  const children = (node as XmlElement).children;
  if (!children) return '';
  let out = '';
  for (const child of children) out += textOf(child);
  return out;
}

/**
 * The HTML an element carries. Feeds put HTML in elements three ways: escaped text, CDATA,
 * or (invalidly) as raw child elements. Text and CDATA are already HTML source, so they are
 * returned as they are; raw child elements are written back as tags so `htmlToText` can
 * still see where paragraphs and line breaks were.
 */
export function markupOf(node: XmlNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return (node as XmlText).data;
  const children = (node as XmlElement).children;
  if (!children) return '';
  let out = '';
  for (const child of children) {
    if (isElement(child)) out += `<${child.name}${attributes(child)}>${markupOf(child)}</${child.name}>`;
    else out += markupOf(child);
  }
  return out;
}

function attributes(el: XmlElement): string {
  let out = '';
  for (const [name, value] of Object.entries(el.attribs)) out += ` ${name}="${value.replace(/"/g, '&quot;')}"`;
  return out;
}

/** An attribute value, trimmed, or undefined when absent or blank. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  const value = el?.attribs[name]?.trim();
  return value ? value : undefined;
}

/**
 * The base URL set by `xml:base` attributes in force at `el` (from the root down, each
 * resolved against the one above it, starting from `documentUrl`), or undefined when no
 * `xml:base` applies and the caller's default base should be used.
 */
export function xmlBase(el: XmlElement, documentUrl: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let node: XmlElement | null = el; node; node = node.parent) {
    const base = node.attribs?.['xml:base'];
    if (base) chain.push(base);
  }
  if (chain.length === 0) return undefined;
  let base = documentUrl;
  for (let i = chain.length - 1; i >= 0; i--) base = resolveUrl(chain[i], base) ?? base;
  return base;
}
