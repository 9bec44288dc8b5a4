/**
 * The poll-source use case: one source, one pass. Conditional GET -> parse items ->
 * skip seen -> fetch and extract new articles -> detect -> store events -> apply them
 * to project state -> record changes. Used by the Lambda (`functions/poll-source`) and by
 * the local runner alike; it never throws for one bad item, and reports what failed.
 */
import { describeError, isRadarError } from '../core/errors';
import { shortHash } from '../core/hash';
import type { Clock, Fetcher, RadarStore } from '../core/ports';
import type { Change, FeedItem, RadarEvent, Source, SourceState } from '../core/types';
import type { Detector } from '../detect';
import { extractArticle } from '../extract';
import { parseFeed } from '../feeds';
import { nextBackoff } from '../fetch';
import { localDay } from '../text/dates';
import type { ArticleAnalyzer } from './article-analyzer';
import type { DiscoveredAlertPolicy } from '../state/discovered-policy';
import { applyEventsToProjects } from './apply-events';

export interface PollDeps {
  fetcher: Fetcher;
  store: RadarStore;
  detector: Detector;
  now: Clock;
  /** Events below this confidence are kept on the timeline but do not move a project's state. */
  minConfidence: number;
  /** Changes below this confidence wait for a second independent source. */
  confirmBelow: number;
  /** Which discovered projects may alert at once (lib/state/discovered-policy.ts); without it, all may. */
  discovered?: DiscoveredAlertPolicy;
  /** How many articles of one source are fetched at once (the fetcher also limits per host). */
  articleConcurrency?: number;
  /** Runs extraction and detection off this thread (the local runner's worker pool); default: here. */
  analyzer?: ArticleAnalyzer;
}

export interface ItemFailure {
  url: string;
  code: string;
  message: string;
}

export interface PollReport {
  sourceId: string;
  outcome: 'ok' | 'not-modified' | 'failed' | 'backing-off';
  items: number;
  newArticles: number;
  events: RadarEvent[];
  changes: Change[];
  /** The whole source failed (fetch or parse); the state records it too. */
  error?: ItemFailure;
  /** With `error`: how many polls in a row have failed, this one included. */
  consecutiveFailures?: number;
  /** Articles that could not be fetched or read; their feed summary was used instead. */
  itemFailures: ItemFailure[];
}

