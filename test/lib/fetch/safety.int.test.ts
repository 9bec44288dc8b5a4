/**
 * SSRF protection. No test sends traffic anywhere but 127.0.0.1: non-public addresses
 * only ever come from an injected lookup for fake hostnames, and the fetcher must refuse
 * them before connecting (undici's beforeConnect channel proves nothing was dialled).
 */
import diagnostics from 'node:diagnostics_channel';
import type { LookupFunction, ResolvedAddress } from '../../../lib/fetch';
import { startTestServer, type TestServer } from './support/test-server';
import { fetchError, testFetcher } from './support/test-fetcher';

let server: TestServer;
const dialled: string[] = [];
const onBeforeConnect = (message: unknown): void => {
  dialled.push((message as { connectParams: { hostname: string } }).connectParams.hostname);
};

beforeAll(() => diagnostics.subscribe('undici:client:beforeConnect', onBeforeConnect));
afterAll(() => diagnostics.unsubscribe('undici:client:beforeConnect', onBeforeConnect));

beforeEach(async () => {
  dialled.length = 0;
  server = await startTestServer({
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('loopback page'),
  });
});

afterEach(() => server.close());

/** A resolver that knows only the names it is given, and counts its calls. */
function fakeDns(table: Record<string, string[]>): LookupFunction & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const answers = table[hostname];
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

describe('refusing non-public targets', () => {
  it.each([
    ['cloud metadata', '169.254.169.254'],
    ['RFC 1918 10/8', '10.0.0.7'],
    ['RFC 1918 172.16/12', '172.20.1.1'],
    ['RFC 1918 192.168/16', '192.168.1.10'],
    ['CGNAT', '100.64.0.1'],
    ['this network', '0.0.0.0'],
    ['loopback not on the allow-list', '127.0.0.2'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unique local', 'fd00::1'],
    ['IPv6 link local', 'fe80::1'],
    ['IPv4-mapped private', '::ffff:10.0.0.7'],
  ])('refuses a name resolving to %s (%s) before connecting', async (_label, address) => {
    const lookup = fakeDns({ 'intranet.test': [address] });
    const fetcher = testFetcher({ lookup });
    try {
      const error = await fetchError(fetcher.fetch({ url: 'http://intranet.test/admin' }));
      expect(error).toMatchObject({ name: 'FetchError', code: 'RADAR_FETCH_BLOCKED_ADDRESS', retryable: false });
      expect(error.message).toContain(address);
      expect(error.message).toContain('http://intranet.test/admin');
      expect(lookup.calls).toEqual(['intranet.test']);
      expect(dialled).toEqual([]);
    } finally {
      await fetcher.close();
    }
  });

  it('refuses when any answer is non-public, even beside an allowed one', async () => {
    // Only loopback besides the blocked answer: even a regression could not dial out.
    const lookup = fakeDns({ 'mixed.test': ['127.0.0.1', '10.0.0.7'] });
    const fetcher = testFetcher({ lookup });
    try {
      const error = await fetchError(fetcher.fetch({ url: `http://mixed.test:${server.port}/page` }));
      expect(error.code).toBe('RADAR_FETCH_BLOCKED_ADDRESS');
      expect(error.message).toContain('10.0.0.7');
      expect(dialled).toEqual([]);
      expect(server.requests).toHaveLength(0);
    } finally {
      await fetcher.close();
    }
  });

  it('refuses IP literals without asking DNS', async () => {
    // Loopback literals off the allow-list: a failing check would still only reach this machine.
    // (Private and link-local literals are covered by the classifier's table test.)
    const lookup = fakeDns({});
    const fetcher = testFetcher({ lookup });
    try {
      const port = server.port;
      for (const url of [`http://127.0.0.2:${port}/page`, `http://[::1]:${port}/page`, `http://0x7f000002:${port}/page`, `http://0.0.0.0:${port}/page`, `http://[::ffff:7f00:1]:${port}/page`]) {
        const error = await fetchError(fetcher.fetch({ url }));
        expect(error.code).toBe('RADAR_FETCH_BLOCKED_ADDRESS');
      }
      expect(lookup.calls).toEqual([]);
      expect(dialled).toEqual([]);
      expect(server.requests).toHaveLength(0);
    } finally {
      await fetcher.close();
    }
  });

  it('refuses loopback when it is not on the allow-list', async () => {
    const fetcher = testFetcher({ allowHosts: [] });
    try {
      const error = await fetchError(fetcher.fetch({ url: `${server.origin}/page` }));
      expect(error.code).toBe('RADAR_FETCH_BLOCKED_ADDRESS');
      expect(server.requests).toHaveLength(0);
    } finally {
      await fetcher.close();
    }
  });

  it('checks every redirect hop: a public page redirecting inward is refused before connecting', async () => {
    const lookup = fakeDns({ 'internal.test': ['10.0.0.7'] });
    server.route('/jump', (_req, res) => res.writeHead(302, { location: `http://internal.test:${server.port}/admin` }).end());
    const fetcher = testFetcher({ lookup });
    try {
      const error = await fetchError(fetcher.fetch({ url: `${server.origin}/jump` }));
      expect(error.code).toBe('RADAR_FETCH_BLOCKED_ADDRESS');
      expect(error.url).toBe(`http://internal.test:${server.port}/admin`);
      expect(server.hits('/jump')).toHaveLength(1);
      expect(dialled).toContain('127.0.0.1'); // the channel does see real connections
      expect(dialled).not.toContain('internal.test');
    } finally {
      await fetcher.close();
    }
  });
});

describe('pinning the checked address', () => {
  it('connects to the address it checked, without asking DNS again', async () => {
    // Answers 127.0.0.1 once, then rebinds to an address that is not allowed.
    const calls: string[] = [];
    const rebinding: LookupFunction = async (hostname) => {
      calls.push(hostname);
      return [{ address: calls.length === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    };
    const fetcher = testFetcher({ lookup: rebinding, respectRobots: false });
    try {
      const page = await fetcher.fetch({ url: `http://news.test:${server.port}/page` });
      expect(page.body.toString()).toBe('loopback page');
      // One lookup for the check; the socket used the pin (a second lookup would have been refused).
      expect(calls).toEqual(['news.test']);
      expect(dialled).toEqual(['news.test']);
      expect(server.hits('/page')[0]?.headers.host).toBe(`news.test:${server.port}`);

      // The next fetch checks again and sees the rebound answer.
      const error = await fetchError(fetcher.fetch({ url: `http://news.test:${server.port}/page` }));
      expect(error.code).toBe('RADAR_FETCH_BLOCKED_ADDRESS');
      expect(server.hits('/page')).toHaveLength(1);
    } finally {
      await fetcher.close();
    }
  });

  it('lets an allow-listed hostname resolve to loopback', async () => {
    const fetcher = testFetcher({ allowHosts: ['localhost'] });
    try {
      const page = await fetcher.fetch({ url: `http://localhost:${server.port}/page` });
      expect(page.body.toString()).toBe('loopback page');
    } finally {
      await fetcher.close();
    }
  });
});
