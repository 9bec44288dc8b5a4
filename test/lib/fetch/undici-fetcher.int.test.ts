/**
 * The fetcher against a loopback server that misbehaves: stalls, drips, lies about its
 * length, sends too much, redirects in circles, rate-limits.
 */
import { createUndiciFetcher } from '../../../lib/fetch';
import type { Fetcher } from '../../../lib/core/ports';
import { sleep, startTestServer, writeMany, type TestServer } from './support/test-server';
import { TEST_USER_AGENT, fetchError, testFetcher } from './support/test-fetcher';

let server: TestServer;
let fetcher: Fetcher;

beforeEach(async () => {
  server = await startTestServer();
  fetcher = testFetcher();
});

afterEach(async () => {
  await fetcher.close();
  await server.close();
});

describe('a well-behaved response', () => {
  it('returns the body, validators, content type and final URL, and identifies itself', async () => {
    server.route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 04 Mar 2024 09:00:00 GMT' });
      res.end('<rss><channel><title>산업 뉴스</title></channel></rss>');
    });

    const page = await fetcher.fetch({ url: `${server.origin}/feed.xml`, accept: 'application/rss+xml' });

    expect(page).toMatchObject({
      url: `${server.origin}/feed.xml`,
      status: 200,
      notModified: false,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Mon, 04 Mar 2024 09:00:00 GMT',
    });
    expect(page.body.toString('utf8')).toContain('산업 뉴스');
    const sent = server.hits('/feed.xml')[0]!.headers;
    expect(sent['user-agent']).toBe(TEST_USER_AGENT);
    expect(sent['accept']).toBe('application/rss+xml');
    expect(sent['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent['if-none-match']).toBeUndefined();
  });

  it('sends the validators and reports a 304 as notModified with an empty body', async () => {
    server.route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v7"' && req.headers['if-modified-since'] === 'Tue, 05 Mar 2024 10:00:00 GMT') {
        res.writeHead(304, { etag: '"v7"' }).end();
        return;
      }
      res.writeHead(200, { etag: '"v8"' }).end('changed');
    });

    const page = await fetcher.fetch({ url: `${server.origin}/feed.xml`, etag: '"v7"', lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT' });

    expect(page).toMatchObject({ status: 304, notModified: true, etag: '"v7"' });
    expect(page.body.length).toBe(0);
  });
});

describe('timeouts', () => {
  it('gives up on a server that never sends headers', async () => {
    // undici checks this timeout on a coarse timer: it fires within about a second.
    server.route('/stall', () => {
      /* never answers */
    });
    const quick = testFetcher({ headersTimeoutMs: 150 });
    try {
      const error = await fetchError(quick.fetch({ url: `${server.origin}/stall` }));
      expect(error).toMatchObject({ name: 'FetchError', code: 'RADAR_FETCH_TIMEOUT', retryable: true });
      expect(error.message).toContain('/stall');
    } finally {
      await quick.close();
    }
  });

  it('gives up on a body that stalls between chunks', async () => {
    server.route('/drip', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first bytes ');
      // undici checks header and body timeouts on a coarse (about 1 s) timer.
      await sleep(1500);
      res.end('too late');
    });
    const quick = testFetcher({ bodyTimeoutMs: 150 });
    try {
      const error = await fetchError(quick.fetch({ url: `${server.origin}/drip` }));
      expect(error.code).toBe('RADAR_FETCH_TIMEOUT');
    } finally {
      await quick.close();
    }
  });

  it('enforces the overall deadline on a body that drips just fast enough', async () => {
    server.route('/slowloris', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 40 && !res.destroyed; i++) {
        res.write('.');
        await sleep(40);
      }
      res.end();
    });
    const quick = testFetcher({ bodyTimeoutMs: 500, deadlineMs: 300 });
    try {
      const error = await fetchError(quick.fetch({ url: `${server.origin}/slowloris` }));
      expect(error.code).toBe('RADAR_FETCH_TIMEOUT');
      expect(error.message).toContain('deadline');
    } finally {
      await quick.close();
    }
  });
});

