import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FeedParseError } from '../../../lib/core/errors';
import { parseFeed } from '../../../lib/feeds';

const rss = (items: string, channel = '<title>T</title>') => `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;

function refusal(input: string | Uint8Array, options = {}): FeedParseError {
  try {
    parseFeed(input, options);
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('expected a FeedParseError');
}

describe('parseFeed: format detection', () => {
  it.each([
    ['<rss version="2.0"><channel><item><link>https://a.example/1</link></item></channel></rss>', 'rss'],
    ['<channel><item><link>https://a.example/1</link></item></channel>', 'rss'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://a.example/1"/></entry></feed>', 'atom'],
    ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:entry><atom:link href="https://a.example/1"/></atom:entry></atom:feed>', 'atom'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="https://a.example/1"><title>x</title></item></rdf:RDF>', 'rdf'],
    ['<urlset><url><loc>https://a.example/1</loc></url></urlset>', 'sitemap'],
    ['{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"https://a.example/1"}]}', 'jsonfeed'],
  ])('%s is %s', (doc, format) => {
    const feed = parseFeed(doc);
    expect(feed.format).toBe(format);
    expect(feed.items.map((i) => i.url)).toEqual(['https://a.example/1']);
  });

  it('trusts the content, not the declared kind or Content-Type', () => {
    const feed = parseFeed(rss('<item><link>https://a.example/1</link></item>'), {
      contentType: 'text/html; charset=utf-8',
      selectors: { item: 'li', title: 'a', link: 'a' },
    });
    expect(feed.format).toBe('rss');
  });

  it('skips junk before the feed (a PHP notice printed by the server)', () => {
    const feed = parseFeed(`Notice: Undefined index: <b>lang</b> in /var/www/rss.php on line 3\n${rss('<item><link>https://a.example/1</link></item>')}`);
    expect(feed.items).toHaveLength(1);
  });
});

describe('parseFeed: refusals are FeedParseError with a one-line reason', () => {
  it.each([
    ['', /empty/],
    ['   \n', /empty/],
    ['Service unavailable', /no markup/],
    ['<html><head><title>Object Moved</title></head><body>moved</body></html>', /^not a feed: looks like an HTML page \(<title>Object Moved<\/title>\)/],
    ['<head><title>Document Moved</title></head><body><h1>Object Moved</h1></body>', /HTML page \(<title>Document Moved<\/title>\)/],
    ['{"items": 3, "error": "x"}', /JSON without/],
    ['{not json', /invalid JSON/],
    ['<sitemapindex><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>', /sitemap index of 1 sitemaps/],
    ['<?xml version="1.0"?><Error><Code>NoSuchKey</Code></Error>', /unknown root element/],
  ])('%p', (doc, reason) => {
    const error = refusal(doc);
    expect(error.code).toBe('RADAR_FEED_PARSE');
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain('\n');
  });

  it('never lets anything but FeedParseError escape, whatever the input is cut to', () => {
    const dir = join(__dirname, '../../fixtures/feeds');
    const docs = readdirSync(dir)
      .filter((n) => /\.(xml|html)$/.test(n))
      .map((n) => readFileSync(join(dir, n), 'utf8'));
    for (const doc of docs) {
      for (let cut = 0; cut < doc.length; cut += 37) {
        try {
          parseFeed(doc.slice(0, cut), { selectors: { item: 'li', title: 'a', link: 'a' } });
        } catch (error) {
          expect(error).toBeInstanceOf(FeedParseError);
        }
      }
    }
  });
});

describe('parseFeed: items', () => {
  it('drops items with no link unless the guid is an absolute URL', () => {
    const feed = parseFeed(
      rss(
        '<item><title>a</title><guid>https://a.example/g</guid></item>' +
          '<item><title>b</title><guid isPermaLink="false">12345</guid></item>' +
          '<item><title>c</title></item>',
      ),
      { url: 'https://a.example/rss' },
    );
    // The opaque guid "12345" is never resolved against the feed URL.
    expect(feed.items.map((i) => i.url)).toEqual(['https://a.example/g']);
  });

  it('keeps linkless items with keepLinkless, with an empty url, but never empty ones', () => {
    const feed = parseFeed(rss('<item><title>a</title></item><item><description>년</description></item><item></item>'), { keepLinkless: true });
    expect(feed.items).toEqual([
      { title: 'a', url: '', publishedAt: null, summary: '' },
      { title: '년', url: '', publishedAt: null, summary: '년' },
    ]);
  });

  it('keeps the first of repeated items (same canonical URL)', () => {
    const feed = parseFeed(rss('<item><title>first</title><link>https://a.example/1?utm_source=x</link></item><item><title>again</title><link>https://A.example/1#c</link></item>'));
    expect(feed.items.map((i) => i.title)).toEqual(['first']);
  });

  it('resolves relative links against the fetch URL, else the channel link', () => {
    const doc = rss('<item><link>/news/1</link></item>', '<title>T</title><link>https://site.example/home/</link>');
    expect(parseFeed(doc).items[0]?.url).toBe('https://site.example/news/1');
    expect(parseFeed(doc, { url: 'https://feeds.example/rss' }).items[0]?.url).toBe('https://feeds.example/news/1');
  });

  it('reads zone-less dates in defaultTimeZone, else the lang zone, else the feed language, else UTC', () => {
    const doc = (lang: string) => rss('<item><link>https://a.example/1</link><pubDate>2023-11-24 14:05</pubDate></item>', `<title>T</title>${lang}`);
    expect(parseFeed(doc('')).items[0]?.publishedAt).toBe('2023-11-24T14:05:00.000Z');
    expect(parseFeed(doc('<language>ko-KR</language>')).items[0]?.publishedAt).toBe('2023-11-24T05:05:00.000Z');
    expect(parseFeed(doc(''), { lang: 'ko' }).items[0]?.publishedAt).toBe('2023-11-24T05:05:00.000Z');
    expect(parseFeed(doc('<language>ko</language>'), { defaultTimeZone: 'Europe/London' }).items[0]?.publishedAt).toBe('2023-11-24T14:05:00.000Z');
    // An explicit zone in the date always wins.
    expect(parseFeed(rss('<item><link>https://a.example/1</link><pubDate>Fri, 24 Nov 2023 14:05:00 GMT</pubDate></item>'), { lang: 'ko' }).items[0]?.publishedAt).toBe(
      '2023-11-24T14:05:00.000Z',
    );
  });

  it('strips a Google News publisher suffix only when <source> names it', () => {
    const item = (title: string, source: string) => `<item><title>${title}</title><link>https://news.google.com/rss/articles/x${title.length}</link><source url="https://p.example">${source}</source></item>`;
    const feed = parseFeed(rss(item('평택 P4 착공 - 전자신문', '전자신문') + item('Plant - phase 2 on hold - The Herald', 'The Herald') + item('A - B', 'C')));
    expect(feed.items.map((i) => i.title)).toEqual(['평택 P4 착공', 'Plant - phase 2 on hold', 'A - B']);
  });

  it('caps summaries at 1000 characters', () => {
    const long = '가나다라마 '.repeat(400);
    const feed = parseFeed(rss(`<item><link>https://a.example/1</link><description>${long}</description></item>`));
    expect(feed.items[0]?.summary.length).toBeLessThanOrEqual(1000);
    expect(feed.items[0]?.summary.endsWith('…')).toBe(true);
  });

  it('reads mis-cased RSS element names', () => {
    const feed = parseFeed('<RSS><CHANNEL><ITEM><TITLE>x</TITLE><LINK>https://a.example/1</LINK><PUBDATE>Fri, 24 Nov 2023 14:05:00 GMT</PUBDATE></ITEM></CHANNEL></RSS>');
    expect(feed.items[0]).toEqual({ title: 'x', url: 'https://a.example/1', publishedAt: '2023-11-24T14:05:00.000Z', summary: '' });
  });
});

describe('parseFeed: bytes', () => {
  it('decodes a declared EUC-KR feed', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="euc-kr"?>${rss('<item><title>착공</title><link>https://a.example/1</link></item>', '<title>년</title>')}`, 'cp949');
    const feed = parseFeed(bytes);
    expect(feed.title).toBe('년');
    expect(feed.items[0]?.title).toBe('착공');
  });

  it('uses the Content-Type charset when the document declares none', () => {
    const bytes = iconv.encode(rss('<item><title>准工</title><link>https://a.example/1</link></item>'), 'gb2312');
    expect(parseFeed(bytes, { contentType: 'application/rss+xml; charset=gb2312' }).items[0]?.title).toBe('准工');
  });

  it('falls back to Windows-1252 for undeclared bytes that are not Korean', () => {
    const bytes = iconv.encode(rss('<item><title>Usina de São Paulo é concluída</title><link>https://a.example/1</link></item>'), 'latin1');
    expect(parseFeed(bytes).items[0]?.title).toBe('Usina de São Paulo é concluída');
  });
});
