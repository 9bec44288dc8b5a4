import type { RootTag } from '../sniff';

/**
 * Atom 1.0 and Atom 0.3: the root is `<feed>` (or `<atom:feed>` when the namespace has a prefix).
 *
 * @example
 * detectAtom({ name: 'feed', local: 'feed', attributes: ' xmlns="http://www.w3.org/2005/Atom"', index: 0 }) // => true
 */
export function detectAtom(root: RootTag): boolean {
  return root.local === 'feed';
}
