/**
 * Politeness: robots.txt (fetched once per origin, cached, obeyed) and per-host limits
 * (concurrency, spacing). Timing asserts are lower bounds only: timers never fire early,
 * so they cannot flake on a slow machine.
 */
import type { ServerResponse } from 'node:http';
import { sleep, startTestServer, type TestServer } from './support/test-server';
import { fetchError, testFetcher } from './support/test-fetcher';
import type { Fetcher } from '../../../lib/core/ports';

let server: TestServer;
const fetchers: Fetcher[] = [];

function fetcherFor(...args: Parameters<typeof testFetcher>): Fetcher {
  const fetcher = testFetcher(...args);
  fetchers.push(fetcher);
  return fetcher;
}

const ok = (body: string) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
};

function robots(text: string) {
  return (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(text);
  };
}

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  await server.close();
});

describe('robots.txt', () => {
  it('refuses a disallowed path without requesting it, and allows the rest', async () => {
    server.route('/robots.txt', robots('User-agent: *\nDisallow: /private\n'));
    server.route('/private/report', ok('secret'));
    server.route('/news/1', ok('news'));
    const fetcher = fetcherFor();

    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/private/report` }));
    expect(error).toMatchObject({ code: 'RADAR_FETCH_ROBOTS', retryable: false });
    expect(server.hits('/private/report')).toHaveLength(0);
    expect((await fetcher.fetch({ url: `${server.origin}/news/1` })).body.toString()).toBe('news');
  });

  it('lets the longer Allow win over a shorter Disallow, and obeys a group naming our product token', async () => {
    server.route(
      '/robots.txt',
      robots(['User-agent: RadarTest', 'Disallow: /news/', 'Allow: /news/2024/', '', 'User-agent: *', 'Disallow: /'].join('\n')),
    );
    server.route('/news/2024/a', ok('allowed'));
    server.route('/news/2023/a', ok('old'));
    const fetcher = fetcherFor();

    expect((await fetcher.fetch({ url: `${server.origin}/news/2024/a` })).body.toString()).toBe('allowed');
    expect((await fetchError(fetcher.fetch({ url: `${server.origin}/news/2023/a` }))).code).toBe('RADAR_FETCH_ROBOTS');
  });

  it('fetches robots.txt once per origin, even for concurrent requests, with our user agent', async () => {
    server.route('/robots.txt', robots('User-agent: *\nAllow: /\n'));
    for (const p of ['/a', '/b', '/c']) server.route(p, ok(p));
    const fetcher = fetcherFor();

    await Promise.all(['/a', '/b', '/c'].map((p) => fetcher.fetch({ url: `${server.origin}${p}` })));
    await fetcher.fetch({ url: `${server.origin}/a` });

    expect(server.hits('/robots.txt')).toHaveLength(1);
    expect(server.hits('/robots.txt')[0]?.headers['user-agent']).toContain('RadarTest/1.0');
  });

  it('fetches robots.txt again once its TTL has passed', async () => {
    let now = new Date('2024-03-05T10:00:00Z');
    server.route('/robots.txt', robots('User-agent: *\nDisallow: /tmp\n'));
    server.route('/a', ok('a'));
    const fetcher = fetcherFor({ now: () => now, robotsTtlMs: 60 * 60 * 1000 });

    await fetcher.fetch({ url: `${server.origin}/a` });
    now = new Date('2024-03-05T10:59:00Z');
    await fetcher.fetch({ url: `${server.origin}/a` });
    expect(server.hits('/robots.txt')).toHaveLength(1);
    now = new Date('2024-03-05T11:01:00Z');
    await fetcher.fetch({ url: `${server.origin}/a` });
    expect(server.hits('/robots.txt')).toHaveLength(2);
  });

  it('treats a missing robots.txt (404) as allow-all, kept for the full TTL', async () => {
    let now = new Date('2024-03-05T10:00:00Z');
    server.route('/a', ok('a'));
    const fetcher = fetcherFor({ now: () => now });

    await fetcher.fetch({ url: `${server.origin}/a` });
    now = new Date('2024-03-05T10:30:00Z');
    await fetcher.fetch({ url: `${server.origin}/a` });
    expect(server.hits('/robots.txt')).toHaveLength(1);
  });

  it('treats a failing robots.txt (500) as allow-all, and asks again after the failure TTL', async () => {
    let now = new Date('2024-03-05T10:00:00Z');
    server.route('/robots.txt', (_req, res) => res.writeHead(500).end('oops'));
    server.route('/a', ok('a'));
    const fetcher = fetcherFor({ now: () => now, robotsFailureTtlMs: 10 * 60 * 1000 });

    expect((await fetcher.fetch({ url: `${server.origin}/a` })).body.toString()).toBe('a');
    now = new Date('2024-03-05T10:11:00Z');
    await fetcher.fetch({ url: `${server.origin}/a` });
    expect(server.hits('/robots.txt')).toHaveLength(2);
  });

  it('follows a redirected robots.txt', async () => {
    server.route('/robots.txt', (_req, res) => res.writeHead(301, { location: '/static/robots.txt' }).end());
    server.route('/static/robots.txt', robots('User-agent: *\nDisallow: /drafts/\n'));
    const fetcher = fetcherFor();
    expect((await fetchError(fetcher.fetch({ url: `${server.origin}/drafts/x` }))).code).toBe('RADAR_FETCH_ROBOTS');
  });

  it('does not request the page when robots.txt itself answers 429', async () => {
    server.route('/robots.txt', (_req, res) => res.writeHead(429, { 'retry-after': '60' }).end());
    server.route('/a', ok('a'));
    const fetcher = fetcherFor();
    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/a` }));
    expect(error).toMatchObject({ code: 'RADAR_FETCH_STATUS', status: 429 });
    expect(server.hits('/a')).toHaveLength(0);
  });

  it('does not fetch robots.txt when told not to', async () => {
    server.route('/robots.txt', robots('User-agent: *\nDisallow: /\n'));
    server.route('/a', ok('a'));
    const fetcher = fetcherFor({ respectRobots: false });
    await fetcher.fetch({ url: `${server.origin}/a` });
    expect(server.hits('/robots.txt')).toHaveLength(0);
  });
});

