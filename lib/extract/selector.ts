/**
 * A matcher for the simple CSS selectors that the container rules use: `tag`, `#id`,
 * `.class`, `[attr]`, `[attr="value"]`, compounds of them, `,` lists and the descendant
 * combinator. All rules are matched in one walk over the page; a general CSS engine
 * walked the page once per rule and cost a fifth of the extraction time.
 */
import { InputError } from '../core/errors';
import { type AnyNode, type Element, childrenOf, isElement, parentElement } from './dom';

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attrs: Array<{ name: string; value?: string }>;
}

/** One selector of a list: compounds from the outermost ancestor to the element itself. */
type Chain = Compound[];

const TOKEN = /\s*(?:([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\])/y;

function parseCompound(text: string): Compound {
  const compound: Compound = { classes: [], attrs: [] };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text))) {
    if (m[1]) compound.tag = m[1].toLowerCase();
    else if (m[2]) compound.id = m[2];
    else if (m[3]) compound.classes.push(m[3]);
    else if (m[4]) compound.attrs.push({ name: m[4].toLowerCase(), value: m[5] ?? m[6] ?? m[7] });
  }
  if (TOKEN.lastIndex !== text.length) throw new InputError(`unsupported selector "${text}"`);
  return compound;
}

/**
 * Compiles a selector list.
 *
 * @example
 * const chains = compileSelector('#dic_area, div.article_view, [itemprop="articleBody"]');
 */
export function compileSelector(selector: string): Chain[] {
  return selector
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => part.split(/\s+/).map(parseCompound));
}

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.name !== c.tag) return false;
  const a = el.attribs;
  if (c.id && a['id'] !== c.id) return false;
  if (c.classes.length > 0) {
    const cls = a['class'];
    if (!cls) return false;
    const have = cls.split(/\s+/);
    if (!c.classes.every((name) => have.includes(name))) return false;
  }
  for (const { name, value } of c.attrs) {
    const v = a[name];
    if (v === undefined || (value !== undefined && v !== value)) return false;
  }
  return true;
}

/** True when `el` matches one of the chains. */
export function matches(el: Element, chains: readonly Chain[]): boolean {
  return chains.some((chain) => {
    const last = chain[chain.length - 1];
    if (!last || !matchesCompound(el, last)) return false;
    let i = chain.length - 2;
    for (let p = parentElement(el); p && i >= 0; p = parentElement(p)) if (matchesCompound(p, chain[i]!)) i--;
    return i < 0;
  });
}

/** The key an element must have for a chain to be worth checking: its last compound's most specific part. */
function keyOf(chain: Chain): string {
  const last = chain[chain.length - 1]!;
  if (last.id) return `#${last.id}`;
  if (last.classes[0]) return `.${last.classes[0]}`;
  if (last.attrs[0]) return `[${last.attrs[0].name}`;
  return last.tag ?? '*';
}

/**
 * For each compiled selector list, the elements below `root` that match it, in document
 * order. Chains are indexed by id, class, attribute or tag, so each element is checked
 * only against the few chains that could match it.
 *
 * @example
 * const [bodies, articles] = selectAll(doc, [compileSelector('#articleBody'), compileSelector('article')]);
 */
export function selectAll(root: AnyNode, lists: readonly (readonly Chain[])[]): Element[][] {
  const index = new Map<string, Array<{ list: number; chain: Chain }>>();
  lists.forEach((chains, list) => {
    for (const chain of chains) {
      const k = keyOf(chain);
      const bucket = index.get(k) ?? [];
      bucket.push({ list, chain });
      index.set(k, bucket);
    }
  });
  const found: Element[][] = lists.map(() => []);
  // The lists an element matched; most elements match none, so nothing is allocated for them.
  let hit: number[] = [];
  const check = (el: Element, k: string): void => {
    const bucket = index.get(k);
    if (!bucket) return;
    for (const { list, chain } of bucket) if (!hit.includes(list) && matches(el, [chain])) hit.push(list);
  };
  const stack: AnyNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || node.type !== 'tag') continue;
    const a = node.attribs;
    check(node, node.name);
    check(node, '*');
    if (a['id']) check(node, `#${a['id']}`);
    if (a['class']) for (const c of a['class'].split(/\s+/)) if (c) check(node, `.${c}`);
    for (const name in a) check(node, `[${name}`);
    if (hit.length > 0) {
      for (const list of hit) found[list]!.push(node);
      hit = [];
    }
    const kids = node.children;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return found;
}
