import { canonicalUrl, resolveUrl } from '../../../lib/text/canonical-url';
import { isTrackingParam } from '../../../lib/text/tracking-params';

describe('canonicalUrl', () => {
  it.each([
    // scheme and host lower-cased, default port removed, fragment dropped
    ['HTTPS://News.Example.COM:443/a/1#comments', 'https://news.example.com/a/1'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    // tracking parameters removed, the rest sorted by name, values untouched
    ['https://example.com/a?utm_source=rss&utm_medium=feed&b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['https://example.com/a?fbclid=IwAR0&gclid=x&ref=tw&from=rss&id=7', 'https://example.com/a?id=7'],
    ['https://example.com/a?UTM_Source=x&Page=2', 'https://example.com/a?Page=2'],
    ['https://www.heise.de/meldung/x-3088438.html?wt_mc=rss.developer.beitrag.atom', 'https://www.heise.de/meldung/x-3088438.html'],
    // repeated names keep their order; empty pieces vanish; nothing left means no "?"
    ['https://example.com/a?tag=b&x=1&tag=a', 'https://example.com/a?tag=b&tag=a&x=1'],
    ['https://example.com/a?&&utm_source=x&', 'https://example.com/a'],
    // article ids on Korean CMSs stay
    ['https://www.news.example/news/articleView.html?idxno=301245&from=rss', 'https://www.news.example/news/articleView.html?idxno=301245'],
    ['https://n.news.example/mnews/article/001/0014312345?sid=101', 'https://n.news.example/mnews/article/001/0014312345?sid=101'],
    // encoded characters, IDNA and whitespace around the link
    ['  https://example.com/%EC%B0%A9%EA%B3%B5?q=%ED%95%9C \n', 'https://example.com/%EC%B0%A9%EA%B3%B5?q=%ED%95%9C'],
    ['https://한국.example/기사', 'https://xn--3e0b707e.example/%EA%B8%B0%EC%82%AC'],
    // hash-bang routes select the page and are kept
    ['https://example.com/#!/article/3', 'https://example.com/#!/article/3'],
    // protocol-relative without a base: https
    ['//cdn.example.com/a', 'https://cdn.example.com/a'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it.each([
    ['../2023/11/24/plant.html', 'https://example.com/feeds/rss.xml', 'https://example.com/2023/11/24/plant.html'],
    ['/news/1?utm_source=x', 'https://example.com/feeds/rss.xml', 'https://example.com/news/1'],
    ['//other.example/a', 'http://example.com/', 'http://other.example/a'],
    ['https://abs.example/a', 'https://example.com/', 'https://abs.example/a'],
    // a base that is a file path is ignored, absolute links still work
    ['https://abs.example/a', 'feeds/local.xml', 'https://abs.example/a'],
  ])('%s against %s -> %s', (input, base, expected) => {
    expect(canonicalUrl(input, base)).toBe(expected);
  });

  it.each([[''], ['   '], ['relative/path'], ['mailto:desk@example.com'], ['javascript:void(0)'], ['data:text/html,x'], ['ftp://example.com/a'], ['http://'], [null], [undefined]])(
    'rejects %p',
    (input) => {
      expect(canonicalUrl(input)).toBeNull();
    },
  );

  it('gives one key for the same article shared three ways', () => {
    const keys = new Set(
      [
        'https://www.example.com/a/1?utm_source=newsletter&utm_medium=email',
        'https://WWW.EXAMPLE.COM/a/1?fbclid=abc#top',
        'https://www.example.com:443/a/1',
      ].map((u) => canonicalUrl(u)),
    );
    expect(keys.size).toBe(1);
  });
});

describe('resolveUrl', () => {
  it('resolves without canonicalising', () => {
    expect(resolveUrl('/a?utm_source=x#f', 'https://example.com/feed')).toBe('https://example.com/a?utm_source=x#f');
  });
  it('returns null for non-http schemes and unresolvable relatives', () => {
    expect(resolveUrl('mailto:a@b.example')).toBeNull();
    expect(resolveUrl('a/b')).toBeNull();
  });
});

describe('isTrackingParam', () => {
  it.each([['utm_content'], ['UTM_TERM'], ['fbclid'], ['mc_eid'], ['pk_campaign'], ['wt_mc']])('%s is tracking', (name) => {
    expect(isTrackingParam(name)).toBe(true);
  });
  it.each([['id'], ['idxno'], ['no'], ['aid'], ['oid'], ['sid'], ['p'], ['page'], ['q'], ['utm']])('%s is not', (name) => {
    expect(isTrackingParam(name)).toBe(false);
  });
});
