/**
 * Reads the watchlist out of a radar config file text. The harness only needs the
 * watchlist, so it checks that part alone instead of depending on the full config loader.
 */
import { z } from 'zod';
import { ConfigError } from '../lib/core/errors';
import type { Watchlist } from '../lib/core/types';

const watchlistSchema = z.object({
  orgs: z.array(z.object({ id: z.string().min(1), names: z.array(z.string().min(1)).min(1) })),
  projects: z.array(z.object({ id: z.string().min(1), org: z.string().min(1), names: z.array(z.string().min(1)).min(1), kind: z.string().min(1) })),
});

/**
 * Parses `{"watchlist": {...}}` out of a config file's text.
 *
 * @example
 * parseWatchlist('{"watchlist":{"orgs":[],"projects":[]}}') // -> { orgs: [], projects: [] }
 */
export function parseWatchlist(configText: string): Watchlist {
  let json: unknown;
  try {
    json = JSON.parse(configText);
  } catch (error) {
    throw new ConfigError([`not JSON: ${(error as Error).message}`]);
  }
  const parsed = z.object({ watchlist: watchlistSchema }).safeParse(json);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return parsed.data.watchlist;
}
