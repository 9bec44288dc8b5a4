/**
 * robots.txt per origin, fetched once and kept for a while. Concurrent requests to a new
 * origin share one fetch. The loader decides what a failure means (see `undici-fetcher.ts`)
 * and how long that answer is kept; this module only caches.
 */
import type { RobotsTxt } from './robots';

/** A loader's answer: the rules and how long to keep them. */
export interface LoadedRobots {
  robots: RobotsTxt;
  /** How long to keep this answer. */
  ttlMs: number;
}

/** Configuration of a {@link RobotsCache}. */
export interface RobotsCacheOptions {
  load: (origin: string) => Promise<LoadedRobots>;
  now: () => Date;
  /** Origins kept at most; the oldest entry goes first. */
  maxEntries?: number;
}

interface Entry {
  promise: Promise<RobotsTxt>;
  /** Epoch ms; Infinity while the load is in flight. */
  expiresAt: number;
}

/** Caches parsed robots.txt by origin (`https://host:port`). */
export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;

  constructor(private readonly options: RobotsCacheOptions) {
    this.maxEntries = options.maxEntries ?? 1000;
  }

  /** The origin's robots.txt, loading it when absent or expired. */
  get(origin: string): Promise<RobotsTxt> {
    const now = this.options.now().getTime();
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > now) return cached.promise;

    const entry: Entry = { promise: Promise.resolve({ groups: [], sitemaps: [] }), expiresAt: Infinity };
    entry.promise = this.options.load(origin).then(
      (loaded) => {
        entry.expiresAt = this.options.now().getTime() + loaded.ttlMs;
        return loaded.robots;
      },
      (error: unknown) => {
        // The loader is meant to turn failures into an answer; if it throws anyway, do not cache.
        if (this.entries.get(origin) === entry) this.entries.delete(origin);
        throw error;
      },
    );
    this.entries.delete(origin);
    this.entries.set(origin, entry);
    this.evict();
    return entry.promise;
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) return;
      this.entries.delete(oldest.value);
    }
  }
}
