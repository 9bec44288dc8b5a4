import { repairXml } from '../../../lib/feeds/xml-repair';

describe('repairXml', () => {
  it.each([
    ['\n\n  <?xml version="1.0"?><rss/>', '<?xml version="1.0"?><rss/>'],
    ['\ufeff<rss/>', '<rss/>'],
    ['<a><b><![CDATA[x]]></b></a>', '<a><b><![CDATA[x]]></b></a>'],
    // closed where its element ends
    ['<a><b><![CDATA[x</b><c><![CDATA[y]]></c></a>', '<a><b><![CDATA[x]]></b><c><![CDATA[y]]></c></a>'],
    // cut inside the section: closed at the end
    ['<a><b><![CDATA[partial text', '<a><b><![CDATA[partial text]]>'],
    // cut inside a tag: the fragment goes
    ['<a><b>x</b><c', '<a><b>x</b>'],
    ['<item><title><![CD\r\n', '<item><title>'],
    ['no markup', ''],
  ])('%p -> %p', (input, output) => {
    expect(repairXml(input)).toBe(output);
  });

  it('drops an unclosed section whose element is never closed, up to the next section', () => {
    expect(repairXml('<a><b><![CDATA[lost <c>x</c><d><![CDATA[kept]]></d>')).toBe('<a><b><d><![CDATA[kept]]></d>');
  });
});
