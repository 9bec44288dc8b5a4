/**
 * The chaos suite (`npm run test:faults`): one cycle over many sources at once on loopback,
 * most of them hostile: a server that never answers, a body that drips, a gzip bomb, a
 * redirect loop, 500s, garbage and binary bodies, an HTML page instead of a feed, a
 * 25,000-item feed, a page of one 400 KB sentence, a megabyte of text, slow pages and
 * control characters. Every healthy source must be fully processed and alerted once,
 * every faulty one recorded with its typed error, and nothing may crash.
 */
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseConfig } from '../../lib/config/load';
import type { Alert, AlertPublisher } from '../../lib/core/ports';
import type { Source } from '../../lib/core/types';
import { createDetector } from '../../lib/detect';
import { runCycle, type CycleDeps } from '../../lib/pipeline/run-cycle';
import { documentClient } from '../../lib/runtime/aws-clients';
import { pollLimits } from '../../lib/runtime/deps';
import { createDynamoStore } from '../../lib/store/dynamo-store';
import { createFetcherFromConfig } from '../../lib/runtime/fetcher';
import { startLocalTable, type LocalTable } from '../lib/store/local-table';
import { page, rss, startNewsSite, type NewsSite, type SiteArticle } from '../support/news-site';

jest.setTimeout(180_000);

const HEALTHY = 8;
let site: NewsSite;
let table: LocalTable;

const hold = (_req: IncomingMessage, _res: ServerResponse) => {
  /* never answers */
};

beforeAll(async () => {
  site = await startNewsSite();
  table = await startLocalTable('chaos');
});
afterAll(async () => {
  site.server.requests.length = 0;
  await site?.close();
  await table?.close();
});

