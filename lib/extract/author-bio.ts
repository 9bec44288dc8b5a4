/**
 * Finds the author's biography that templates place just after the article container
 * ("Jane Doe is a Metro reporter covering …"): a short paragraph about the writer, which
 * readers' tools keep as the end of the story. Byline boxes and related lists are not
 * matched: the paragraph must read as a sentence about a named person's trade.
 */
import { NEVER_TEXT_TAGS } from './boilerplate-rules';
import { type Element, childrenOf, isElement, parentElement, squash, textContent } from './dom';
import { isHidden } from './hints';
import { BLOCK_TAGS } from './text-stats';
import { AUTHOR_BIO_START, AUTHOR_BIO_TRADE } from './text-rules';

/** A bio is a sentence or three; longer blocks after the body are other stories. */
const MIN_BIO_CHARS = 40;
const MAX_BIO_CHARS = 600;
/** How many following element siblings to look at, per ancestor level. */
const SIBLINGS_PER_LEVEL = 3;
/** Levels above the last body element to search: the bio sits beside the body or its wrapper. */
const LEVELS = 2;

/**
 * True when a text reads as an author's biography.
 *
 * @example
 * isAuthorBio('Jane Doe is a Metro reporter covering courts and City Hall.') // => true
 * isAuthorBio('Jane Doe is a nurse who lost her job in March.') // => false
 */
export function isAuthorBio(text: string): boolean {
  const line = squash(text);
  if (line.length < MIN_BIO_CHARS || line.length > MAX_BIO_CHARS) return false;
  const start = AUTHOR_BIO_START.exec(line);
  if (!start) return false;
  const sentence = line.slice(start[0].length).split(/(?<=[.!?])\s/)[0] ?? '';
  return AUTHOR_BIO_TRADE.test(start[0]) || AUTHOR_BIO_TRADE.test(sentence);
}

function skipText(el: Element): boolean {
  return NEVER_TEXT_TAGS.has(el.name) || isHidden(el);
}

/** The innermost text blocks (no block children) of an element, in document order, first `limit` only. */
function leafBlocks(root: Element, limit: number): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const el = stack.pop()!;
    if (skipText(el)) continue;
    const blocks = childrenOf(el).filter((c): c is Element => isElement(c) && c.type === 'tag' && BLOCK_TAGS.has(c.name));
    if (blocks.length === 0) {
      if (BLOCK_TAGS.has(el.name) && squash(textContent(el, skipText))) out.push(el);
      continue;
    }
    for (let i = blocks.length - 1; i >= 0; i--) stack.push(blocks[i]!);
  }
  return out;
}

/**
 * True when a box holds an author's bio among its first few text blocks (a box named
 * `author` or `bio` that the cleaner would drop for its class).
 *
 * @example
 * holdsAuthorBio(authorBoxEl) // => true when it reads "Jane Doe covers the White House."
 */
export function holdsAuthorBio(el: Element): boolean {
  return leafBlocks(el, 4).some((block) => isAuthorBio(textContent(block, skipText)));
}

/**
 * The author bio just after the body: looked for among the next few siblings of the last
 * body element and of its parent. Returns the block to append to the body, if any.
 *
 * @example
 * const bio = findAuthorBio(roots);
 * if (bio) roots.push(bio);
 */
export function findAuthorBio(roots: readonly Element[]): Element | undefined {
  let anchor = roots[roots.length - 1];
  for (let level = 0; anchor && level < LEVELS; level++, anchor = parentElement(anchor)) {
    const parent = parentElement(anchor);
    if (!parent) return undefined;
    const siblings = parent.children;
    let seen = 0;
    for (let i = siblings.indexOf(anchor) + 1; i < siblings.length && seen < SIBLINGS_PER_LEVEL; i++) {
      const sibling = siblings[i];
      if (!isElement(sibling) || sibling.type !== 'tag' || skipText(sibling)) continue;
      const text = squash(textContent(sibling, skipText));
      if (!text) continue;
      seen++;
      const bio = leafBlocks(sibling, 4).find((block) => isAuthorBio(textContent(block, skipText)));
      if (bio) return bio;
    }
  }
  return undefined;
}