function failureOf(url: string, error: unknown): ItemFailure {
  return { url, code: isRadarError(error) ? error.code : 'RADAR_INTERNAL', message: describeError(error) };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Ids kept on the source state: 100 ids are ~1.5 KB, so the state write stays at two write units; items beyond are checked by a read. */
const RECENT_IDS_KEPT = 100;

/**
 * The items not seen before, each once (a feed may list an article twice). Items the
 * last read of this feed listed are known without a read; the rest are checked in one
 * batch, so a steady feed costs no reads and a feed with news one.
 */
async function unseenItems(items: FeedItem[], previous: SourceState, store: RadarStore): Promise<FeedItem[]> {
  const known = new Set(previous.recentArticleIds ?? []);
  const firsts = items.filter((item, i) => items.findIndex((other) => other.url === item.url) === i && !known.has(shortHash(item.url)));
  if (firsts.length === 0) return [];
  const seen = await store.seenArticles(firsts.map((item) => shortHash(item.url)));
  return firsts.filter((item) => !seen.has(shortHash(item.url)));
}

/** Reads one article: the page's text when the source asks for it, else the feed's summary. */
async function readArticle(source: Source, item: FeedItem, deps: PollDeps, failures: ItemFailure[]) {
  const fallback = { title: item.title, text: item.summary, publishedAt: item.publishedAt };
  if (!source.fetchArticles) return fallback;
  try {
    const response = await deps.fetcher.fetch({ url: item.url, accept: 'text/html,application/xhtml+xml' });
    const options = { url: response.url, contentType: response.contentType, defaultLang: source.lang };
    const page = deps.analyzer ? await deps.analyzer.extract(response.body, options) : extractArticle(response.body, options);
    if (page.text.trim().length === 0) return fallback;
    return { title: page.title || item.title, text: page.text, publishedAt: item.publishedAt ?? page.publishedAt };
  } catch (error) {
    failures.push(failureOf(item.url, error));
    return fallback;
  }
}

/** Polls one source once. Never throws for a failure of the source or of one of its items. */
export async function pollSource(source: Source, deps: PollDeps): Promise<PollReport> {
  const now = deps.now();
  const report: PollReport = { sourceId: source.id, outcome: 'ok', items: 0, newArticles: 0, events: [], changes: [], itemFailures: [] };
  const previous: SourceState = (await deps.store.getSourceState(source.id)) ?? { sourceId: source.id, failures: 0 };
  if (previous.backoffUntil && Date.parse(previous.backoffUntil) > now.getTime()) {
    report.outcome = 'backing-off';
    return report;
  }

  const state: SourceState = { ...previous, lastFetchedAt: now.toISOString() };
  let items: FeedItem[];
  try {
    const response = await deps.fetcher.fetch({
      url: source.url,
      etag: previous.etag,
      lastModified: previous.lastModified,
      accept: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/html;q=0.5,*/*;q=0.1',
    });
    if (response.notModified) {
      await deps.store.putSourceState({ ...state, failures: 0, lastError: undefined, backoffUntil: undefined, lastSuccessAt: now.toISOString() });
      report.outcome = 'not-modified';
      return report;
    }
    items = parseFeed(response.body, { url: response.url, contentType: response.contentType, lang: source.lang, selectors: source.selectors }).items;
    state.etag = response.etag;
    state.lastModified = response.lastModified;
  } catch (error) {
    const failures = previous.failures + 1;
    const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs;
    report.outcome = 'failed';
    report.error = failureOf(source.url, error);
    report.consecutiveFailures = failures;
    await deps.store.putSourceState({
      ...state,
      failures,
      lastError: { code: report.error.code, message: report.error.message, at: now.toISOString() },
      backoffUntil: nextBackoff(failures, now, retryAfterMs).toISOString(),
    });
    return report;
  }

  report.items = items.length;
  const fresh = await unseenItems(items, previous, deps.store);
  report.newArticles = fresh.length;

  const perArticle = await mapLimit(fresh, deps.articleConcurrency ?? 4, async (item) => {
    const article = await readArticle(source, item, deps, report.itemFailures);
    const publishedAt = article.publishedAt ?? now.toISOString();
    const articleId = shortHash(item.url);
    const input = { title: article.title, text: article.text, published: localDay(publishedAt, source.lang), lang: source.lang };
    const detected = deps.analyzer ? await deps.analyzer.detect(input) : deps.detector.detect(input);
    return detected.map((event): RadarEvent => ({ ...event, articleId, url: item.url, publishedAt, sourceId: source.id }));
  });
  report.events = perArticle.flat();

  // Events are stored before the articles are marked seen: a crash in between re-reads
  // the articles next time, and the idempotent writes below make that harmless.
  await deps.store.putEvents(report.events);
  const movers = report.events.filter((e) => e.confidence >= deps.minConfidence);
  report.changes = await applyEventsToProjects(movers, { store: deps.store, now: now.toISOString(), confirmBelow: deps.confirmBelow, ...(deps.discovered ? { discovered: deps.discovered } : {}) });
  await deps.store.markArticlesSeen(fresh.map((item) => ({ articleId: shortHash(item.url), url: item.url })), now.toISOString());

  await deps.store.putSourceState({
    ...state,
    failures: 0,
    lastError: undefined,
    backoffUntil: undefined,
    lastSuccessAt: now.toISOString(),
    itemsSeen: (previous.itemsSeen ?? 0) + fresh.length,
    recentArticleIds: [...new Set(items.map((item) => shortHash(item.url)))].slice(0, RECENT_IDS_KEPT),
  });
  return report;
}
