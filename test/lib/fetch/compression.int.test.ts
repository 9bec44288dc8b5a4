/**
 * Compressed and mislabelled responses over a real socket: gzip, deflate (wrapped and
 * raw), brotli, stacked codings, a gzip bomb, a corrupt stream, and a charset header that
 * contradicts the bytes.
 */
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeText } from '../../../lib/text/charset';
import type { Fetcher } from '../../../lib/core/ports';
import { startTestServer, type TestServer } from './support/test-server';
import { fetchError, testFetcher } from './support/test-fetcher';

const ARTICLE = [
  '<html><head><title>반도체 공장 착공</title></head><body>',
  '<p>경기도 평택에 짓는 반도체 2공장이 이번 달 착공했다. 회사는 2026년 가동을 목표로 한다.</p>',
  '<p>The second fab in Pyeongtaek broke ground this month and is expected to open in 2026.</p>',
  '</body></html>',
].join('\n');

let server: TestServer;
let fetcher: Fetcher;

beforeEach(async () => {
  server = await startTestServer();
  fetcher = testFetcher({ maxBytes: 1024 * 1024 });
});

afterEach(async () => {
  await fetcher.close();
  await server.close();
});

function serve(path: string, encoding: string, body: Buffer, contentType = 'text/html; charset=utf-8'): void {
  server.route(path, (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-encoding': encoding, 'content-length': String(body.length) });
    res.end(body);
  });
}

describe('decompression', () => {
  const plain = Buffer.from(ARTICLE, 'utf8');

  it.each([
    ['gzip', gzipSync(plain)],
    ['x-gzip', gzipSync(plain)],
    ['deflate', deflateSync(plain)],
    ['deflate', deflateRawSync(plain)], // the raw form some servers send by mistake
    ['br', brotliCompressSync(plain)],
    ['gzip, br', brotliCompressSync(gzipSync(plain))],
    ['identity', plain],
  ])('undoes Content-Encoding "%s"', async (encoding, body) => {
    serve('/article', encoding, body);
    const page = await fetcher.fetch({ url: `${server.origin}/article` });
    expect(page.body.equals(plain)).toBe(true);
  });

  it('stops a gzip bomb at the cap: a few KB that inflate to 8 MB', async () => {
    const member = gzipSync(Buffer.alloc(1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 8 }, () => member));
    expect(bomb.length).toBeLessThan(16 * 1024);
    serve('/bomb', 'gzip', bomb);

    const error = await fetchError(fetcher.fetch({ url: `${server.origin}/bomb` }));
    expect(error.code).toBe('RADAR_FETCH_TOO_LARGE');
    expect(error.message).toContain('decompressed');
  });

  it('reports a corrupt stream and an unknown coding as decompression errors', async () => {
    const broken = gzipSync(Buffer.from(ARTICLE));
    broken.fill(0x41, 12, 40);
    serve('/corrupt', 'gzip', broken);
    serve('/compress', 'compress', Buffer.from('whatever'));

    expect((await fetchError(fetcher.fetch({ url: `${server.origin}/corrupt` }))).code).toBe('RADAR_FETCH_DECOMPRESS');
    expect((await fetchError(fetcher.fetch({ url: `${server.origin}/compress` }))).code).toBe('RADAR_FETCH_DECOMPRESS');
  });
});

describe('a charset header that lies', () => {
  it('yields correct Korean for EUC-KR bytes served as utf-8 with a meta euc-kr', async () => {
    const html = ARTICLE.replace('<head>', '<head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">');
    serve('/legacy', 'gzip', gzipSync(iconv.encode(html, 'cp949')), 'text/html; charset=UTF-8');

    const page = await fetcher.fetch({ url: `${server.origin}/legacy` });
    const decoded = decodeText(page.body, page.contentType);

    expect(decoded.charset).toBe('cp949');
    expect(decoded.via).toBe('meta');
    expect(decoded.text).toContain('반도체 2공장이 이번 달 착공했다');
  });
});
