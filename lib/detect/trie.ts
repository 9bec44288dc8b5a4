/**
 * A character trie for finding many literal keys in a text at once. A large regex
 * alternation is tried alternative by alternative at every position; a trie walks each
 * position once, so alias and cue-anchor lookup cost grows with the text, not the key count.
 */

interface Node {
  /** Children by UTF-16 code unit: no one-character string is made per step. */
  next: Map<number, Node>;
  /** Values of keys that end here. */
  values: number[];
}

/** Keys (already normalised by the caller) mapped to numeric values. */
export class Trie {
  private readonly root: Node = { next: new Map(), values: [] };

  /**
   * Adds a key. With `skippable`, those characters are left out of the key and skipped in the
   * text while matching (spaces and hyphens inside an alias are optional).
   */
  add(key: string, value: number): void {
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), values: [] };
        node.next.set(c, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Every key that starts at `at`, as `[end, value]` pairs, shortest first. Characters for
   * which `skip(c)` is true are stepped over (at most one in a row) without consuming a key
   * character.
   *
   * @example
   * const t = new Trie(); t.add('ab', 1); t.add('abc', 2);
   * t.matchAt('xabcd', 1); // [[3, 1], [4, 2]]
   */
  matchAt(text: string, at: number, skip?: (c: string) => boolean): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let node: Node | undefined = this.root;
    let i = at;
    let skipped = false;
    while (i < text.length) {
      const child: Node | undefined = node.next.get(text.charCodeAt(i));
      if (child === undefined) {
        if (skip !== undefined && !skipped && i > at && skip(text[i]!)) {
          skipped = true;
          i++;
          continue;
        }
        break;
      }
      node = child;
      skipped = false;
      i++;
      for (const v of node.values) out.push([i, v]);
    }
    return out;
  }

  /** True when some key starts with this character. */
  hasFirst(c: string): boolean {
    return this.root.next.has(c.charCodeAt(0));
  }

  /** True when some key starts with this UTF-16 code unit (no string needed). */
  hasFirstCode(code: number): boolean {
    return this.root.next.has(code);
  }
}
