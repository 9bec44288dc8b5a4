import { advertisedFeed, htmlTitle, sniffDocument } from '../../../lib/feeds/sniff';

describe('sniffDocument', () => {
  it('skips the prolog: declaration, comments, stylesheet PIs, doctype with an internal subset', () => {
    const doc = '\ufeff<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="s.xsl"?>\n<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n<rss version="2.0">';
    const sniffed = sniffDocument(doc);
    expect(sniffed.kind).toBe('markup');
    if (sniffed.kind === 'markup') {
      expect(sniffed.root.name).toBe('rss');
      expect(doc.slice(sniffed.root.index).startsWith('<rss')).toBe(true);
    }
  });

  it('names prefixed roots by their local part', () => {
    const sniffed = sniffDocument('<rdf:RDF xmlns:rdf="x">');
    expect(sniffed.kind === 'markup' && sniffed.root.local).toBe('rdf');
  });

  it('reports the doctype of HTML pages', () => {
    const sniffed = sniffDocument('<!DOCTYPE html><html lang="ko">');
    expect(sniffed.kind === 'markup' && sniffed.doctype).toBe('html');
  });

  it.each([
    ['', 'empty'],
    ['  {"items": []}', 'json'],
    ['plain words', 'text'],
  ])('%p is %s', (doc, kind) => {
    expect(sniffDocument(doc).kind).toBe(kind);
  });
});

describe('htmlTitle and advertisedFeed', () => {
  const page = '<html><head><TITLE>\n 속보 | 뉴스 \n</TITLE><link rel="stylesheet" href="a.css"><link rel="alternate" type="application/rss+xml" href="/rss/all.xml"></head></html>';
  it('reads the title', () => {
    expect(htmlTitle(page)).toBe('속보 | 뉴스');
  });
  it('finds the advertised feed', () => {
    expect(advertisedFeed(page)).toBe('/rss/all.xml');
    expect(advertisedFeed('<link rel="alternate" hreflang="en" href="/en/">')).toBeUndefined();
  });
});
