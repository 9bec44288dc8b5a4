/**
 * Applies the class/id rules of `boilerplate-rules.ts` to elements. Words are computed
 * once per element and cached: the scorer and the cleaner both ask many times.
 */
import {
  BOILERPLATE_PREFIXES,
  BOILERPLATE_WORDS,
  CONTENT_WORDS,
  HIDDEN_STYLE,
  SCREEN_READER_CLASSES,
  UNLIKELY_WORDS,
} from './boilerplate-rules';
import type { Element } from './dom';

interface Words {
  cls: string[];
  id: string[];
}

const cache = new WeakMap<Element, Words>();

/**
 * Splits a class or id value into lower-case words at separators and camelCase humps,
 * dropping trailing digits.
 *
 * @example
 * splitWords('relatedNews2 art_body') // => ['related', 'news', 'art', 'body']
 */
export function splitWords(value: string): string[] {
  if (!value) return [];
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter((w) => w.length > 0);
}

/**
 * Class names that describe a state, not a role: `no_caption`, `has-sidebar`, `with-ads`
 * sit on story containers and must not mark them as captions, sidebars or ads.
 */
const STATE_CLASS = /^(?:no|has|with|without|is|show)[-_]/i;

function wordsOf(el: Element): Words {
  let words = cache.get(el);
  if (!words) {
    const cls = (el.attribs['class'] ?? '').split(/\s+/).filter((c) => !STATE_CLASS.test(c)).join(' ');
    words = { cls: splitWords(cls), id: splitWords(el.attribs['id'] ?? '') };
    cache.set(el, words);
  }
  return words;
}

function isBoilerplateWord(word: string): boolean {
  return BOILERPLATE_WORDS.has(word) || BOILERPLATE_PREFIXES.some((p) => word.startsWith(p));
}

/**
 * True when the element's class or id names boilerplate (ads, related links, share bars,
 * comments, captions, bylines ...), whatever positive words it also carries.
 *
 * @example
 * hasBoilerplateHint(el) // `<div class="article_related">` => true
 */
export function hasBoilerplateHint(el: Element): boolean {
  const { cls, id } = wordsOf(el);
  return cls.some(isBoilerplateWord) || id.some(isBoilerplateWord);
}

/** True when the class or id names a content home (`article`, `body`, `content` ...). */
export function hasContentHint(el: Element): boolean {
  const { cls, id } = wordsOf(el);
  return cls.some((w) => CONTENT_WORDS.has(w)) || id.some((w) => CONTENT_WORDS.has(w));
}

/**
 * True for page chrome that the body search should skip: an unlikely word and no
 * content word (`comment-list` is skipped, `article-comment-area`'s parent `article` is not).
 */
export function isUnlikelyCandidate(el: Element): boolean {
  const { cls, id } = wordsOf(el);
  const unlikely = (w: string): boolean => UNLIKELY_WORDS.has(w) || BOILERPLATE_PREFIXES.some((p) => w.startsWith(p));
  if (!cls.some(unlikely) && !id.some(unlikely)) return false;
  return !hasContentHint(el);
}

/**
 * A score bonus from class and id: +25 when either names content, -25 when either names
 * boilerplate (both can apply and cancel out). Counted once per element, not once per
 * attribute: `<div id="post-611" class="post">` is one claim, not two, and wrappers that
 * repeat the word would otherwise outrank the text they wrap.
 *
 * @example
 * hintWeight(el) // `<div id="articleBody">` => 25
 */
export function hintWeight(el: Element): number {
  const { cls, id } = wordsOf(el);
  let weight = 0;
  if (cls.some(isBoilerplateWord) || id.some(isBoilerplateWord)) weight -= 25;
  if (cls.some((w) => CONTENT_WORDS.has(w)) || id.some((w) => CONTENT_WORDS.has(w))) weight += 25;
  return weight;
}

/** True for elements a browser would not show: `hidden`, `aria-hidden`, inline `display:none`, screen-reader classes. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  if (a['style'] && HIDDEN_STYLE.test(a['style'])) return true;
  const cls = a['class'];
  if (cls) for (const c of cls.toLowerCase().split(/\s+/)) if (SCREEN_READER_CLASSES.has(c)) return true;
  return false;
}

/**
 * True when the element's class or id contains one of `words` (after splitting).
 *
 * @example
 * hasWord(el, new Set(['footer'])) // `<div id="site-footer">` => true
 */
export function hasWord(el: Element, words: ReadonlySet<string>): boolean {
  const { cls, id } = wordsOf(el);
  return cls.some((w) => words.has(w)) || id.some((w) => words.has(w));
}
