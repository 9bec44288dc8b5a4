/**
 * Shared test helpers for the detector tests: the default watchlist from radar.config.json
 * and a compact form of events for table assertions.
 */
import type { DetectedEvent, Watchlist } from '../../../lib/core/types';
import config from '../../../radar.config.json';

export const WATCHLIST: Watchlist = config.watchlist;

/**
 * Resolved events only (an unresolved one never moves a state; unresolved.test.ts covers
 * them): `STATUS/modality/projectId` plus `@from..to` when the event has a date, sorted, so a
 * table row can list what it expects in any order.
 */
export function compact(events: readonly DetectedEvent[], withDates = true): string[] {
  return events
    .filter((e) => !e.unresolved)
    .map((e) => `${e.status}/${e.modality}/${e.projectId}${withDates && e.when ? `@${e.when.from}..${e.when.to}` : ''}`)
    .sort();
}

/**
 * `STATUS/modality/project name` plus `@from` when `withDates` and the event has a date,
 * sorted: for tables about which *name* an event is attached to (discovered projects).
 */
export function byName(events: readonly DetectedEvent[], withDates = true): string[] {
  // An unresolved event names no project, so a table about names leaves it out (unresolved.test.ts covers those).
  return events.filter((e) => !e.unresolved).map((e) => `${e.status}/${e.modality}/${e.project}${withDates && e.when ? `@${e.when.from}` : ''}`).sort();
}
