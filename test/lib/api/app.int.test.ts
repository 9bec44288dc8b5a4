/**
 * The API, feeds and exports over a real store (dynalite), on a real node:http server on
 * loopback: contracts, filters, validation, headers, caching, and a server that survives
 * any request line.
 */
import { XMLParser } from 'fast-xml-parser';
import { connect } from 'node:net';
import { startHttpServer, type RunningServer } from '../../../lib/api/http-server';
import type { ProjectState } from '../../../lib/core/types';
import { HOSTILE, NOW, WATCHLIST, openNewsroom, type Newsroom } from './fixture';

let newsroom: Newsroom;
let server: RunningServer;
const logged: unknown[] = [];

beforeAll(async () => {
  newsroom = await openNewsroom('api-test');
  server = await startHttpServer({ port: 0, host: '127.0.0.1' }, { store: newsroom.store, now: () => NOW, watchlist: WATCHLIST, logError: (e) => logged.push(e) });
}, 30_000);

afterAll(async () => {
  await server?.close();
  await newsroom?.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function json(path: string) {
  const response = await get(path);
  return { status: response.status, body: JSON.parse(response.body) };
}

const ids = (body: { projects: ProjectState[] }) => body.projects.map((p) => p.projectId).sort();

describe('GET /api/projects', () => {
  it('keeps the contract: {"projects": [...]}, each with its projectId and without rule bookkeeping', async () => {
    const { status, body } = await json('/api/projects');
    expect(status).toBe(200);
    expect(ids(body)).toEqual(['hostile-project', 'kakao-siheung-dc', 'naver-gak-sejong', 'samsung-p4']);
    expect(body.projects[0]).not.toHaveProperty('memo');
  });

  it.each([
    ['status=cancelled', ['kakao-siheung-dc']],
    ['status=CANCELLED,on hold', ['kakao-siheung-dc', 'samsung-p4']],
    ['org=naver', ['naver-gak-sejong']],
    ['org=%EB%84%A4%EC%9D%B4%EB%B2%84', ['naver-gak-sejong']], // 네이버
    ['org=Samsung%20Electronics', ['samsung-p4']],
    ['org=%EC%82%BC%EC%84%B1', ['samsung-p4']], // 삼성
    ['org=KAKAO', ['kakao-siheung-dc']],
    ['kind=data-center', ['kakao-siheung-dc', 'naver-gak-sejong']],
    ['kind=other', ['hostile-project']],
    ['watch=discovered', ['hostile-project']],
    ['watch=watchlist', ['kakao-siheung-dc', 'naver-gak-sejong', 'samsung-p4']],
    ['q=gak%20sejong', ['naver-gak-sejong']],
    ['q=%EC%82%BC%EC%84%B1', ['samsung-p4']], // 삼성: the organisation's Korean name
    ['q=pyeongtaek', ['samsung-p4']], // an English alias of a Korean-named project
    ['q=%EA%B0%81%EC%84%B8%EC%A2%85', ['naver-gak-sejong']], // 각세종, written without the space
    ['q=SIHEUNG', ['kakao-siheung-dc']],
  ])('filters by %s', async (query, expected) => {
    const { status, body } = await json(`/api/projects?${query}`);
    expect(status).toBe(200);
    expect(ids(body)).toEqual(expected);
  });
});

describe('GET /api/projects/{id}', () => {
  it('returns one project with its timeline, or 404', async () => {
    const { status, body } = await json('/api/projects/kakao-siheung-dc');
    expect(status).toBe(200);
    expect(body.project.status).toBe('CANCELLED');
    expect(body.events).toHaveLength(5);
    expect((await json('/api/projects/nope')).status).toBe(404);
  });
});

describe('GET /api/changes', () => {
  it('lists changes since a time, newest first, with the news date beside the time Radar saw them', async () => {
    const { body } = await json('/api/changes?since=7d');
    expect(body.since).toBe('2024-05-07T03:00:00.000Z');
    expect(body.changes.map((c: { id: string }) => c.id)).toEqual(['c-cancel', 'c-gak', 'c-p4', 'c-hostile']);
    expect(body.changes[0]).toMatchObject({ newsDate: '2023-11-24', at: '2024-05-13T06:00:00.000Z' });
  });

  it.each([
    ['project=kakao-siheung-dc&since=365d', ['c-cancel', 'c-old']],
    ['project=%EC%8B%9C%ED%9D%A5%20%EC%A0%9C2%EB%8D%B0%EC%9D%B4%ED%84%B0%EC%84%BC%ED%84%B0&since=7d', ['c-cancel']], // by its Korean alias
    ['project=hostile-project', ['c-hostile']],
    ['org=%EC%82%BC%EC%84%B1%EC%A0%84%EC%9E%90', ['c-p4']], // 삼성전자
    ['status=on_hold,cancelled', ['c-cancel', 'c-p4']],
    ['kind=discovered', ['c-hostile']],
    ['limit=2', ['c-cancel', 'c-gak']],
    ['since=2024-05-12', ['c-cancel', 'c-gak']],
  ])('applies %s', async (query, expected) => {
    const { status, body } = await json(`/api/changes?${query}`);
    expect(status).toBe(200);
    expect(body.changes.map((c: { id: string }) => c.id)).toEqual(expected);
  });

  it('lists source health', async () => {
    const { body } = await json('/api/sources');
    expect(body.sources).toEqual(expect.arrayContaining([expect.objectContaining({ sourceId: 'dcd', failures: 2 })]));
  });
});

describe('validation: every malformed parameter is a 400 with a reason', () => {
  it.each([
    ['/api/changes?since=99999999999999999d', /before 1970/],
    ['/api/changes?since=soon', /since must look like/],
    ['/api/changes?limit=0', /limit must be/],
    ['/api/changes?limit=abc', /limit must be/],
    ['/api/changes?limit=1000001', /limit must be/],
    ['/api/changes?limit=-5', /limit must be/],
    ['/api/changes?project=nosuch', /unknown project "nosuch"/],
    ['/api/changes?org=nosuchorg', /unknown organisation/],
    ['/api/changes?kind=rumour', /unknown change kind/],
    ['/api/changes?since=7d&since=30d', /given twice/],
    ['/api/changes?sinse=7d', /unknown parameter "sinse"/],
    ['/api/changes?since=%ZZ', /malformed %-escape/],
    ['/api/projects?status=FINISHED', /unknown status "FINISHED"/],
    ['/api/projects?org=nosuchorg', /unknown organisation "nosuchorg"/],
    ['/api/projects?kind=spaceship', /unknown kind/],
    ['/api/projects?watch=maybe', /watch must be/],
    [`/api/projects?q=${'x'.repeat(201)}`, /longer than 200/],
    ['/api/projects?q=%1B%5B2J', /control characters/],
    ['/api/projects/%ZZ', /malformed %-escape/],
    ['/api/projects/a%2Fb', /slashes/],
    ['/api/sources?x=1', /unknown parameter/],
    ['/changes.atom?limit=0', /limit must be/],
    ['/changes.csv?project=nosuch', /unknown project/],
  ])('%s', async (path, reason) => {
    const { status, body } = await json(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('RADAR_BAD_INPUT');
    expect(body.error.message).toMatch(reason);
  });

  it('answers a bad page parameter with a page that says why', async () => {
    const page = await get('/?lang=fr');
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.body).toContain('lang must be ko or en');
    const filters = await get('/?org=nosuchorg');
    expect(filters.status).toBe(400);
    expect(filters.body).toContain('unknown organisation');
    expect((await get('/projects/%ZZ')).status).toBe(400);
  });

  it('answers unknown routes with 404 and writes with 405, and never logs bad input as an error', async () => {
    expect((await get('/nope')).status).toBe(404);
    const post = await fetch(`${server.url}/api/projects`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(logged).toEqual([]);
  });
});

describe('headers and caching', () => {
  it.each(['/', '/projects/kakao-siheung-dc', '/api/projects', '/api/changes', '/changes.atom', '/changes.csv', '/assets/radar.css', '/nope', '/api/changes?limit=0'])(
    'sends the security headers on %s',
    async (path) => {
      const { headers } = await get(path);
      expect(headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('sends an ETag and answers a repeat with 304; errors are not cached', async () => {
    const first = await get('/api/projects');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await fetch(`${server.url}/api/projects`, { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    expect((await get('/api/changes?limit=0')).headers.get('cache-control')).toBe('no-store');
    expect((await get('/healthz')).headers.get('cache-control')).toBe('no-store');
  });

  it('answers HEAD like GET without a body', async () => {
    const head = await fetch(`${server.url}/api/projects`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBeTruthy();
    expect(await head.text()).toBe('');
  });
});

describe('feeds and exports', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it('serves an Atom feed of changes, filterable like the API, with hostile text as text', async () => {
    const response = await get('/changes.atom?since=7d');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parser.parse(response.body).feed;
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat();
    expect(entries.map((e: { id: string }) => e.id)).toEqual(['urn:radar:change:c-cancel', 'urn:radar:change:c-gak', 'urn:radar:change:c-p4', 'urn:radar:change:c-hostile']);
    expect(response.body).not.toContain('<script>');
    expect(response.body).not.toContain('\u001b');
    const hostile = entries.find((e: { id: string }) => e.id.endsWith('c-hostile'));
    expect(hostile.title).toContain('<script>alert(1)</script>');
    expect(entries[0].link.map((l: { href: string }) => l.href)).toEqual([`${server.url}/projects/kakao-siheung-dc`, 'https://news.example.kr/cancel']);

    const one = parser.parse((await get('/changes.atom?project=samsung-p4')).body).feed;
    expect([one.entry].flat()).toHaveLength(1);
    const korean = (await get('/changes.atom?project=kakao-siheung-dc&lang=ko')).body;
    expect(korean).toContain('xml:lang="ko"');
    expect(korean).toContain('무산·취소');
  });

  it('exports changes and projects as CSV, with formulas defused', async () => {
    const response = await get('/changes.csv?since=7d');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = response.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,projectId,project,org,kind,from,to,milestone,newsDate,recordedAt,confidence,evidence,url');
    expect(lines).toHaveLength(5);
    expect(response.body).toContain(`'=HYPERLINK`);
    expect(response.body).not.toMatch(/,=HYPERLINK/);
    const projects = (await get('/projects.csv?org=%EB%84%A4%EC%9D%B4%EB%B2%84')).body.trim().split('\r\n');
    expect(projects).toHaveLength(2);
    expect(projects[1]).toMatch(/^naver-gak-sejong,각 세종,naver,data-center,watchlist,CONSTRUCTION_STARTED/);
  });
});

describe('the server under hostile request lines', () => {
  /** Sends raw bytes and returns what came back (status line), or '' when the socket was closed. */
  function raw(bytes: string): Promise<string> {
    const { port } = new URL(server.url);
    return new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let data = '';
      socket.setTimeout(3000, () => socket.destroy());
      socket.on('data', (chunk) => (data += chunk.toString('latin1')));
      socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
      socket.on('error', () => undefined);
      socket.write(bytes, 'latin1', () => setTimeout(() => socket.end(), 50));
    });
  }

  const corpus = [
    'GET http://[ HTTP/1.1',
    'GET http://[::1 HTTP/1.1',
    'GET http:// HTTP/1.1',
    'GET //evil.example/ HTTP/1.1',
    'GET \\\\ HTTP/1.1',
    'GET * HTTP/1.1',
    'GET %ZZ HTTP/1.1',
    'GET /%ZZ HTTP/1.1',
    'GET /api/projects/%ZZ HTTP/1.1',
    'GET /api/projects/%C0%AF HTTP/1.1',
    'GET /api/changes?since=99999999999999999d HTTP/1.1',
    'GET /?q=%00%01 HTTP/1.1',
    'GET /\u00ff\u00fe HTTP/1.1',
    'GET /' + 'a'.repeat(10_000) + ' HTTP/1.1',
    'GET / HTTP/9.9',
    'GET / HTTP/1.1 extra',
    'GET',
    '',
    ' / HTTP/1.1',
    'BREW / HTTP/1.1',
    'GET\u0000/ HTTP/1.1',
    'GET / HTTP/1.1\r\nHost: [',
    'GET /api/projects HTTP/1.1\r\nContent-Length: -1',
    'GET /api/projects HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5',
    'GET ftp://x/ HTTP/1.1',
    'GET javascript:alert(1) HTTP/1.1',
    'GET http://127.0.0.1:1/api/projects HTTP/1.1',
  ];
  // And some generated ones: random printable and control bytes in the target.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 40; i += 1) {
    const target = Array.from({ length: 1 + Math.floor(random() * 30) }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    corpus.push(`GET ${target} HTTP/1.1`);
  }

  it('answers each with a status line or a closed socket, and keeps serving', async () => {
    for (const line of corpus) {
      const reply = await raw(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(reply === '' || /^HTTP\/1\.1 (200|304|400|404|405|414|431|501|505) /.test(reply)).toBe(true);
      if (/^HTTP\/1\.1 5/.test(reply)) throw new Error(`${JSON.stringify(line.slice(0, 60))} -> ${reply}`);
    }
    expect((await get('/healthz')).status).toBe(200);
    expect(logged).toEqual([]);
  }, 60_000);

  it('refuses a target that is not a path with 400 and the security headers', async () => {
    const { port } = new URL(server.url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.write('GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(reply).toContain('RADAR_BAD_INPUT');
  });

  it('answers what the HTTP parser refuses (raw UTF-8 in the target) with 400 and the security headers', async () => {
    const { port } = new URL(server.url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.write(Buffer.from('GET /api/projects?org=삼성 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply.toLowerCase()).toContain('x-frame-options: deny');
  });
});

it('escapes a hostile project name in the JSON API like any string', async () => {
  const { body } = await json('/api/projects?watch=discovered');
  expect(body.projects[0].name).toBe(HOSTILE);
});
