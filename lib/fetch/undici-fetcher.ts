/**
 * The `Fetcher` port on undici: one Agent, redirects followed by hand so every hop is
 * checked (scheme, address, robots.txt), bodies capped and decompressed, hosts treated
 * politely. Every failure leaves as a `FetchError` with a stable code.
 *
 * Per hop, in order: scheme -> host cool-down -> resolve and check the address (pinned for
 * the connection) -> robots.txt -> wait for a host slot -> request -> status -> body.
 * The address check comes first so not even robots.txt is fetched from a blocked address.
 */
import { Agent } from 'undici';
import type { Dispatcher } from 'undici';
import type { FetchRequest, FetchResponse, Fetcher } from '../core/ports';
import { AddressGuard, bareHost } from './address-guard';
import { parseRetryAfter } from './backoff';
import { readBody } from './body';
import { classifyFetchError } from './classify-error';
import { FetchError } from './errors';
import { GateClosedError, HostGate } from './host-gate';
import { resolveFetcherOptions, type ResolvedFetcherOptions, type UndiciFetcherOptions } from './options';
import { ALLOW_ALL_ROBOTS, isAllowedByRobots, parseRobotsTxt, productToken, type RobotsTxt } from './robots';
import { RobotsCache, type LoadedRobots } from './robots-cache';

/** Google reads the first 500 KiB of a robots.txt; so do we. */
const ROBOTS_MAX_BYTES = 500 * 1024;
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
/** zstd is left out: node:zlib has no zstd decoder on Node 20. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** A body we do not use is read this far to keep the connection, then dropped. */
const DUMP_LIMIT_BYTES = 64 * 1024;
const DUMP_TIMEOUT_MS = 2000;
/** A 429 without Retry-After still pauses the host this long. */
const DEFAULT_429_COOLDOWN_MS = 60_000;

type Headers = Dispatcher.ResponseData['headers'];

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function contentLengthOf(headers: Headers): number | undefined {
  const value = header(headers, 'content-length');
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** Parses and checks an absolute http(s) URL; anything else is a protocol error. */
function httpUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch (error) {
    throw new FetchError('RADAR_FETCH_PROTOCOL', text, { message: 'malformed URL', cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('RADAR_FETCH_PROTOCOL', url.href, { message: `unsupported scheme "${url.protocol}"` });
  }
  url.hash = '';
  return url;
}

/** The overall time budget of one fetch; starts with the first request, not while queued. */
class Deadline {
  readonly controller = new AbortController();
  expired = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly ms: number) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    if (this.timer || this.expired) return;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new Error(`deadline of ${this.ms} ms exceeded`));
    }, this.ms);
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

interface HopSpec {
  headers: Record<string, string>;
  maxBytes: number;
  checkRobots: boolean;
  deadline: Deadline;
}

type HopResult = { kind: 'redirect'; location: URL } | { kind: 'response'; response: FetchResponse };

/**
 * Creates the production `Fetcher`.
 *
 * @example
 * const fetcher = createUndiciFetcher({ userAgent: 'ProjectRadar/0.1 (+https://example.org/radar)' });
 * const page = await fetcher.fetch({ url: 'https://example.org/feed.xml', etag: state.etag });
 * if (!page.notModified) parse(decodeText(page.body, page.contentType).text);
 * await fetcher.close();
 */
export function createUndiciFetcher(options: UndiciFetcherOptions): Fetcher {
  return new UndiciFetcher(resolveFetcherOptions(options));
}

class UndiciFetcher implements Fetcher {
  private readonly agent: Agent;
  private readonly guard: AddressGuard;
  private readonly gate: HostGate;
  private readonly robots: RobotsCache;
  private readonly token: string;
  private closed = false;

