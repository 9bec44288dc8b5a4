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
  return sources.filter((source) => nextDue(source, byId.get(source.id), now).at <= now.getTime());
}

/**
 * When a source is next due (epoch ms; 0 = now) and why it waits: its interval, or a
 * backoff after failures. `radar run` uses it to say why nothing was polled.
 *
 * @example
 * nextDue({ intervalMinutes: 15 } as Source, { lastFetchedAt: '2024-01-01T00:00:00Z' } as SourceState, now).reason // => 'interval'
 */
export function nextDue(source: Pick<Source, 'intervalMinutes'>, state: SourceState | undefined, now: Date): { at: number; reason: 'never-fetched' | 'interval' | 'backoff' } {
  if (!state?.lastFetchedAt) return { at: 0, reason: 'never-fetched' };
  const backoff = state.backoffUntil ? Date.parse(state.backoffUntil) : NaN;
  if (backoff > now.getTime()) return { at: backoff, reason: 'backoff' };
  // A minute of slack so a 15-minute schedule does not skip a source fetched 14:59 ago.
  return { at: Date.parse(state.lastFetchedAt) + (source.intervalMinutes - 1) * 60_000, reason: 'interval' };
}