function healthyArticles(n: number): SiteArticle[] {
  return [
    { path: `/ok${n}/a.html`, title: `청주 ${n}공장 착공`, paragraphs: [`한빛전자가 충북 청주에 짓는 청주 ${n}공장 공사에 착수했다.`, '회사는 내년 하반기 양산을 목표로 한다.'], pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT' },
    { path: `/ok${n}/b.html`, title: `Plant ${n} update`, paragraphs: ['A routine update with no news in it.'], pubDate: 'Tue, 05 Mar 2024 02:00:00 GMT' },
  ];
}

describe('a cycle over hostile and healthy sources at once', () => {
  it('processes every healthy source fully, records every faulty one, alerts once, and stays up', async () => {
    const origin = site.origin;
    const sources: Source[] = [];
    const add = (id: string, path: string, over: Partial<Source> = {}) => sources.push({ id, url: `${origin}${path}`, kind: 'rss', lang: 'ko', fetchArticles: true, intervalMinutes: 15, ...over });

    for (let n = 1; n <= HEALTHY; n++) {
      site.publish(`/ok${n}/feed.xml`, healthyArticles(n));
      add(`ok-${n}`, `/ok${n}/feed.xml`);
    }

    // Whole-source faults: each must end as a failed source with a typed code.
    site.server.route('/never/feed.xml', hold);
    add('never-answers', '/never/feed.xml');
    site.server.route('/drip/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => res.write('<'), 100);
      res.on('close', () => clearInterval(timer));
    });
    add('drips', '/drip/feed.xml');
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    site.server.route('/bomb/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb));
    add('gzip-bomb', '/bomb/feed.xml');
    site.server.route('/loop/a', (_req, res) => res.writeHead(302, { location: '/loop/b' }).end());
    site.server.route('/loop/b', (_req, res) => res.writeHead(302, { location: '/loop/a' }).end());
    add('redirect-loop', '/loop/a');
    site.server.route('/500/feed.xml', (_req, res) => res.writeHead(500).end('boom'));
    add('server-error', '/500/feed.xml');
    site.server.route('/garbage/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256))));
    add('binary-garbage', '/garbage/feed.xml');
    site.server.route('/html/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page({ path: '/x', title: 'Not a feed', paragraphs: ['Just a page.'] })));
    add('html-not-feed', '/html/feed.xml');

    // Item-level hostility: the source is processed, within its bounds.
    const many: SiteArticle[] = Array.from({ length: 25_000 }, (_, i) => ({ path: `/many/${i}.html`, title: `단신 ${i}`, paragraphs: [`단신 ${i}번 기사.`], pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT' }));
    const manyFeed = rss(origin, many);
    site.server.route('/many/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(manyFeed));
    add('huge-feed', '/many/feed.xml', { fetchArticles: false });
    const monster = `한빛전자가 청주 9공장 공사에 착수했다는 소식과 함께 ${'부품 공급망과 인력 수급 계획을 둘러싼 논의가 이어지는 가운데 '.repeat(12_000)}끝났다.`;
    site.publish('/long/feed.xml', [{ path: '/long/a.html', title: '긴 문장', paragraphs: [monster], pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT' }]);
    add('long-sentence', '/long/feed.xml');
    site.publish('/mega/feed.xml', [{ path: '/mega/a.html', title: '긴 기사', paragraphs: Array.from({ length: 4_000 }, (_, i) => `${i}번째 문단은 공장 이야기와 무관한 일상 기록이다. 날씨가 맑았다.`), pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT' }]);
    add('megabyte-article', '/mega/feed.xml');
    site.publish('/slow/feed.xml', Array.from({ length: 6 }, (_, i) => ({ path: `/slow/${i}.html`, title: `느린 ${i}`, paragraphs: ['느린 기사.'], pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT' })));
    for (let i = 0; i < 6; i++) site.server.route(`/slow/${i}.html`, hold);
    add('slow-pages', '/slow/feed.xml');
    site.publish('/esc/feed.xml', [{ path: '/esc/a.html', title: '청주 10공장\u001b]0;owned\u0007 착공', paragraphs: ['한빛전자가\u001b[2J 청주 10공장 공사에 착수했다.\u0007'], pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT' }]);
    add('control-chars', '/esc/feed.xml');

    const config = parseConfig({
      fetch: { userAgent: 'ProjectRadar-test/0.1 (+https://example.org)', minSpacingMs: 0, allowHosts: ['127.0.0.1'], timeoutMs: 10_000, perHostConcurrency: 8, maxBytes: 16 * 1024 * 1024 },
      alerts: { confirmBelow: 0 },
      limits: { maxItemsPerPoll: 200 },
      watchlist: {
        orgs: [{ id: 'hanbit', names: ['한빛전자'] }],
        projects: Array.from({ length: 10 }, (_, i) => ({ id: `fab-${i + 1}`, org: 'hanbit', names: [`청주 ${i + 1}공장`], kind: 'factory' })),
      },
    });
    const fetcher = createFetcherFromConfig(config);
    const alerts: Alert[] = [];
    const publisher: AlertPublisher = { publish: async (alert) => void alerts.push(alert) };
    // The production client (timeouts, the SDK's retries), not the test helper's one-attempt client.
    const store = createDynamoStore(documentClient(table.db.endpoint), table.tableName);
    const deps: CycleDeps = { store, fetcher, detector: createDetector(config.watchlist), publisher, now: () => new Date('2024-03-05T06:00:00Z'), minConfidence: 0.5, confirmBelow: 0, limits: pollLimits(config), sourceConcurrency: 6 };

    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const report = await runCycle(sources, deps, { force: true });
    clearInterval(sampler);
    await fetcher.close();

    const byId = new Map(report.polled.map((r) => [r.sourceId, r]));
    expect(report.polled).toHaveLength(sources.length);

    for (let n = 1; n <= HEALTHY; n++) {
      const r = byId.get(`ok-${n}`)!;
      expect(r).toMatchObject({ outcome: 'ok', items: 2, newArticles: 2, itemFailures: [] });
      expect(r.changes.map((c) => c.projectId)).toEqual([`fab-${n}`]);
    }
    const failing = ['never-answers', 'drips', 'gzip-bomb', 'redirect-loop', 'server-error', 'binary-garbage', 'html-not-feed'];
    const states = new Map((await store.listSourceStates()).map((s) => [s.sourceId, s]));
    for (const id of failing) {
      expect({ id, outcome: byId.get(id)?.outcome }).toEqual({ id, outcome: 'failed' });
      expect(states.get(id)).toMatchObject({ failures: 1, lastError: { code: expect.stringMatching(/^RADAR_/) }, backoffUntil: expect.any(String) });
    }
    // A source expected to be processed: no error first (the message says which).
    for (const id of ['huge-feed', 'long-sentence', 'megabyte-article', 'slow-pages', 'control-chars']) expect({ id, error: byId.get(id)?.error }).toEqual({ id, error: undefined });
    expect(byId.get('huge-feed')).toMatchObject({ outcome: 'ok', items: 200, itemsDropped: 24_800 });
    expect(byId.get('long-sentence')).toMatchObject({ outcome: 'ok', itemFailures: [] });
    expect(byId.get('long-sentence')!.changes.map((c) => c.projectId)).toEqual(['fab-9']);
    expect(byId.get('megabyte-article')).toMatchObject({ outcome: 'ok', itemFailures: [] });
    expect(byId.get('slow-pages')!.itemFailures.map((f) => f.code)).toEqual(Array(6).fill(expect.stringMatching(/^RADAR_FETCH_/)));
    expect(states.get('slow-pages')).toMatchObject({ itemFailures: 6, lastItemError: { code: expect.stringMatching(/^RADAR_FETCH_/) } });
    const esc = byId.get('control-chars')!;
    expect(esc.changes.map((c) => c.projectId)).toEqual(['fab-10']);
    // eslint-disable-next-line no-control-regex
    for (const e of esc.events) expect(e.evidence).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);

    // Every change alerted once; the outbox is empty.
    expect(alerts.map((a) => a.change.id).sort()).toEqual(report.changes.map((c) => c.id).sort());
    expect(new Set(alerts.map((a) => a.change.id)).size).toBe(alerts.length);
    expect(await store.listOutbox()).toEqual([]);
    // Memory stays bounded: the 64 MB bomb and the 25,000-item feed are not held whole.
    expect(peakRss - rssBefore).toBeLessThan(400 * 1024 * 1024);
  });
});