  constructor(private readonly options: ResolvedFetcherOptions) {
    this.guard = new AddressGuard({ allowHosts: options.allowHosts, ...(options.lookup ? { lookup: options.lookup } : {}) });
    this.gate = new HostGate({ concurrency: options.perHostConcurrency, minSpacingMs: options.minSpacingMs, now: options.now });
    this.robots = new RobotsCache({ load: (origin) => this.loadRobots(origin), now: options.now });
    this.token = productToken(options.userAgent);
    this.agent = new Agent({
      // Every new socket asks the guard for its address: the pinned, checked one.
      connect: { timeout: options.connectTimeoutMs, lookup: this.guard.netLookup },
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
      connections: options.perHostConcurrency,
    });
  }

  async fetch(request: FetchRequest): Promise<FetchResponse> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: request.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': ACCEPT_ENCODING,
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    return this.run(request.url, { headers, maxBytes: this.options.maxBytes, checkRobots: this.options.respectRobots, deadline: new Deadline(this.options.deadlineMs) });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.gate.close();
    await this.agent.close();
  }

  /** Follows redirects hop by hop; each hop is checked in full. */
  private async run(startUrl: string, spec: HopSpec): Promise<FetchResponse> {
    if (this.closed) throw new FetchError('RADAR_FETCH_NETWORK', startUrl, { message: 'the fetcher is closed', retryable: false });
    let url = httpUrl(startUrl);
    const visited = new Set<string>([url.href]);
    try {
      for (let redirects = 0; ; redirects++) {
        const result = await this.hop(url, spec);
        if (result.kind === 'response') return result.response;
        const next = result.location;
        if (visited.has(next.href)) {
          throw new FetchError('RADAR_FETCH_REDIRECTS', startUrl, { message: `redirect loop at ${next.href}` });
        }
        if (redirects >= this.options.maxRedirects) {
          throw new FetchError('RADAR_FETCH_REDIRECTS', startUrl, { message: `more than ${this.options.maxRedirects} redirects` });
        }
        visited.add(next.href);
        url = next;
      }
    } finally {
      spec.deadline.clear();
    }
  }

  private async hop(url: URL, spec: HopSpec): Promise<HopResult> {
    const host = bareHost(url.hostname);
    this.assertNotCoolingDown(host, url);
    await this.guard.resolve(url.hostname, url.href);

    let spacingMs = 0;
    if (spec.checkRobots) {
      const robots = await this.robots.get(url.origin);
      const verdict = isAllowedByRobots(robots, this.token, url.pathname + url.search);
      if (!verdict.allowed) {
        throw new FetchError('RADAR_FETCH_ROBOTS', url.href, { message: `robots.txt rule "Disallow: ${verdict.rule?.pattern ?? ''}" forbids` });
      }
      if (verdict.crawlDelaySeconds !== undefined) spacingMs = Math.min(verdict.crawlDelaySeconds * 1000, this.options.maxCrawlDelayMs);
    }

    let release: (() => void) | undefined;
    try {
      release = await this.gate.acquire(host, spacingMs, spec.deadline.signal);
      // Again: a 429 may have arrived (for robots.txt or a request ahead of us) while we queued.
      this.assertNotCoolingDown(host, url);
      spec.deadline.start();
      return await this.exchange(url, spec);
    } catch (error) {
      if (error instanceof GateClosedError) throw new FetchError('RADAR_FETCH_NETWORK', url.href, { message: 'the fetcher was closed', cause: error, retryable: false });
      throw classifyFetchError(error, { url: url.href, deadlineExpired: spec.deadline.expired, deadlineMs: spec.deadline.ms });
    } finally {
      release?.();
    }
  }

  /** The server asked us to wait; asking again before then is what gets crawlers banned. */
  private assertNotCoolingDown(host: string, url: URL): void {
    const coolDown = this.gate.coolDownOf(host);
    if (!coolDown) return;
    throw new FetchError('RADAR_FETCH_STATUS', url.href, {
      message: `not contacting ${host} yet: it answered ${coolDown.status} and asked us to wait`,
      status: coolDown.status,
      retryAfterMs: coolDown.remainingMs,
    });
  }

  /** One request and its response. */
  private async exchange(url: URL, spec: HopSpec): Promise<HopResult> {
    const { statusCode: status, headers, body } = await this.agent.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: 'GET',
      headers: spec.headers,
      signal: spec.deadline.signal,
    });

    const location = header(headers, 'location');
    if (status >= 300 && status < 400 && status !== 304 && location !== undefined) {
      await dump(body);
      return { kind: 'redirect', location: httpUrl(location.trim(), url) };
    }
    const meta = {
      url: url.href,
      status,
      ...optional('contentType', header(headers, 'content-type')),
      ...optional('etag', header(headers, 'etag')),
      ...optional('lastModified', header(headers, 'last-modified')),
    };
    if (status === 304) {
      await dump(body);
      return { kind: 'response', response: { ...meta, notModified: true, body: Buffer.alloc(0) } };
    }
    if (status < 200 || status >= 300) {
      await dump(body);
      throw this.statusError(url, status, headers);
    }
    try {
      const bytes = await readBody(body, {
        url: url.href,
        maxBytes: spec.maxBytes,
        ...optional('contentEncoding', header(headers, 'content-encoding')),
        ...optional('contentLength', contentLengthOf(headers)),
      });
      return { kind: 'response', response: { ...meta, notModified: false, body: bytes } };
    } catch (error) {
      discard(body);
      throw error;
    }
  }

  private statusError(url: URL, status: number, headers: Headers): FetchError {
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(header(headers, 'retry-after'), this.options.now()) : undefined;
    if (status === 429 || retryAfterMs !== undefined) {
      const pause = retryAfterMs ?? DEFAULT_429_COOLDOWN_MS;
      this.gate.coolDown(bareHost(url.hostname), this.options.now().getTime() + pause, status);
    }
    return new FetchError('RADAR_FETCH_STATUS', url.href, { status, ...optional('retryAfterMs', retryAfterMs) });
  }

  /**
   * robots.txt for one origin. Our choices, where RFC 9309 suggests otherwise for 5xx:
   * - 2xx: parsed, kept `robotsTtlMs`;
   * - 4xx (404, 410, 401, 403...): no robots.txt, allow all, kept `robotsTtlMs`;
   * - 5xx, 429, timeouts, unreachable, oversized: allow all, but kept only
   *   `robotsFailureTtlMs` so the real file is read soon. The RFC would have us assume
   *   "disallow all"; a news site with a flaky robots endpoint would then go silent, and
   *   the page request that follows meets the same outage and fails on its own anyway.
   */
  private async loadRobots(origin: string): Promise<LoadedRobots> {
    const failure = (): LoadedRobots => ({ robots: ALLOW_ALL_ROBOTS, ttlMs: this.options.robotsFailureTtlMs });
    try {
      const response = await this.run(`${origin}/robots.txt`, {
        headers: { 'user-agent': this.options.userAgent, accept: 'text/plain,*/*;q=0.5', 'accept-encoding': ACCEPT_ENCODING },
        maxBytes: ROBOTS_MAX_BYTES,
        checkRobots: false,
        deadline: new Deadline(this.options.deadlineMs),
      });
      const robots: RobotsTxt = parseRobotsTxt(response.body.toString('utf8'));
      return { robots, ttlMs: this.options.robotsTtlMs };
    } catch (error) {
      const status = error instanceof FetchError ? error.status : undefined;
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) return { robots: ALLOW_ALL_ROBOTS, ttlMs: this.options.robotsTtlMs };
      return failure();
    }
  }
}

/** Reads and drops a body we do not use, so the connection can be reused; never throws. */
async function dump(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump({ limit: DUMP_LIMIT_BYTES, signal: AbortSignal.timeout(DUMP_TIMEOUT_MS) });
  } catch {
    discard(body);
  }
}

/** Drops a body at once, closing its connection. The listener keeps undici's abort error from going unhandled. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** `{ key: value }` when the value is defined, `{}` otherwise (keeps optional fields absent). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
