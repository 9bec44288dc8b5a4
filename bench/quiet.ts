/**
 * `npm run bench:quiet`: does ordinary news stay quiet? Serves the 37 real pages of
 * `../shared/peer/readability-pages/` (science, gadgets, games, politics, in several
 * languages; read at run time, never copied) as an RSS feed on a loopback site, runs one
 * real local cycle (`radar run --once`: fetch, extract, detect, state, alerts) with the
 * default watchlist and the default alert settings, and counts the alerts in the outbox per
 * 100 articles, listing each. None of these pages reports a status change of a project we
 * watch, so every alert here is a false one. Target: at most 1 per 100 articles.
 *
 * Beside them, as a second source, the same site serves the demo's own articles
 * (`demo/common/articles`, our text), each a genuine status change of a watchlist project:
 * those must still alert, so the quiet is not bought by silence.
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
const GENUINE_DIR = join(ROOT, 'demo', 'common', 'articles');

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

/** Our demo articles; they say {{BASE}} where they need the site's address. */
function loadGenuine(base: () => string): Page[] {
  return readdirSync(GENUINE_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((file) => ({ name: `genuine-${file.replace(/\.html$/, '')}`, html: Buffer.from(readFileSync(join(GENUINE_DIR, file), 'utf8').replaceAll('{{BASE}}', base())) }));
}

const isKorean = (page: Page) => /[\uac00-\ud7a3]{20}/.test(page.html.toString('utf8'));

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One RSS item per page, published an hour ago, so nothing is skipped as old. */
function feedOf(pages: Page[], base: string, now: Date): string {
  const published = new Date(now.getTime() - 3_600_000).toUTCString();
  const items = pages.map((p) => `<item><title>${escapeXml(p.name)}</title><link>${base}/pages/${encodeURIComponent(p.name)}.html</link><guid>${base}/pages/${encodeURIComponent(p.name)}.html</guid><pubDate>${published}</pubDate></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Ordinary news</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

/** Feeds by path: the ordinary pages, and the genuine articles by language. */
type Feeds = Record<string, Page[]>;

async function serve(feeds: (base: () => string) => Feeds, now: Date): Promise<{ server: Server; base: string; feeds: Feeds }> {
  let base = '';
  const served = feeds(() => base);
  const byName = new Map(Object.values(served).flat().map((p) => [`/pages/${encodeURIComponent(p.name)}.html`, p]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const feed = served[path];
    if (feed) return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedOf(feed, base, now));
    const page = byName.get(path);
    if (page) return res.writeHead(200, { 'content-type': 'text/html' }).end(page.html);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base, feeds: served };
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
  const { server, base, feeds } = await serve((site) => {
    const genuine = loadGenuine(site);
    return { '/feed.xml': pages, '/genuine-ko.xml': genuine.filter(isKorean), '/genuine-en.xml': genuine.filter((p) => !isKorean(p)) };
  }, new Date());
  const genuine = [...feeds['/genuine-ko.xml']!, ...feeds['/genuine-en.xml']!];
  const work = mkdtempSync(join(tmpdir(), 'radar-quiet-'));
  try {
    const defaults = defaultConfig();
    const config = {
      // The defaults, with only this site as a source and pacing loosened for loopback.
      watchlist: defaults.watchlist,
      alerts: defaults.alerts,
      fetch: { allowHosts: ['127.0.0.1'], minSpacingMs: 0, perHostConcurrency: 8 },
      sources: [
        { id: 'ordinary-news', url: `${base}/feed.xml`, kind: 'rss', lang: 'en', fetchArticles: true },
        { id: 'genuine-ko', url: `${base}/genuine-ko.xml`, kind: 'rss', lang: 'ko', fetchArticles: true },
        { id: 'genuine-en', url: `${base}/genuine-en.xml`, kind: 'rss', lang: 'en', fetchArticles: true },
      ],
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
    const pageOf = (a: Alert) => decodeURIComponent(/\/pages\/([^/]+)\.html$/.exec(a.change.url)?.[1] ?? a.change.url);
    const falseAlerts = alerts.filter((a) => !pageOf(a).startsWith('genuine-'));
    const genuineAlerts = alerts.filter((a) => pageOf(a).startsWith('genuine-'));
    console.log(`Ordinary news stays quiet · ${articles} real pages from ${dir} as one loopback feed, beside ${genuine.length} of our own articles with genuine changes · one radar run --once with the default watchlist and alert settings (${seconds.toFixed(1)} s)`);
    console.log(`  ordinary news: ${falseAlerts.length} alerts for ${articles} articles = ${((falseAlerts.length / articles) * 100).toFixed(1)} per 100 articles (target <= 1)`);
    for (const a of falseAlerts) {
      const c = a.change;
      const page = pageOf(a);
      console.log(`  - ${page}: ${c.kind} ${c.to} "${c.project}"${c.confidence !== undefined ? ` (${c.confidence})` : ''}\n      ${c.evidence.slice(0, 200)}`);
    }
    const silent = genuine.filter((p) => !genuineAlerts.some((a) => pageOf(a) === p.name));
    // One cycle alerts the net change per project: an article whose project a later article of
    // the same source moves further (the MOU, then the cancellation) adds no alert of its own.
    console.log(`  genuine changes: ${genuineAlerts.length} alerts from ${genuine.length} articles; articles with none of their own (net change per project and cycle): ${silent.length === 0 ? 'none' : silent.map((p) => p.name).join(', ')}`);
    for (const a of genuineAlerts) console.log(`  + ${pageOf(a)}: ${a.change.kind} ${a.change.to} "${a.change.project}"`);
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
