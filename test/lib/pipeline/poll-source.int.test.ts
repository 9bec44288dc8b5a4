/**
 * pollSource against a loopback news site (real fetcher, parser, extractor, detector) and
 * dynalite: the bounds on one poll, the time budget, hostile text, dates.
 */
import { parseConfig } from '../../../lib/config/load';
import type { RadarConfig } from '../../../lib/config/schema';
import type { Detector } from '../../../lib/detect';
import { createDetector } from '../../../lib/detect';
import { pollSource, type PollDeps } from '../../../lib/pipeline/poll-source';
import { documentClient } from '../../../lib/runtime/aws-clients';
import { pollLimits } from '../../../lib/runtime/deps';
import { createDynamoStore, type DynamoRadarStore } from '../../../lib/store/dynamo-store';
import { createFetcherFromConfig } from '../../../lib/runtime/fetcher';
import type { Fetcher } from '../../../lib/core/ports';
import type { Source } from '../../../lib/core/types';
import { startLocalTable, type LocalTable } from '../store/local-table';
import { startNewsSite, type NewsSite, type SiteArticle } from '../../support/news-site';

// Loopback pages and a real detector: seconds on a busy machine, not milliseconds.
jest.setTimeout(60_000);

let site: NewsSite;
let table: LocalTable;
let config: RadarConfig;
let fetcher: Fetcher;
let detector: Detector;
let store: DynamoRadarStore;
let serial = 0;

const WATCHLIST = {
  orgs: [{ id: 'hanbit', names: ['한빛전자', 'Hanbit Electronics'] }],
  projects: [{ id: 'hanbit-cheongju-fab', org: 'hanbit', names: ['청주 3공장', 'Cheongju Fab 3'], kind: 'factory' }],
};

beforeAll(async () => {
  site = await startNewsSite();
  table = await startLocalTable();
  config = parseConfig({
    fetch: { userAgent: 'ProjectRadar-test/0.1 (+https://example.org)', minSpacingMs: 0, allowHosts: ['127.0.0.1'], timeoutMs: 5_000 },
    limits: { maxItemsPerPoll: 30, maxArticleChars: 50_000, maxSentenceChars: 600 },
    watchlist: WATCHLIST,
  });
  fetcher = createFetcherFromConfig(config);
  detector = createDetector(config.watchlist);
  // The production client (timeouts, the SDK's retries), not the helper's one-attempt client.
  store = createDynamoStore(documentClient(table.db.endpoint), table.tableName);
});
afterAll(async () => {
  await fetcher?.close();
  await site?.close();
  await table?.close();
});

function deps(over: Partial<PollDeps> = {}): PollDeps {
  return { fetcher, detector, store, now: () => new Date('2024-03-05T03:00:00Z'), minConfidence: 0.5, confirmBelow: 0, limits: pollLimits(config), ...over };
}

function source(over: Partial<Source> = {}): Source {
  const id = `src-${++serial}`;
  return { id, url: `${site.origin}/${id}/feed.xml`, kind: 'rss', lang: 'ko', fetchArticles: true, intervalMinutes: 15, ...over };
}

const started = (n: number): SiteArticle => ({
  path: `/a/${++serial}-${n}.html`,
  title: `한빛전자 청주 3공장 소식 ${n}`,
  paragraphs: ['한빛전자가 충북 청주에 짓는 청주 3공장 공사에 착수했다.', '회사는 2026년 하반기 양산을 목표로 하고 있다.'],
  pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT',
});

