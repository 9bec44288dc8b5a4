/**
 * `npm run bench:quiet`: does ordinary news stay quiet? Serves the 37 real pages of
 * `../shared/peer/readability-pages/` (science, gadgets, games, politics, in several
 * languages; read at run time, never copied) as an RSS feed on a loopback site, runs one
 * real local cycle (`radar run --once`: fetch, extract, detect, state, alerts) with the
 * default watchlist and the default alert settings, and counts the alerts in the outbox per
 * 100 articles, listing each. None of these pages reports a status change of a project we
 * watch, so every alert here is a false one. Target: at most 1 per 100 articles.
 *
 *   node dist/bench-quiet.js [--pages DIR] [--keep]
 *
 * Only the fetch pacing is loosened (loopback allowed, no spacing between requests), so
 * the run takes seconds; the detector, state rules and alert settings are the defaults.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig } from '../lib/config/load';

const ROOT = join(__dirname, '..');
const PAGES_DIR = join(ROOT, '..', 'shared', 'peer', 'readability-pages');

interface Page {
  name: string;
  html: Buffer;
}

function loadPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({ name, html: readFileSync(join(dir, name, 'source.html')) }));
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One RSS item per page, published an hour ago, so nothing is skipped as old. */
function feedOf(pages: Page[], base: string, now: Date): string {
  const published = new Date(now.getTime() - 3_600_000).toUTCString();
  const items = pages.map((p) => `<item><title>${escapeXml(p.name)}</title><link>${base}/pages/${encodeURIComponent(p.name)}.html</link><guid>${base}/pages/${encodeURIComponent(p.name)}.html</guid><pubDate>${published}</pubDate></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Ordinary news</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

async function serve(pages: Page[], now: Date): Promise<{ server: Server; base: string }> {
  const byName = new Map(pages.map((p) => [`/pages/${encodeURIComponent(p.name)}.html`, p]));
  let base = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/feed.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedOf(pages, base, now));
    const page = byName.get(path);
    if (page) return res.writeHead(200, { 'content-type': 'text/html' }).end(page.html);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base };
}

interface Alert {
  change: { project: string; projectId: string; kind: string; to: string; evidence: string; url: string; confidence?: number };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: PAGES_DIR }, keep: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
  const dir = resolve(values.pages);
  if (!existsSync(dir)) {
    console.log(`bench:quiet skipped: ${dir} is not there`);
    return 0;
  }
  const pages = loadPages(dir);
  const { server, base } = await serve(pages, new Date());
  const work = mkdtempSync(join(tmpdir(), 'radar-quiet-'));
  try {
    const defaults = defaultConfig();
    const config = {
      // The defaults, with only this site as a source and pacing loosened for loopback.
      watchlist: defaults.watchlist,
      alerts: defaults.alerts,
      fetch: { allowHosts: ['127.0.0.1'], minSpacingMs: 0, perHostConcurrency: 8 },
      sources: [{ id: 'ordinary-news', url: `${base}/feed.xml`, kind: 'rss', lang: 'en', fetchArticles: true }],
    };
    const configPath = join(work, 'radar.config.json');
    writeFileSync(configPath, JSON.stringify(config, null, 2));
    const started = Date.now();
    // The cycle runs in a child process because the HTTP server answers from this one.
    const child = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const p = spawn(process.execPath, [join(__dirname, '..', 'bin', 'radar.js'), 'run', '--once', '--config', configPath], { env: { ...process.env, RADAR_DATA_DIR: join(work, 'data') }, cwd: work });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      p.on('close', (code) => done({ code, stdout, stderr }));
    });
    const seconds = (Date.now() - started) / 1000;
    if (values.verbose) process.stdout.write(child.stdout);
    if (child.code !== 0) {
      console.error(`radar run --once exited ${child.code}\n${child.stderr || child.stdout}`);
      return 1;
    }
    const outbox = join(work, 'data', 'outbox.jsonl');
    const alerts: Alert[] = existsSync(outbox) ? readFileSync(outbox, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Alert) : [];
    const articles = pages.length;
    console.log(`Ordinary news stays quiet · ${articles} real pages from ${dir} as one loopback feed · one radar run --once with the default watchlist and alert settings (${seconds.toFixed(1)} s)`);
    console.log(`  alerts: ${alerts.length} for ${articles} articles = ${((alerts.length / articles) * 100).toFixed(1)} per 100 articles (target <= 1)`);
    for (const a of alerts) {
      const c = a.change;
      const page = decodeURIComponent(/\/pages\/([^/]+)\.html$/.exec(c.url)?.[1] ?? c.url);
      console.log(`  - ${page}: ${c.kind} ${c.to} "${c.project}"${c.confidence !== undefined ? ` (${c.confidence})` : ''}\n      ${c.evidence.slice(0, 200)}`);
    }
    if (values.keep) console.log(`  kept: ${work}`);
    return 0;
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
