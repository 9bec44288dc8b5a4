/**
 * The poll-source use case: one source, one pass. Conditional GET -> parse items ->
 * skip seen -> fetch and extract new articles -> detect -> store events -> apply them
 * to project state -> record changes. Used by the Lambda (`functions/poll-source`) and by
 * the local runner alike; it never throws for one bad item, and reports what failed.
 *
 * Bounded work: at most `limits.maxItemsPerPoll` items; each article's text cleaned of
 * control characters and cut to `limits` (`lib/text/bound-text.ts`) before detection;
 * articles handled a batch at a time, each batch recorded (events, state, seen marks)
 * before the next, so a `deadline` can stop the poll between batches with its progress
 * kept: the report is then `partial` and the caller hands the rest back to the queue.
 */
import { describeError, isRadarError } from '../core/errors';
import { shortHash } from '../core/hash';
import type { Clock, Fetcher, RadarStore } from '../core/ports';
import type { Change, FeedItem, RadarEvent, Source, SourceState } from '../core/types';
import type { Detector } from '../detect';
import { extractArticle } from '../extract';
import { parseFeed } from '../feeds';
import { nextBackoff } from '../fetch';
import type { ArticleAnalyzer } from './article-analyzer';
import type { DiscoveredAlertPolicy } from '../state/discovered-policy';
import { boundText, type TextBounds } from '../text/bound-text';
import { stripControlChars } from '../text/control-chars';
import { defaultTimeZone, zonedIso } from '../text/time-zone';
import { applyEventsToProjects } from './apply-events';

/** What one poll may do at most (`limits` in the configuration). */
export interface PollLimits extends TextBounds {
  maxItemsPerPoll: number;
}

/** The configuration's defaults, for callers (tests) that pass no limits. */
export const DEFAULT_POLL_LIMITS: PollLimits = { maxItemsPerPoll: 200, maxChars: 100_000, maxSentenceChars: 1_000 };

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
  limits?: PollLimits;
  /** Runs extraction and detection off this thread (the local runner's worker pool); default: here. */
  analyzer?: ArticleAnalyzer;
}

export interface PollOptions {
  /** Epoch ms: no new batch of articles is started after this (the Lambda's time budget). */
  deadline?: number;
}

export interface ItemFailure {
  url: string;
  code: string;
  message: string;
}

