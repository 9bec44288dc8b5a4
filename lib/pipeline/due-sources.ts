/**
 * Which sources are due for polling: the dispatcher's rule, shared by the scheduled
 * Lambda and the local runner.
 */
import type { Source, SourceState } from '../core/types';

/**
 * A source is due when it was never fetched, or its interval has passed since the last
 * fetch, and it is not backing off.
 *
 * @example
 * dueSources([{ id: 'a', intervalMinutes: 15 } as Source], [], new Date()) // => [source a]
 */
export function dueSources(sources: readonly Source[], states: readonly SourceState[], now: Date): Source[] {
  const byId = new Map(states.map((s) => [s.sourceId, s]));
  return sources.filter((source) => {
    const state = byId.get(source.id);
    if (!state?.lastFetchedAt) return true;
    if (state.backoffUntil && Date.parse(state.backoffUntil) > now.getTime()) return false;
    // A minute of slack so a 15-minute schedule does not skip a source fetched 14:59 ago.
    return Date.parse(state.lastFetchedAt) + (source.intervalMinutes - 1) * 60_000 <= now.getTime();
  });
}
