/**
 * A loopback web server over a folder of fixture files, for the demo and the
 * integration tests: ETag/Last-Modified with 304s, gzip when asked, a robots.txt, and
 * the switch between rounds (`setRound`) that makes feeds change between cycles.
 * Requests under `/broken/` answer 500, for a source that cannot be read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  url: string;
  /** Serves `<root>/<round>/…` first, then `<root>/common/…`. */
  setRound(round: string): void;
  /** Requests seen, as `METHOD path status`. */
  log: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(root: string, initialRound: string): Promise<FixtureServer> {
  let round = initialRound;
  let base = '';
  const log: string[] = [];
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const reply = (status: number, headers: Record<string, string> = {}, body?: Buffer) => {
      log.push(`${req.method} ${path} ${status}`);
      res.writeHead(status, headers).end(body);
    };
    if (path === '/robots.txt') return reply(200, { 'content-type': 'text/plain' }, Buffer.from('User-agent: *\nDisallow: /private/\n'));
    if (path.startsWith('/broken/')) return reply(500, { 'content-type': 'text/plain' }, Buffer.from('upstream exploded'));
    const file = [join(root, round, path), join(root, 'common', path)].find((f) => existsSync(f) && !f.endsWith('/'));
    if (!file) return reply(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
    // Fixtures say {{BASE}} where they need their own absolute URL (the port is random).
    const raw = readFileSync(file);
    const body = /\.(xml|atom|json|html)$/.test(file) ? Buffer.from(raw.toString('utf8').replaceAll('{{BASE}}', base)) : raw;
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return reply(304, { etag });
    const headers: Record<string, string> = { etag, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply(200, { ...headers, 'content-encoding': 'gzip' }, gzipSync(body));
    return reply(200, headers, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    setRound: (next) => {
      round = next;
    },
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
