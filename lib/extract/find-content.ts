/**
 * Finds the elements that hold the article body: known containers first
 * (`container-rules.ts`), then the generic scorer (`score-content.ts`).
 *
 * Before either, elements that can never be story text are set aside: scripts, hidden
 * blocks, navigation, side columns, page footers, and (for the scorer) blocks whose
 * class or id names page chrome.
 */
import { FURNITURE_TAGS, NEVER_TEXT_TAGS } from './boilerplate-rules';
import { CONTAINER_RULES, type ContainerRule, DEK_WORDS, SUBTITLE_PARTS } from './container-rules';
import { type AnyNode, type Element, childrenOf, contains, descendants, isElement, parentElement, walkElements } from './dom';
import { hasBoilerplateHint, isHidden, isUnlikelyCandidate, splitWords } from './hints';
import { scoreContent } from './score-content';
import { compileSelector, selectAll } from './selector';
import { type TextStats, computeStats, linkDensity } from './text-stats';

/** A known container must hold at least this much text (weighted characters) to be trusted. */
const MIN_CONTAINER_WEIGHT = 200;
/** Below this, a scored body is too thin and the search runs again without the chrome filter. */
const MIN_BODY_WEIGHT = 300;

export interface FoundContent {
  /** The body's elements in document order. */
  roots: Element[];
  /** Elements set aside; the cleaner adds to it. */
  dropped: Set<Element>;
  /** How the body was found, for debugging and tests. */
  via: 'container' | 'scored' | 'page';
}

/** Sets aside what is never story text, walking the whole page once. */
function dropNeverText(root: AnyNode): Set<Element> {
  const dropped = new Set<Element>();
  walkElements(root, (el) => {
    if (el.type !== 'tag' || NEVER_TEXT_TAGS.has(el.name) || FURNITURE_TAGS.has(el.name) || isHidden(el)) {
      dropped.add(el);
      return false;
    }
    return true;
  });
  return dropped;
}

/** True when an element is not set aside and not inside one that is. */
function isKept(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  return stats.has(el);
}

/** The outermost matches only: a match inside another is part of it. */
function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && contains(other, el)));
}

/** The container rules, compiled once. */
const RULES = CONTAINER_RULES.map((rule) => ({ rule, chains: compileSelector(rule.selector) }));
/** Elements that mark a story whatever the rules say; page chrome around them is not dropped. */
const STORY_MARKERS = compileSelector('article, [itemprop="articleBody"]');

function matchRule(rule: ContainerRule, found: readonly Element[], stats: ReadonlyMap<Element, TextStats>): Element[] {
  const matches = outermost(found.filter((el) => isKept(el, stats)));
  const weighed = matches.map((el) => ({ el, weight: stats.get(el)?.weight ?? 0 })).filter((m) => m.weight > 0);
  if (weighed.length === 0) return [];
  const total = weighed.reduce((sum, m) => sum + m.weight, 0);
  if (rule.take === 'largest') {
    const best = weighed.reduce((a, b) => (b.weight > a.weight ? b : a));
    // Many matches of similar size are teasers on a listing page, not one story.
    return best.weight >= MIN_CONTAINER_WEIGHT && best.weight >= total * 0.5 ? [best.el] : [];
  }
  if (total < MIN_CONTAINER_WEIGHT) return [];
  // A body split by ads or photos repeats the largest part's markup; a sidebar box that
  // shares one class name ("box entry-content") does not, and holds far less text.
  const largest = weighed.reduce((a, b) => (b.weight > a.weight ? b : a));
  const shape = (el: Element): string => `${el.name}.${[...new Set(splitWords(el.attribs['class'] ?? ''))].sort().join('.')}`;
  const continues = (m: { el: Element; weight: number }): boolean =>
    m.weight >= largest.weight * 0.25 || (shape(m.el) === shape(largest.el) && linkDensity(stats.get(m.el)) < 0.5);
  return weighed.filter((m) => m === largest || continues(m)).map((m) => m.el);
}

/** The first container rule that matches enough text. */
function findContainer(matched: readonly Element[][], stats: ReadonlyMap<Element, TextStats>): Element[] {
  for (let i = 0; i < RULES.length; i++) {
    const found = matchRule(RULES[i]!.rule, matched[i] ?? [], stats);
    if (found.length > 0) return found;
  }
  return [];
}

/** True for a standfirst block: a dek word, or `sub` with `title`/`head`, and no boilerplate word. */
function isDek(el: Element): boolean {
  const words = [...splitWords(el.attribs['class'] ?? ''), ...splitWords(el.attribs['id'] ?? '')];
  const dek = words.some((w) => DEK_WORDS.has(w)) || (words.includes('sub') && words.some((w) => SUBTITLE_PARTS.has(w)));
  return dek && !hasBoilerplateHint(el);
}

