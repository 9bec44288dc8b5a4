/**
 * Turns the chosen article elements into paragraphs of plain text.
 *
 * A block element ends a paragraph; `<br><br>` (with only white space between) ends one
 * too, because Korean news pages often put the whole story directly in a `<div>` with
 * double line breaks instead of `<p>`; a single `<br>` is a line break inside a paragraph.
 */
import { NEVER_TEXT_TAGS } from './boilerplate-rules';
import { type AnyNode, type Element, childrenOf, isElement, textData } from './dom';
import { BLOCK_TAGS } from './text-stats';

class ParagraphBuilder {
  readonly paragraphs: string[] = [];
  private current = '';

  text(data: string, pre: boolean): void {
    this.current += pre ? data : data.replace(/[\s\u00a0\u200b\u3000\ufeff]+/g, ' ');
  }

  lineBreak(): void {
    // A second break with nothing but spaces since the first one ends the paragraph.
    if (/\n *$/.test(this.current)) this.end();
    else this.current += '\n';
  }

  end(): void {
    const lines = this.current
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0\u200b\u3000\ufeff]+/g, ' ').trim())
      .filter((line) => line.length > 0);
    if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
    this.current = '';
  }
}

/**
 * Renders elements (in the given order) to paragraphs, skipping `dropped` ones. The walk
 * keeps its own stack: malformed pages nest deeper than the call stack allows.
 *
 * @example
 * renderParagraphs([articleEl], new Set()) // => ['First paragraph.', 'Second.']
 */
export function renderParagraphs(roots: readonly Element[], dropped: ReadonlySet<Element>): string[] {
  interface Frame {
    node: AnyNode;
    pre: boolean;
    block: boolean;
    next: number;
  }
  const out = new ParagraphBuilder();
  for (const root of roots) {
    const stack: Frame[] = [];
    const enter = (node: AnyNode, pre: boolean): void => {
      const data = textData(node);
      if (data !== undefined) {
        out.text(data, pre);
        return;
      }
      if (!isElement(node) || node.type !== 'tag' || dropped.has(node)) return;
      const name = node.name;
      if (name === 'br') {
        out.lineBreak();
        return;
      }
      if (NEVER_TEXT_TAGS.has(name)) return;
      const block = BLOCK_TAGS.has(name);
      if (block) out.end();
      stack.push({ node, pre: pre || name === 'pre', block, next: 0 });
    };
    enter(root, false);
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      const kids = childrenOf(f.node);
      if (f.next < kids.length) {
        enter(kids[f.next++]!, f.pre);
        continue;
      }
      stack.pop();
      if (f.block) out.end();
    }
    out.end();
  }
  return out.paragraphs;
}
