import { collapseWhitespace, decodeEntities, htmlToText, truncateText } from '../../../lib/text/html-text';

describe('htmlToText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a b'],
    ['Sam<b>sung</b> Electronics', 'Samsung Electronics'],
    ['line<br>break<br/>again', 'line break again'],
    ['<ul><li>one</li><li>two</li></ul>', 'one two'],
    ['AT&amp;T &mdash; &#8212; &#x2014; &nbsp;x', 'AT&T — — — x'],
    ['&lt;p&gt;escaped once&lt;/p&gt;', 'escaped once'],
    ['&amp;lt;p&amp;gt;escaped twice&amp;lt;/p&amp;gt;', 'escaped twice'],
    ['<script>var x = "<p>no</p>";</script>visible<style>p{}</style>', 'visible'],
    ['<!-- note -->kept<!-- unterminated', 'kept'],
    ['<![CDATA[<p>wrapped</p>]]>', 'wrapped'],
    ['<a href="/x" title="a > b">link</a> text', 'link text'],
    ['<img src="a.png" alt="사진">평택 4라인 착공', '평택 4라인 착공'],
    ['  용인\u00a0클러스터\u3000착공\u200b  ', '용인 클러스터 착공'],
    ['a < b and c > d', 'a < b and c > d'],
    ['&notanentity; &amp', '&notanentity; &amp'],
    ['Windows&#146; quote &#150; dash', 'Windows’ quote – dash'],
    ['nul&#0;and&#xD800;surrogate', 'nulandsurrogate'],
    ['', ''],
  ])('%p -> %p', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('keeps literal angle brackets of text that only mentions tags', () => {
    // No "&lt;" in the input, so nothing was escaped: a real tag is markup, a decoded one is not re-read.
    expect(htmlToText('Use the &lt;video&gt; element')).toBe('Use the <video> element');
  });

  it('is not fooled into a second pass by escaped text that is not markup', () => {
    expect(htmlToText('x &lt; y and y &gt; z')).toBe('x < y and y > z');
  });

  it('handles null and undefined', () => {
    expect(htmlToText(null)).toBe('');
    expect(htmlToText(undefined)).toBe('');
  });
});

describe('decodeEntities', () => {
  it('decodes HTML 4 names, numeric and hex references and leaves unknown names', () => {
    expect(decodeEntities('&eacute;&Eacute;&hellip;&euro;&#65;&#x41;&bogus;')).toBe('éÉ…€AA&bogus;');
  });
});

describe('collapseWhitespace', () => {
  it('folds runs and removes invisible characters', () => {
    expect(collapseWhitespace('\t a \r\n\r\n b\u00ad c\u200d ')).toBe('a b c');
  });
});

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('short', 10)).toBe('short');
  });
  it('cuts at a word boundary near the limit and adds an ellipsis', () => {
    expect(truncateText('SK hynix delays the Yongin fab', 20)).toBe('SK hynix delays the…');
  });
  it('cuts Korean text without spaces at the limit', () => {
    const out = truncateText('가'.repeat(30), 10);
    expect(out).toBe(`${'가'.repeat(9)}…`);
  });
  it('never splits a surrogate pair', () => {
    const out = truncateText(`${'a'.repeat(8)}😀😀`, 10);
    expect(out).toBe(`${'a'.repeat(8)}…`);
    expect(out.length).toBeLessThanOrEqual(10);
  });
});
