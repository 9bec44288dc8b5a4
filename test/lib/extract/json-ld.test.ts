import { findArticles, parseJsonLd } from '../../../lib/extract/json-ld';

describe('parseJsonLd', () => {
  it.each([
    ['plain JSON', '{"@type":"NewsArticle","headline":"A"}'],
    ['a trailing comma', '{"@type":"NewsArticle","headline":"A",}'],
    ['a raw line break inside a string', '{"@type":"NewsArticle","headline":"A\nB"}'],
    ['an HTML comment around it', '<!-- {"@type":"NewsArticle","headline":"A"} -->'],
    ['a CDATA wrapper', '/*<![CDATA[*/ {"@type":"NewsArticle","headline":"A"} /*]]>*/'],
  ])('reads %s', (_why, raw) => {
    expect(parseJsonLd(raw)).toMatchObject({ '@type': 'NewsArticle' });
  });

  it.each([[''], ['not json'], ['{"@type": ']])('gives undefined for %p', (raw) => {
    expect(parseJsonLd(raw)).toBeUndefined();
  });
});

describe('findArticles', () => {
  it('finds the article inside @graph, after a WebPage and a BreadcrumbList', () => {
    const found = findArticles([
      { '@graph': [{ '@type': 'WebPage', datePublished: '2023-11-20' }, { '@type': 'BreadcrumbList' }, { '@type': 'NewsArticle', headline: 'A', datePublished: '2023-11-24T14:05:00+09:00' }] },
    ]);
    expect(found[0]).toEqual({ type: 'NewsArticle', headline: 'A', datePublished: '2023-11-24T14:05:00+09:00' });
    expect(found[1]?.type).toBe('WebPage');
  });

  it('reads arrays of blocks, @type lists, mainEntity and publisher objects', () => {
    const found = findArticles([
      [{ '@type': 'Organization', name: 'X' }, { '@type': ['ReportageNewsArticle', 'Thing'], headline: ['B'], publisher: { '@type': 'Organization', name: 'Pub' } }],
      { '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting', name: 'C', inLanguage: 'ko-KR' } },
    ]);
    expect(found.map((a) => a.type)).toEqual(['ReportageNewsArticle', 'BlogPosting', 'WebPage']);
    expect(found[0]).toMatchObject({ headline: 'B', publisher: 'Pub' });
    expect(found[1]).toMatchObject({ name: 'C', inLanguage: 'ko-KR' });
  });

  it('decodes HTML references that CMSs leave in JSON-LD strings', () => {
    expect(findArticles([{ '@type': 'NewsArticle', headline: '누리랩스 &#039;누리-13B&#039; &quot;공개&quot; &amp; 시연' }])[0]?.headline).toBe('누리랩스 \'누리-13B\' "공개" & 시연');
  });

  it('ignores nodes that are not stories or pages', () => {
    expect(findArticles([{ '@type': 'Organization', name: 'X' }, { '@type': 'BreadcrumbList' }, 'text', null])).toEqual([]);
  });
});
