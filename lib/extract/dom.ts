/**
 * Small helpers over the domhandler tree that cheerio/slim builds. The extractor walks
 * nodes directly instead of going through cheerio wrappers: a page has thousands of
 * elements and a wrapper per visit costs more than the parse itself.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';

export type { AnyNode, Element, ParentNode };

/**
 * True for element nodes, including `<script>` and `<style>` (domhandler types those apart).
 *
 * @example
 * isElement(node) && node.name === 'p'
 */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** The text of a text node, or `undefined` for anything else. */
export function textData(node: AnyNode): string | undefined {
  return node.type === 'text' ? (node as { data: string }).data : undefined;
}

/** The child nodes of an element or document; an empty list for leaves. */
export function childrenOf(node: AnyNode): readonly AnyNode[] {
  return 'children' in node ? (node.children as AnyNode[]) : [];
}

/**
 * The `class` and `id` of an element in lower case, joined by a space: the string the
 * boilerplate hints are matched against.
 *
 * @example
 * classAndId(el) // => 'article_body content'
 */
export function classAndId(el: Element): string {
  const cls = el.attribs['class'] ?? '';
  const id = el.attribs['id'] ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}

/**
 * All text below a node, in document order, skipping elements for which `skip` is true.
 * `separator` goes between text nodes (a space keeps "14:05" and a following "12" apart).
 *
 * @example
 * textContent(el, (e) => e.name === 'script')
 */
export function textContent(node: AnyNode, skip?: (el: Element) => boolean, separator = ''): string {
  const out: string[] = [];
  // An explicit stack: malformed pages nest deeper than the call stack allows.
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const data = textData(n);
    if (data !== undefined) {
      out.push(data);
      continue;
    }
    if (isElement(n) && (n.type !== 'tag' || skip?.(n))) continue;
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.join(separator);
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000\ufeff]+/g, ' ').trim();
}

/**
 * Every element below `root` in document order (depth first, pre-order).
 *
 * @example
 * for (const el of descendants(doc)) if (el.name === 'meta') ...
 */
export function descendants(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    out.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** True when `ancestor` is `node` or one of its ancestors. */
export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** The parent element of a node, or `undefined` at the top of the tree. */
export function parentElement(node: AnyNode): Element | undefined {
  return isElement(node.parent) ? node.parent : undefined;
}

/**
 * Visits the elements below `root` in document order; when `visit` returns false, the
 * element's subtree is skipped. An explicit stack, for pages nested deeper than the call stack.
 *
 * @example
 * walkElements(doc, (el) => el.name !== 'nav');
 */
export function walkElements(root: AnyNode, visit: (el: Element) => boolean): void {
  const stack: AnyNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || !visit(node)) continue;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}
