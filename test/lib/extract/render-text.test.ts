import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { renderParagraphs } from '../../../lib/extract/render-text';

function render(html: string, dropSelector?: string): string[] {
  const $ = load(html, null, false);
  const root = $('#root')[0] as Element;
  const dropped = new Set<Element>(dropSelector ? ($(dropSelector).toArray() as Element[]) : []);
  return renderParagraphs([root], dropped);
}

describe('renderParagraphs', () => {
  it('ends a paragraph at <br><br> and keeps a single <br> as a line break', () => {
    expect(render('<div id="root">첫 문단.<br><br>둘째 줄 하나<br>둘째 줄 둘<br> <br>\n셋째.</div>')).toEqual(['첫 문단.', '둘째 줄 하나\n둘째 줄 둘', '셋째.']);
  });

  it('ends a paragraph at every block element and joins inline elements without spaces', () => {
    expect(render('<div id="root"><p>삼성<b>전자</b>가 <a href="/x">발표</a>했다.</p><h2>소제목</h2><ul><li>하나</li><li>둘</li></ul>text after</div>')).toEqual([
      '삼성전자가 발표했다.',
      '소제목',
      '하나',
      '둘',
      'text after',
    ]);
  });

  it('collapses white space, keeps <pre> lines, and skips dropped and never-text elements', () => {
    expect(
      render('<div id="root"><p>  a\n\n  b\u00a0c </p><pre>x = 1\ny = 2</pre><script>var z;</script><div class="ad">buy</div><img alt="pic"></div>', '.ad'),
    ).toEqual(['a b c', 'x = 1\ny = 2']);
  });
});
