import { normaliseFeed, stripPublisher } from '../../../lib/feeds/normalise';

describe('stripPublisher', () => {
  it.each([
    ['Samsung breaks ground on P5 - The Korea Herald', 'The Korea Herald', 'Samsung breaks ground on P5'],
    ['평택 P4 착공 – 전자신문', '전자신문', '평택 P4 착공'],
    ['Plant - phase 2 - Reuters', 'Reuters', 'Plant - phase 2'],
    ['Reuters', 'Reuters', 'Reuters'],
    ['- Reuters', 'Reuters', '- Reuters'],
    ['Plant delayed - Reuters.com', 'Reuters', 'Plant delayed - Reuters.com'],
    ['Plant delayed', '', 'Plant delayed'],
  ])('%p minus %p', (title, publisher, expected) => {
    expect(stripPublisher(title, publisher)).toBe(expected);
  });
});

describe('normaliseFeed', () => {
  it('titles an untitled item with the start of its summary', () => {
    const feed = normaliseFeed(
      { title: '', items: [{ title: '', links: ['https://a.example/1'], dates: [], summary: `<p>${'word '.repeat(40)}</p>` }] },
      { format: 'rss', defaultOffset: 'Z' },
    );
    expect(feed.items[0]?.title.length).toBeLessThanOrEqual(80);
    expect(feed.items[0]?.title.startsWith('word word')).toBe(true);
  });

  it('takes the first date candidate that parses', () => {
    const feed = normaliseFeed(
      { title: '', items: [{ title: 'x', links: ['https://a.example/1'], dates: [undefined, 'soon', '2023-11-24T00:00:00Z'], summary: '' }] },
      { format: 'rss', defaultOffset: 'Z' },
    );
    expect(feed.items[0]?.publishedAt).toBe('2023-11-24T00:00:00.000Z');
  });

  it('prefers an item base (xml:base) over the feed base', () => {
    const feed = normaliseFeed(
      { title: '', link: 'https://site.example/', items: [{ title: 'x', links: ['p/1'], base: 'https://other.example/dir/', dates: [], summary: '' }] },
      { format: 'atom', defaultOffset: 'Z' },
    );
    expect(feed.items[0]?.url).toBe('https://other.example/dir/p/1');
  });
});
