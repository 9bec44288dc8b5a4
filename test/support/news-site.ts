/**
 * Test helper: a small news site written by us, served on loopback. Feeds (RSS) and
 * article pages are built from plain values, so a test says what a source publishes
 * ("an article with a 400 KB sentence", "an item with no date") and nothing else.
 */
import { startTestServer, type Route, type TestServer } from '../lib/fetch/support/test-server';

export interface SiteArticle {
  path: string;
  title: string;
  /** Paragraphs of the page body. */
  paragraphs: string[];
  /** RFC 822 date in the feed, or none. */
  pubDate?: string;
  /** Milliseconds the page waits before answering. */
  delayMs?: number;
  /** The page answers with this status instead. */
  status?: number;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(origin: string, articles: readonly SiteArticle[]): string {
  const items = articles
    .map(
      (a) =>
        `<item><title>${escapeXml(a.title)}</title><link>${origin}${a.path}</link>` +
        `${a.pubDate ? `<pubDate>${a.pubDate}</pubDate>` : ''}<description>${escapeXml(a.paragraphs[0] ?? '')}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Test news</title><link>${origin}/</link>\n${items}\n</channel></rss>`;
}

export function page(article: SiteArticle): string {
  const body = article.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escapeXml(article.title)}</title></head><body><article><h1>${escapeXml(article.title)}</h1>${body}</article></body></html>`;
}

export interface NewsSite {
  server: TestServer;
  origin: string;
  /** Publishes a feed at `feedPath` listing these articles, and their pages. */
  publish(feedPath: string, articles: readonly SiteArticle[]): void;
  close(): Promise<void>;
}

export async function startNewsSite(extra: Record<string, Route> = {}): Promise<NewsSite> {
  const server = await startTestServer(extra);
  const origin = server.origin;
  return {
    server,
    origin,
    publish(feedPath, articles) {
      server.route(feedPath, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(origin, articles)));
      for (const article of articles) {
        server.route(article.path, (_req, res) => {
          const answer = () => {
            if (article.status) res.writeHead(article.status, { 'content-type': 'text/plain' }).end('no');
            else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(article));
          };
          if (article.delayMs) setTimeout(answer, article.delayMs);
          else answer();
        });
      }
    },
    close: () => server.close(),
  };
}