describe('per-host limits', () => {
  it('spaces request starts to one host by minSpacingMs, in order', async () => {
    for (const p of ['/1', '/2', '/3']) server.route(p, ok(p));
    const fetcher = fetcherFor({ minSpacingMs: 150, respectRobots: false });

    await Promise.all(['/1', '/2', '/3'].map((p) => fetcher.fetch({ url: `${server.origin}${p}` })));

    const hits = server.requests;
    expect(hits.map((h) => h.path)).toEqual(['/1', '/2', '/3']);
    // Lower bounds only (timers never fire early); slack for loopback latency.
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(125);
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(125);
  });

  it('honours a robots.txt Crawl-delay as spacing', async () => {
    server.route('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.2\n'));
    server.route('/1', ok('1'));
    server.route('/2', ok('2'));
    const fetcher = fetcherFor();

    await fetcher.fetch({ url: `${server.origin}/1` });
    await fetcher.fetch({ url: `${server.origin}/2` });

    const [first, second] = [server.hits('/1')[0]!, server.hits('/2')[0]!];
    expect(second.at - first.at).toBeGreaterThanOrEqual(175);
  });

  it('keeps at most perHostConcurrency requests in flight per host, and hosts apart', async () => {
    let inFlight = 0;
    const peaks: number[] = [];
    server.route('/slow', async (_req, res) => {
      inFlight++;
      peaks.push(inFlight);
      await sleep(80);
      inFlight--;
      res.writeHead(200).end('done');
    });
    const fetcher = fetcherFor({ perHostConcurrency: 2, respectRobots: false, allowHosts: ['127.0.0.1', 'localhost'] });

    await Promise.all(Array.from({ length: 5 }, () => fetcher.fetch({ url: `${server.origin}/slow` })));
    expect(Math.max(...peaks)).toBe(2);

    // Another host name is another queue: with one slot per host, two names run side by side.
    peaks.length = 0;
    const single = fetcherFor({ perHostConcurrency: 1, respectRobots: false, allowHosts: ['127.0.0.1', 'localhost'] });
    await Promise.all([
      single.fetch({ url: `${server.origin}/slow` }),
      single.fetch({ url: `${server.origin}/slow` }),
      single.fetch({ url: `http://localhost:${server.port}/slow` }),
    ]);
    expect(Math.max(...peaks)).toBe(2);
  });
});