describe('pollSource bounds', () => {
  it('reads no more than maxItemsPerPoll items of a huge feed, and says how many it left', async () => {
    const s = source({ fetchArticles: false });
    site.publish(new URL(s.url).pathname, Array.from({ length: 500 }, (_, i) => ({ ...started(i), title: `단신 ${i}`, paragraphs: [`오늘의 단신 ${i}번.`] })));
    const report = await pollSource(s, deps());
    expect(report).toMatchObject({ outcome: 'ok', items: 30, itemsDropped: 470, newArticles: 30 });
  });

  it('turns a 400 KB sentence into bounded evidence, stores it, and records the source healthy', async () => {
    const s = source();
    const monster = `한빛전자가 청주 3공장 공사에 착수했다는 소식과 함께 ${'부품 공급망과 인력 수급 계획을 둘러싼 논의가 이어지는 가운데 '.repeat(12_000)}끝났다.`;
    const article: SiteArticle = { ...started(1), paragraphs: [monster, '한빛전자가 청주 3공장 공사에 착수했다.'] };
    site.publish(new URL(s.url).pathname, [article]);
    const report = await pollSource(s, deps());
    expect(report.outcome).toBe('ok');
    expect(report.itemFailures).toEqual([]);
    for (const event of report.events) expect(event.evidence.length).toBeLessThanOrEqual(600);
    expect(report.events.some((e) => e.status === 'CONSTRUCTION_STARTED')).toBe(true);
    expect(await store.getSourceState(s.id)).toMatchObject({ failures: 0, itemFailures: 0 });
  });

  it('strips control characters from stored titles and evidence', async () => {
    const s = source();
    const article: SiteArticle = { ...started(2), title: '청주 3공장\u001b]0;owned\u0007 착공', paragraphs: ['한빛전자가\u001b[2J 청주 3공장 공사에\u009b31m 착수했다.'] };
    site.publish(new URL(s.url).pathname, [article]);
    const report = await pollSource(s, deps());
    expect(report.events.length).toBeGreaterThan(0);
    const stored = await store.getProject('hanbit-cheongju-fab');
    const texts = [...report.events.map((e) => e.evidence), ...(stored?.events.map((e) => e.evidence) ?? []), stored?.state.evidence ?? ''];
    // eslint-disable-next-line no-control-regex
    for (const text of texts) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('records a failing page with its typed error and goes on with the other articles', async () => {
    const s = source();
    const good = started(3);
    const broken: SiteArticle = { ...started(4), status: 500 };
    site.publish(new URL(s.url).pathname, [broken, good]);
    const report = await pollSource(s, deps());
    expect(report.outcome).toBe('ok');
    expect(report.itemFailures).toEqual([expect.objectContaining({ url: `${site.origin}${broken.path}`, code: 'RADAR_FETCH_STATUS' })]);
    expect(await store.getSourceState(s.id)).toMatchObject({ failures: 0, itemFailures: 1, lastItemError: { code: 'RADAR_FETCH_STATUS' } });
  });

  it('goes on when the detector throws on one article', async () => {
    const s = source();
    const poison: SiteArticle = { ...started(5), title: 'POISON', paragraphs: ['POISON'] };
    site.publish(new URL(s.url).pathname, [poison, started(6)]);
    const throwing: Detector = { ...detector, detect: (input) => (input.title === 'POISON' ? (() => { throw new RangeError('boom'); })() : detector.detect(input)) };
    const report = await pollSource(s, deps({ detector: throwing }));
    expect(report.outcome).toBe('ok');
    expect(report.itemFailures.map((f) => f.code)).toEqual(['RADAR_INTERNAL']);
    expect(report.events.length).toBeGreaterThan(0);
  });
});

describe('pollSource time budget', () => {
  it('stops between batches at the deadline, keeps what it did, and finishes on the next poll without repeating it', async () => {
    const s = source();
    const articles = Array.from({ length: 12 }, (_, i) => ({ ...started(100 + i), delayMs: 150 }));
    site.publish(new URL(s.url).pathname, articles);
    // The deadline passes while the first batch of pages is being read.
    const options: { deadline?: number } = { deadline: Date.now() + 600_000 };
    const timing: Fetcher = { fetch: async (request) => ((options.deadline = Date.now()), fetcher.fetch(request)), close: async () => {} };
    const first = await pollSource(s, deps({ articleConcurrency: 2, fetcher: { ...timing, fetch: (request) => (request.url.endsWith('feed.xml') ? fetcher.fetch(request) : timing.fetch(request)) } }), options);
    expect(first.outcome).toBe('partial');
    expect(first.remaining).toBe(8); // one batch of 2 x 2 articles done
    const state = await store.getSourceState(s.id);
    expect(state).toMatchObject({ partial: true, itemsSeen: 12 - first.remaining! });

    const second = await pollSource(s, deps({ articleConcurrency: 2 }));
    expect(second).toMatchObject({ outcome: 'ok', newArticles: first.remaining });
    const pages = articles.map((a) => site.server.hits(a.path).length);
    expect(pages.every((n) => n === 1)).toBe(true); // every page read once, over two polls
  });

  it('a deadline already passed does nothing but say so', async () => {
    const s = source();
    site.publish(new URL(s.url).pathname, [started(200)]);
    const report = await pollSource(s, deps(), { deadline: Date.now() - 1 });
    expect(report).toMatchObject({ outcome: 'partial', remaining: 1, events: [] });
  });
});

describe('pollSource dates', () => {
  it('dates a Korean article of 08:30 KST by its Korean day', async () => {
    const s = source();
    const early: SiteArticle = { ...started(300), pubDate: 'Mon, 04 Mar 2024 23:30:00 GMT' }; // 08:30 KST on the 5th
    site.publish(new URL(s.url).pathname, [early]);
    const report = await pollSource(s, deps());
    expect(report.events.length).toBeGreaterThan(0);
    for (const event of report.events) expect(event.publishedAt).toBe('2024-03-05T08:30:00.000+09:00');
  });

  it('keeps an undated story on the timeline without letting it move a project', async () => {
    const projectId = 'hanbit-cheongju-fab';
        const before = await store.getProjectState(projectId);
    const s = source({ fetchArticles: false });
    const undated: SiteArticle = { path: `/a/undated-${++serial}.html`, title: '한빛전자 청주 3공장 계획 철회', paragraphs: ['한빛전자가 청주 3공장 건립 계획을 전면 철회했다.'] };
    site.publish(new URL(s.url).pathname, [undated]);
    const report = await pollSource(s, deps());
    expect(report.events.length).toBeGreaterThan(0);
    expect(report.events.every((e) => e.undated === true)).toBe(true);
    expect(report.changes).toEqual([]);
    expect(await store.getProjectState(projectId)).toEqual(before);
    expect(site.server.hits(undated.path)).toHaveLength(1); // the page was asked for its date
  });
});
