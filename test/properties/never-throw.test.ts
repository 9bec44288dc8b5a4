/**
 * Property tests: the pure stages that read what strangers send never throw anything but
 * their typed errors (a `RadarError` with a stable code), whatever string or bytes they
 * are given. Runs are bounded so CI stays fast; the seed is printed on failure.
 * (The sentence splitter and the detector have their own properties, with a work bound,
 * in test/lib/detect/linear-time.test.ts.)
 */
import fc from 'fast-check';
import { isRadarError } from '../../lib/core/errors';
import { findDates } from '../../lib/detect/dates';
import { extractArticle } from '../../lib/extract';
import { parseFeed } from '../../lib/feeds';
import { boundText } from '../../lib/text/bound-text';
import { stripControlChars } from '../../lib/text/control-chars';
import { parseLooseDate } from '../../lib/text/dates';

const RUNS = { numRuns: 150 };

/** Markup pieces the parsers branch on, so random strings reach past the first check. */
const FEED_PIECES = [
  '<?xml version="1.0"?>', '<rss version="2.0">', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>',
  '<pubDate>', '</pubDate>', 'Tue, 05 Mar 2024 01:00:00 GMT', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '</entry>', '<link href="',
  '"/>', '<rdf:RDF>', '<urlset>', '<url><loc>', '</loc></url>', '{"version":"https://jsonfeed.org/version/1.1","items":[', ']}', '{"url":"', '"}',
  '<![CDATA[', ']]>', '&amp;', '&nbsp;', '&#xD800;', '&lt;p&gt;', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', 'http://example.com/a', '/rel',
  '한빛전자', ' ', '\n', '<', '>', '"', "'", '\u0000', '\u001b', '\ufeff',
];
const PAGE_PIECES = [
  '<!doctype html>', '<html lang="ko">', '<head>', '</head>', '<meta charset="euc-kr">', '<meta property="article:published_time" content="', '2024-03-05T09:00:00+09:00',
  '">', '<script type="application/ld+json">', '{"@type":"NewsArticle","datePublished":"2024-03-05","headline":"x"}', '</script>', '<body>', '<article>', '</article>',
  '<p>', '</p>', '<div class="article-body">', '</div>', '<h1>', '</h1>', '입력 2024.03.05 09:00', '기사입력 : 2024-03-05 오전 9:05:01', '한빛전자가 공장을 착공했다.',
  'The plant opened.', '<br>', '<table><tr><td>', '</td></tr></table>', '<!--', '-->', '&amp;', '\u001b]0;x\u0007', '<', '>', ' ', '\n',
];
const DATE_PIECES = ['2024', '-', '03', '.', '5', '년', '월', '일', '오전', '오후', ' ', ':', 'T', 'Z', '+09:00', 'GMT', 'Tue,', 'Mar', 'KST', '지난해', '내년', '상반기', '1분기', '~', '3~6월', 'next', 'year', 'Q3', 'late', 'early', '99999999', '0', '/', '\u0000'];

const joined = (pieces: readonly string[], max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((parts) => parts.join(''));
const anyText = (pieces: readonly string[], max: number) => fc.oneof(joined(pieces, max), fc.string({ unit: 'binary', maxLength: 2_000 }), fc.string({ maxLength: 500 }));
const anyBytes = fc.uint8Array({ maxLength: 4_000 });

/** Runs `fn`; an error must be one of ours. */
function onlyTypedErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!isRadarError(error)) throw new Error(`untyped error: ${String(error)}`, { cause: error });
  }
}

describe('never anything but a typed error', () => {
  it('the feed parsers, on any string', () => {
    fc.assert(
      fc.property(anyText(FEED_PIECES, 120), fc.constantFrom(undefined, 'application/rss+xml', 'text/html', 'application/json'), (text, contentType) => {
        onlyTypedErrors(() => parseFeed(text, { url: 'http://example.com/feed', contentType, lang: 'ko' }));
      }),
      RUNS,
    );
  });

  it('the feed parsers, on any bytes', () => {
    fc.assert(fc.property(anyBytes, (bytes) => onlyTypedErrors(() => parseFeed(bytes, { url: 'http://example.com/feed' }))), RUNS);
  });

  it('the extractor, on any string or bytes', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(PAGE_PIECES, 120), anyBytes), (input) => {
        onlyTypedErrors(() => {
          const article = extractArticle(input, { url: 'http://example.com/a', defaultLang: 'ko' });
          expect(typeof article.text).toBe('string');
          if (article.publishedAt !== null) expect(Number.isNaN(Date.parse(article.publishedAt))).toBe(false);
        });
      }),
      RUNS,
    );
  });

  it('the date readers, on any string', () => {
    fc.assert(
      fc.property(anyText(DATE_PIECES, 40), fc.constantFrom('ko' as const, 'en' as const), (text, lang) => {
        onlyTypedErrors(() => {
          const iso = parseLooseDate(text, { defaultOffset: lang === 'ko' ? 'Asia/Seoul' : 'Z', now: '2024-03-05T03:00:00Z' });
          if (iso !== null) expect(Number.isNaN(Date.parse(iso))).toBe(false);
          for (const mention of findDates(text, '2024-03-05', lang)) {
            expect(mention.from <= mention.to).toBe(true);
            expect(text.slice(mention.index, mention.end).length).toBeGreaterThan(0);
          }
        });
      }),
      RUNS,
    );
  });
});

describe('text bounds on any input', () => {
  it('boundText never lets a line pass the cap, keeps every non-space character in order, and stops at maxChars', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3_000 }), fc.integer({ min: 2, max: 300 }), fc.integer({ min: 1, max: 4_000 }), (text, max, maxChars) => {
        const bounded = boundText(text, { maxChars, maxSentenceChars: max });
        for (const line of bounded.text.split('\n')) expect(line.length).toBeLessThanOrEqual(max);
        const kept = bounded.text.replace(/[\s\u3000]/g, '');
        const source = text.slice(0, maxChars).replace(/[\s\u3000]/g, '');
        expect(source.startsWith(kept.slice(0, Math.max(0, kept.length - 1)))).toBe(true);
        expect(bounded.truncated).toBe(text.length > maxChars);
      }),
      RUNS,
    );
  });

  it('stripControlChars leaves nothing a terminal acts on, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const clean = stripControlChars(text);
        // eslint-disable-next-line no-control-regex
        expect(clean).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(stripControlChars(clean)).toBe(clean);
      }),
      RUNS,
    );
  });
});

describe('hostile XML', () => {
  const feed = (doctype: string, title: string) =>
    `<?xml version="1.0"?>\n${doctype}\n<rss version="2.0"><channel><title>t</title><item><title>${title}</title><link>http://example.com/1</link></item></channel></rss>`;

  it('never reads an external entity (XXE)', () => {
    const parsed = parseFeed(feed('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 'a &xxe; b'), { url: 'http://example.com/feed' });
    expect(parsed.items[0]!.title).not.toMatch(/root:/);
  });

  it('never expands nested entities (billion laughs)', () => {
    const levels = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)];
    const parsed = parseFeed(feed(`<!DOCTYPE rss [${levels.join('')}]>`, '&l9;'), { url: 'http://example.com/feed' });
    expect(parsed.items[0]!.title.length).toBeLessThan(1_000);
  });
});