export interface PollReport {
  sourceId: string;
  /** `partial`: the deadline came first; `remaining` new articles are left for the next poll. */
  outcome: 'ok' | 'not-modified' | 'failed' | 'backing-off' | 'partial';
  items: number;
  /** Items beyond `maxItemsPerPoll`, not looked at. */
  itemsDropped?: number;
  /** New articles not handled because the deadline came (outcome `partial`). */
  remaining?: number;
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

interface ArticleText {
  title: string;
  text: string;
  publishedAt: string | null;
}

/**
 * Reads one article: the page's text when the source asks for it, else the feed's
 * summary. An item without a date is dated by its page (fetched for that alone when the
 * source does not fetch pages), or stays undated.
 */
async function readArticle(source: Source, item: FeedItem, deps: PollDeps, failures: ItemFailure[]): Promise<ArticleText> {
  const fallback = { title: item.title, text: item.summary, publishedAt: item.publishedAt };
  if (!source.fetchArticles && item.publishedAt) return fallback;
  try {
    const response = await deps.fetcher.fetch({ url: item.url, accept: 'text/html,application/xhtml+xml' });
    const options = { url: response.url, contentType: response.contentType, defaultLang: source.lang };
    const page = deps.analyzer ? await deps.analyzer.extract(response.body, options) : extractArticle(response.body, options);
    const publishedAt = item.publishedAt ?? page.publishedAt;
    if (!source.fetchArticles || page.text.trim().length === 0) return { ...fallback, publishedAt };
    return { title: page.title || item.title, text: page.text, publishedAt };
  } catch (error) {
    failures.push(failureOf(item.url, error));
    return fallback;
  }
}

/** Stored text is cleaned once, here: no control characters, and bounded before the detector reads it. */
function cleanArticle(article: ArticleText, limits: PollLimits): ArticleText {
  const title = boundText(stripControlChars(article.title), { maxChars: limits.maxSentenceChars, maxSentenceChars: limits.maxSentenceChars }).text.replace(/\n/g, ' ');
  const text = boundText(stripControlChars(article.text), limits).text;
  return { title, text, publishedAt: article.publishedAt };
}

/** Polls one source once. Never throws for a failure of the source or of one of its items. */
export async function pollSource(source: Source, deps: PollDeps, options: PollOptions = {}): Promise<PollReport> {
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

  const limits = deps.limits ?? DEFAULT_POLL_LIMITS;
  if (items.length > limits.maxItemsPerPoll) {
    report.itemsDropped = items.length - limits.maxItemsPerPoll;
    items = items.slice(0, limits.maxItemsPerPoll);
  }
  report.items = items.length;
  const fresh = await unseenItems(items, previous, deps.store);
  report.newArticles = fresh.length;

  const zone = source.timeZone ?? defaultTimeZone(source.lang);
  const articleEvents = async (item: FeedItem): Promise<RadarEvent[]> => {
    const article = cleanArticle(await readArticle(source, item, deps, report.itemFailures), limits);
    // Never "now" as a story's date: an undated story is kept (stamped with when it was
    // read, for the timeline's order), marked, and moves no project's state.
    const publishedAt = zonedIso(article.publishedAt ?? now.toISOString(), zone);
    const undated = article.publishedAt ? undefined : true;
    const articleId = shortHash(item.url);
    // publishedAt is in the source's zone, so its first ten characters are the local day.
    const input = { title: article.title, text: article.text, published: publishedAt.slice(0, 10), lang: source.lang };
    const detected = deps.analyzer ? await deps.analyzer.detect(input) : deps.detector.detect(input);
    return detected.map((event): RadarEvent => ({ ...event, articleId, url: item.url, publishedAt, sourceId: source.id, undated }));
  };
  const concurrency = deps.articleConcurrency ?? 4;
  let done = 0;
  while (done < fresh.length) {
    if (options.deadline !== undefined && Date.now() >= options.deadline) break;
    const batch = fresh.slice(done, done + concurrency * 2);
    const perArticle = await mapLimit(batch, concurrency, async (item): Promise<RadarEvent[]> => {
      try {
        return await articleEvents(item);
      } catch (error) {
        // A bug or a pathological text in one article: recorded, and the others go on.
        report.itemFailures.push(failureOf(item.url, error));
        return [];
      }
    });
    const events = perArticle.flat();
    // Events are stored before the articles are marked seen: a crash in between re-reads
    // the articles next time, and the idempotent writes below make that harmless.
    await deps.store.putEvents(events);
    const movers = events.filter((e) => e.confidence >= deps.minConfidence && !e.undated);
    report.changes.push(
      ...(await applyEventsToProjects(movers, { store: deps.store, now: now.toISOString(), confirmBelow: deps.confirmBelow, ...(deps.discovered ? { discovered: deps.discovered } : {}) })),
    );
    await deps.store.markArticlesSeen(batch.map((item) => ({ articleId: shortHash(item.url), url: item.url })), now.toISOString());
    report.events.push(...events);
    done += batch.length;
  }
  if (done < fresh.length) {
    report.outcome = 'partial';
    report.remaining = fresh.length - done;
    // Keep the old validators: with the new ones the next poll would get a 304 and never
    // read the articles left over.
    state.etag = previous.etag;
    state.lastModified = previous.lastModified;
  }
  const unread = new Set(fresh.slice(done).map((item) => shortHash(item.url)));
  const lastItemFailure = report.itemFailures.at(-1);

  await deps.store.putSourceState({
    ...state,
    failures: 0,
    lastError: undefined,
    backoffUntil: undefined,
    lastSuccessAt: now.toISOString(),
    itemsSeen: (previous.itemsSeen ?? 0) + done,
    itemFailures: report.itemFailures.length,
    lastItemError: lastItemFailure ? { code: lastItemFailure.code, message: lastItemFailure.message, at: now.toISOString() } : previous.lastItemError,
    partial: report.outcome === 'partial' ? true : undefined,
    // Items left unread by a partial poll stay out of the recent ids, so the next poll reads them.
    recentArticleIds: [...new Set(items.map((item) => shortHash(item.url)))].filter((id) => !unread.has(id)).slice(0, RECENT_IDS_KEPT),
  });
  return report;
}
