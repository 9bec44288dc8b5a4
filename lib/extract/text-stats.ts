/**
 * Per-element text measures, computed bottom-up in one pass: how much text an element
 * holds, how much of it is link text, how much punctuation. The scorer and the cleaner
 * decide on these numbers.
 *
 * Length is "weighted characters": non-space characters, with Hangul, kana and CJK
 * ideographs counted twice. One Hangul syllable carries about as much as two or three
 * Latin letters, so unweighted thresholds would judge Korean paragraphs too short.
 */
import { NEVER_TEXT_TAGS } from './boilerplate-rules';
import { type AnyNode, type Element, childrenOf, isElement, textData } from './dom';

export interface TextStats {
  /** Weighted characters of visible text. */
  weight: number;
  /** Weighted characters inside `<a href>` (in-page `#` links count 0.3: footnotes and anchors). */
  linkWeight: number;
  /** Commas, full-width commas and ideographic commas. */
  commas: number;
  /** Sentence ends: `.`, `!`, `?`, `。` before white space or the end of a text run. */
  stops: number;
  /** `<p>` elements below, kept ones only. */
  paragraphs: number;
  /** True when a block-level element sits below (so this is not an inline run). */
  hasBlock: boolean;
}

/** Block-level tags: they start a new paragraph when rendered. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'body', 'html',
]);

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x200b || c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

/** Hangul jamo and syllables, kana, CJK ideographs and compatibility forms. */
function isWide(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7af) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xf900 && c <= 0xfaff);
}

/** `"`, `'`, `)`, `]`, `”`, `’`: a sentence may end inside quotes or brackets. */
function closesSentence(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019;
}

/**
 * Measures one text run in a single pass over its characters (this runs on every text
 * node of the page several times, so it avoids regular expressions).
 *
 * @example
 * statsOfText('AI 모델, 공개.') // => { weight: 11, commas: 1, stops: 1 }
 */
export function statsOfText(text: string): Pick<TextStats, 'weight' | 'commas' | 'stops'> {
  let weight = 0;
  let commas = 0;
  let stops = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    weight += isWide(c) ? 2 : 1;
    if (c === 0x2c || c === 0xff0c || c === 0x3001) commas++;
    else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next === -1 || isSpace(next) || closesSentence(next)) stops++;
    }
  }
  return { weight, commas, stops };
}

/**
 * Weighted length of a string: non-space characters, wide (CJK/Hangul) ones twice.
 *
 * @example
 * textWeight('AI 모델') // => 2 + 4
 */
export function textWeight(text: string): number {
  return statsOfText(text).weight;
}

/** Called after an element's stats are known (children first); return true to drop it. */
export type DropDecision = (el: Element, stats: TextStats) => boolean;

/**
 * Computes {@link TextStats} for every element below `root` that is not in `dropped`.
 * With `decide`, elements are judged bottom-up as their numbers become known; a dropped
 * element is added to `dropped` and counts for nothing in its ancestors.
 *
 * The walk keeps its own stack: malformed pages nest thousands of unclosed tags, deeper
 * than the JavaScript call stack.
 *
 * @example
 * const stats = computeStats(doc, dropped);
 * stats.get(el)?.weight
 */
export function computeStats(root: AnyNode, dropped: Set<Element>, decide?: DropDecision): Map<Element, TextStats> {
  interface Frame {
    node: AnyNode;
    s: TextStats;
    /** Share of this node's text that counts as link text (0, 0.3 for `#` links, 1). */
    link: number;
    next: number;
  }
  const stats = new Map<Element, TextStats>();
  const frame = (node: AnyNode, link: number): Frame => ({
    node,
    s: { weight: 0, linkWeight: 0, commas: 0, stops: 0, paragraphs: 0, hasBlock: false },
    link,
    next: 0,
  });
  const stack: Frame[] = [frame(root, 0)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const kids = childrenOf(top.node);
    if (top.next < kids.length) {
      const child = kids[top.next++]!;
      const data = textData(child);
      if (data !== undefined) {
        const t = statsOfText(data);
        top.s.weight += t.weight;
        top.s.linkWeight += t.weight * top.link;
        top.s.commas += t.commas;
        top.s.stops += t.stops;
      } else if (isElement(child) && child.type === 'tag' && !dropped.has(child) && !NEVER_TEXT_TAGS.has(child.name)) {
        const href = child.name === 'a' ? child.attribs['href'] : undefined;
        stack.push(frame(child, href === undefined ? top.link : href.startsWith('#') ? 0.3 : 1));
      }
      continue;
    }
    stack.pop();
    const node = top.node;
    if (!isElement(node)) continue;
    stats.set(node, top.s);
    if (decide && node !== root && decide(node, top.s)) {
      dropped.add(node);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (!parent) continue;
    const p = parent.s;
    const c = top.s;
    p.weight += c.weight;
    p.linkWeight += c.linkWeight;
    p.commas += c.commas;
    p.stops += c.stops;
    p.paragraphs += c.paragraphs + (node.name === 'p' ? 1 : 0);
    if (c.hasBlock || BLOCK_TAGS.has(node.name)) p.hasBlock = true;
  }
  return stats;
}

/** Share of an element's text that is link text, 0..1. */
export function linkDensity(s: TextStats | undefined): number {
  return s && s.weight > 0 ? Math.min(1, s.linkWeight / s.weight) : 0;
}
