/**
 * Text-level repairs made before a feed is parsed, for breakage the lenient parser cannot
 * undo once it has built a tree. Everything else that real feeds get wrong (raw `&`,
 * HTML entities in XML, undeclared prefixes, missing end tags, a truncated tail) htmlparser2
 * already tolerates, so it is not repeated here.
 */

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/**
 * Returns the document from its first markup on, with unterminated CDATA sections closed and
 * a tag cut off mid-way at the end of a truncated download removed.
 *
 * @example
 * repairXml('\n\n<rss><channel><item><title><![CDATA[Plant delayed</title></item>')
 * // => '<rss><channel><item><title><![CDATA[Plant delayed]]></title></item>'
 */
export function repairXml(text: string): string {
  // Blank lines, a BOM or a PHP warning before the XML declaration make strict parsers give up.
  const start = text.indexOf('<');
  let xml = start > 0 ? text.slice(start) : start < 0 ? '' : text;
  xml = closeCdataSections(xml);
  return dropTruncatedTag(xml);
}

/**
 * A CDATA section with no `]]>` would swallow the rest of the feed. If the element that holds
 * it is closed later (`<description><![CDATA[text</description>`), the section is closed
 * there; if nothing follows, the download was cut inside it and it is closed at the end;
 * otherwise it is dropped up to the next section.
 */
function closeCdataSections(xml: string): string {
  let out = '';
  let from = 0;
  // The next closer is remembered: searching again from every unclosed opener would be quadratic.
  let close = -2;
  for (;;) {
    const open = xml.indexOf(CDATA_OPEN, from);
    if (open < 0) return out + xml.slice(from);
    const bodyStart = open + CDATA_OPEN.length;
    if (close !== -1 && close < bodyStart) close = xml.indexOf(CDATA_CLOSE, bodyStart);
    const nextOpen = xml.indexOf(CDATA_OPEN, bodyStart);
    // Sections do not nest: another opener before our closer means ours was never closed.
    if (close >= 0 && (nextOpen < 0 || close < nextOpen)) {
      out += xml.slice(from, close + CDATA_CLOSE.length);
      from = close + CDATA_CLOSE.length;
      continue;
    }
    const limit = nextOpen < 0 ? xml.length : nextOpen;
    const parent = /<([A-Za-z_][\w:.-]*)[^<>]*>\s*$/.exec(xml.slice(Math.max(from, open - 300), open))?.[1];
    const endInSection = parent ? xml.slice(bodyStart, limit).indexOf(`</${parent}`) : -1;
    const end = endInSection < 0 ? -1 : bodyStart + endInSection;
    if (end >= 0) {
      out += `${xml.slice(from, end)}${CDATA_CLOSE}`;
      from = end;
    } else if (nextOpen < 0) {
      // Cut inside the section: what is left is its text, as far as the download got.
      return `${out}${xml.slice(from)}${CDATA_CLOSE}`;
    } else {
      // Unclosed and unbounded: its extent is unknown, so it is dropped up to the next
      // section, keeping the start tag that holds that section.
      const holder = /<[A-Za-z_][\w:.-]*[^<>]*>\s*$/.exec(xml.slice(bodyStart, nextOpen));
      out += xml.slice(from, open);
      from = holder ? bodyStart + holder.index : nextOpen;
    }
  }
}

/** A download cut inside a tag (`...<item><ti`) leaves a fragment the parser would read as text. */
function dropTruncatedTag(xml: string): string {
  const lastOpen = xml.lastIndexOf('<');
  if (lastOpen < 0 || xml.indexOf('>', lastOpen) >= 0) return xml;
  return xml.slice(0, lastOpen);
}