describe('sizes', () => {
  it('reports a body shorter than its Content-Length as a protocol error', async () => {
    server.route('/short', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
      res.write('only a few bytes');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/short` }));
    expect(error.code).toBe('RADAR_FETCH_PROTOCOL');
    expect(error.message).toContain('Content-Length');
  });

  it('refuses a declared Content-Length above the cap without reading the body', async () => {
    let written = 0;
    server.route('/declared-huge', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(40 * 1024 * 1024) });
      written = await writeMany(res, 40 * 1024 * 1024, Buffer.alloc(64 * 1024, 0x61));
    });
    const small = testFetcher({ maxBytes: 1024 * 1024 });
    try {
      const error = await fetchError(small.fetch({ url: `${server.origin}/declared-huge` }));
      expect(error.code).toBe('RADAR_FETCH_TOO_LARGE');
      expect(error.message).toContain('Content-Length');
    } finally {
      await small.close();
    }
    await sleep(50);
    expect(written).toBeLessThan(40 * 1024 * 1024);
  });

  it('stops reading a 40 MB body without a length at the cap', async () => {
    let written = -1;
    server.route('/huge', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      written = await writeMany(res, 40 * 1024 * 1024, Buffer.alloc(64 * 1024, 0x62));
    });
    const small = testFetcher({ maxBytes: 1024 * 1024 });
    try {
      const error = await fetchError(small.fetch({ url: `${server.origin}/huge` }));
      expect(error.code).toBe('RADAR_FETCH_TOO_LARGE');
    } finally {
      await small.close();
    }
    for (let i = 0; i < 50 && written < 0; i++) await sleep(10);
    // The server stopped when we hung up: far less than 40 MB went out.
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('redirects', () => {
  it('follows relative redirects and returns the final URL', async () => {
    server.route('/old', (_req, res) => res.writeHead(301, { location: '/moved?x=1' }).end());
    server.route('/moved', (_req, res) => res.writeHead(302, { location: 'final#frag' }).end('see other'));
    server.route('/final', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('arrived'));

    const page = await fetcher.fetch({ url: `${server.origin}/old` });

    expect(page.url).toBe(`${server.origin}/final`);
    expect(page.body.toString()).toBe('arrived');
  });

  it('detects a redirect loop', async () => {
    server.route('/a', (_req, res) => res.writeHead(302, { location: '/b' }).end());
    server.route('/b', (_req, res) => res.writeHead(302, { location: '/a' }).end());
    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/a` }));
    expect(error.code).toBe('RADAR_FETCH_REDIRECTS');
    expect(error.message).toContain('loop');
    expect(server.requests.filter((r) => r.path !== '/robots.txt')).toHaveLength(2);
  });

  it('stops after maxRedirects hops', async () => {
    for (let i = 0; i < 10; i++) server.route(`/hop${i}`, (_req, res) => res.writeHead(307, { location: `/hop${i + 1}` }).end());
    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/hop0` }));
    expect(error.code).toBe('RADAR_FETCH_REDIRECTS');
    // The first request plus five redirects followed; the sixth is refused.
    expect(server.requests.filter((r) => r.path.startsWith('/hop'))).toHaveLength(6);
  });

  it('refuses a redirect to a scheme other than http(s)', async () => {
    server.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/to-file` }));
    expect(error.code).toBe('RADAR_FETCH_PROTOCOL');
  });

  it('refuses a non-http URL outright', async () => {
    const error = await fetchError(fetcher.fetch({ url: 'ftp://127.0.0.1/feed.xml' }));
    expect(error.code).toBe('RADAR_FETCH_PROTOCOL');
    expect(error.retryable).toBe(false);
  });
});

describe('status errors', () => {
  it('carries Retry-After in seconds from a 429 and then leaves the host alone', async () => {
    server.route('/limited', (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'));
    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/limited` }));
    expect(error).toMatchObject({ code: 'RADAR_FETCH_STATUS', status: 429, retryAfterMs: 120_000, retryable: true });

    const again = await fetchError(fetcher.fetch({ url: `${server.origin}/other` }));
    expect(again).toMatchObject({ code: 'RADAR_FETCH_STATUS', status: 429, retryable: true });
    expect(again.message).toContain('asked us to wait');
    expect(again.retryAfterMs).toBeGreaterThan(100_000);
    expect(server.hits('/other')).toHaveLength(0);
  });

  it('carries Retry-After as an HTTP date, measured on the injected clock', async () => {
    const now = new Date('2024-03-05T10:00:00Z');
    const clocked = testFetcher({ now: () => now });
    server.route('/busy', (_req, res) => res.writeHead(503, { 'retry-after': 'Tue, 05 Mar 2024 10:05:00 GMT' }).end());
    try {
      const error = await fetchError(clocked.fetch({ url: `${server.origin}/busy` }));
      expect(error).toMatchObject({ code: 'RADAR_FETCH_STATUS', status: 503, retryAfterMs: 300_000, retryable: true });
    } finally {
      await clocked.close();
    }
  });

  it('reports a 503 without Retry-After as retryable, a 404 as not', async () => {
    server.route('/down', (_req, res) => res.writeHead(503).end());
    const down = await fetchError(fetcher.fetch({ url: `${server.origin}/down` }));
    expect(down).toMatchObject({ code: 'RADAR_FETCH_STATUS', status: 503, retryable: true });
    expect(down.retryAfterMs).toBeUndefined();

    const missing = await fetchError(fetcher.fetch({ url: `${server.origin}/missing` }));
    expect(missing).toMatchObject({ code: 'RADAR_FETCH_STATUS', status: 404, retryable: false });
  });
});

describe('lifecycle', () => {
  it('refuses to fetch after close()', async () => {
    const closed = createUndiciFetcher({ userAgent: TEST_USER_AGENT, allowHosts: ['127.0.0.1'] });
    await closed.close();
    const error = await fetchError(closed.fetch({ url: `${server.origin}/` }));
    expect(error.code).toBe('RADAR_FETCH_NETWORK');
    expect(server.requests).toHaveLength(0);
  });

  it('reports a refused connection as a retryable network error', async () => {
    const gone = await startTestServer();
    const origin = gone.origin;
    await gone.close();
    const error = await fetchError(fetcher.fetch({ url: `${origin}/` }));
    expect(error).toMatchObject({ code: 'RADAR_FETCH_NETWORK', retryable: true });
  });
});