/**
 * The standfirst before a container, searched in the preceding siblings (and their
 * descendants: article headers hold it) of the container and of its parent; a paragraph
 * or two, not another story's body.
 */
function findDek(first: Element, stats: ReadonlyMap<Element, TextStats>): Element[] {
  const fits = (el: Element): boolean => {
    const s = stats.get(el);
    if (!s || s.weight < 20 || s.weight > 1200 || linkDensity(s) >= 0.3) return false;
    if (isDek(el)) return true;
    // An unnamed sentence in the article header (hashed class names): a paragraph with punctuation, not a byline.
    return el.name === 'p' && s.weight >= 60 && s.commas + s.stops > 0 && !hasBoilerplateHint(el) && insideHeader(el, first);
  };
  let anchor: Element | undefined = first;
  for (let level = 0; anchor && level < 2; level++, anchor = parentElement(anchor)) {
    const parent = parentElement(anchor);
    if (!parent) break;
    const found: Element[] = [];
    for (const sibling of parent.children) {
      if (sibling === anchor) break;
      if (!isElement(sibling) || !stats.has(sibling)) continue;
      if (fits(sibling)) found.push(sibling);
      else {
        const inner = descendants(sibling).find(fits);
        if (inner) found.push(inner);
      }
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** True when `el` sits in a `<header>` (or a block named header/head) that shares a parent chain with the container. */
function insideHeader(el: Element, container: Element): boolean {
  for (let p = parentElement(el); p && !contains(p, container); p = parentElement(p)) {
    if (p.name === 'header' || splitWords(p.attribs['class'] ?? '').some((w) => w === 'header' || w === 'head')) return true;
  }
  return false;
}

/** Sets aside page chrome named by class or id, except around the known containers. */
function dropUnlikely(root: AnyNode, dropped: Set<Element>, keep: readonly Element[], stats: ReadonlyMap<Element, TextStats>): Set<Element> {
  const protectedEls = new Set<Element>();
  for (const el of keep) for (let p: Element | undefined = el; p; p = parentElement(p)) protectedEls.add(p);
  const out = new Set(dropped);
  walkElements(root, (el) => {
    if (out.has(el)) return false;
    if (!protectedEls.has(el) && isChrome(el, stats)) {
      out.add(el);
      return false;
    }
    return true;
  });
  return out;
}

function isChrome(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  const name = el.name;
  if (name === 'body' || name === 'html' || name === 'article' || name === 'main' || name === 'a') return false;
  // A page header holds the logo and menus; an article header the title and byline. Neither is body text.
  if (name === 'header') return (stats.get(el)?.paragraphs ?? 0) < 3;
  return isUnlikelyCandidate(el);
}

/**
 * Finds the article body of a parsed page.
 *
 * @example
 * const { roots, dropped } = findContent(doc, bodyEl);
 */
export function findContent(doc: AnyNode, body: Element | undefined): FoundContent {
  const base = dropNeverText(doc);
  const baseStats = computeStats(doc, base);
  const matched = selectAll(doc, [...RULES.map((r) => r.chains), STORY_MARKERS]);
  const container = findContainer(matched, baseStats);
  const articles = matched[RULES.length] ?? [];
  const dropped = dropUnlikely(doc, base, [...container, ...articles], baseStats);

  if (container.length > 0 && container.every((el) => !dropped.has(el))) {
    const dek = findDek(container[0]!, baseStats).filter((el) => !dropped.has(el));
    return { roots: [...dek, ...container], dropped, via: 'container' };
  }
  const top = body ?? firstElement(doc);
  if (!top) return { roots: [], dropped, via: 'page' };
  const stats = computeStats(doc, dropped);
  const scored = scoreContent(top, dropped, stats);
  if (scored && (stats.get(scored.top)?.weight ?? 0) >= MIN_BODY_WEIGHT) return { roots: scored.roots, dropped, via: 'scored' };

  // Too little text: maybe a wrapper was named like chrome. Search again with only the hard filter.
  const retry = scoreContent(top, base, baseStats);
  if (retry) return { roots: retry.roots, dropped: new Set(base), via: 'scored' };
  if (scored) return { roots: scored.roots, dropped, via: 'scored' };
  return { roots: [top], dropped: new Set(base), via: 'page' };
}

function firstElement(doc: AnyNode): Element | undefined {
  return childrenOf(doc).find((c): c is Element => isElement(c) && c.type === 'tag');
}
