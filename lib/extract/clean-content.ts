/**
 * Cleans the chosen body: drops what sits inside the article container but is not the
 * story (related-article boxes, ads, share bars, captions, link lists, the repeated title).
 *
 * Elements are judged bottom-up, so a box is measured after its own junk is gone and a
 * wrapper holding most of the story is never dropped for a word in its class.
 */
import { holdsAuthorBio } from './author-bio';
import { AUTHOR_BOX_WORDS, CAPTION_TAGS, NEVER_TEXT_TAGS } from './boilerplate-rules';
import { type Element, squash, textContent } from './dom';
import { hasBoilerplateHint, hasWord, hintWeight } from './hints';
import { type TextStats, computeStats, linkDensity } from './text-stats';

/** Tags judged by their numbers (link density, punctuation) rather than by tag alone. */
const CONDITIONAL_TAGS: ReadonlySet<string> = new Set([
  'div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'header', 'center',
]);

/** Boxes larger than this (weighted characters) are not a bio box, and are not searched for one. */
const MAX_BIO_BOX_WEIGHT = 1200;

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface CleanOptions {
  /** The article title: a heading inside the body that repeats it is dropped. */
  title?: string;
}

function normaliseTitle(text: string): string {
  return squash(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Marks the boilerplate below each root as dropped (adds it to `dropped`).
 *
 * @example
 * cleanContent([articleEl], dropped, { title });
 * renderParagraphs([articleEl], dropped);
 */
export function cleanContent(roots: readonly Element[], dropped: Set<Element>, options: CleanOptions = {}): void {
  const title = options.title ? normaliseTitle(options.title) : '';
  for (const root of roots) {
    // The pre-clean total guards against dropping a wrapper that holds most of the story
    // (without a decision callback, computeStats only reads `dropped`).
    const before = computeStats(root, dropped).get(root)?.weight ?? 0;
    computeStats(root, dropped, (el, s) => shouldDrop(el, s, before, title));
  }
}

/** An author box that holds the writer's bio, which ends the story (other author boxes go for their class). */
function isBioBox(el: Element, s: TextStats): boolean {
  return s.weight <= MAX_BIO_BOX_WEIGHT && hasWord(el, AUTHOR_BOX_WORDS) && holdsAuthorBio(el);
}

function shouldDrop(el: Element, s: TextStats, rootWeight: number, title: string): boolean {
  const name = el.name;
  if (NEVER_TEXT_TAGS.has(name) || CAPTION_TAGS.has(name)) return true;
  const major = s.weight > rootWeight * 0.5;
  if (name === 'figure') return !major;
  if (s.weight === 0) return false;
  if (hasBoilerplateHint(el) && !major && !isBioBox(el, s)) return true;
  // Headings stay (a linked heading names a product or a section of the story) unless they repeat the title.
  if (HEADINGS.has(name)) return title !== '' && s.weight < 400 && normaliseTitle(textContent(el)) === title;
  if (!CONDITIONAL_TAGS.has(name) || major) return false;
  if (name === 'header' && s.paragraphs === 0) return true;
  const weight = hintWeight(el);
  if (weight < 0) return true;
  // A box with little prose: judge it by its links. Prose has commas and sentence ends.
  if (s.commas + s.stops < 10) {
    const density = linkDensity(s);
    if (weight < 25 && density > 0.33) return true;
    if (density > 0.5) return true;
  }
  return false;
}
