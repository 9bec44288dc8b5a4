import type { RootTag } from '../sniff';

/**
 * RSS 1.0 and RSS 0.90: an RDF document (`<rdf:RDF>`, whatever the prefix). RDF roots that
 * are not feeds are rare on the web; the parser finds no items in them.
 *
 * @example
 * detectRdf({ name: 'rdf:rdf', local: 'rdf', attributes: '', index: 0 }) // => true
 */
export function detectRdf(root: RootTag): boolean {
  return root.local === 'rdf';
}
