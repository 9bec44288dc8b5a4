/**
 * Which projects found in the text (not on the watchlist) may raise an alert. Ordinary
 * news is full of things that are "launched" or "announced" (a game port, a software
 * project, a campaign); a follower wants the facilities and the projects of the owners
 * they watch. A discovered project alerts by default when one of these holds:
 *
 * - its name has a facility head word (`alerts.discovered.facilityWords`: "data center",
 *   "plant", "fab", "공장", "데이터센터" …);
 * - its owner is an organisation on the watchlist (`alerts.discovered.watchedOwner`);
 * - `alerts.discovered.sources` independent sources (default 2) have reported it.
 *
 * Otherwise its events are stored and its state kept (unconfirmed), but its changes wait
 * for that many sources, exactly like a low-confidence claim; below `confirmBelow` a
 * claim waits anyway. Watchlist projects are never held by this policy. An event that
 * names no project (empty `projectId`) never moves a state or alerts.
 *
 * Pure: the pipeline asks {@link mayAlertDiscovered} before it applies a project's events.
 */
import type { ProjectState, RadarEvent } from '../core/types';

export interface DiscoveredAlertPolicy {
  /** Head words that make a name a facility (matched as whole words in Latin script, as parts of a word in Hangul). */
  facilityWords: readonly string[];
  /** An owner on the watchlist is enough. */
  watchedOwner: boolean;
  /** Independent sources that are enough by themselves (1: every discovered project alerts). */
  sources: number;
  /** Watchlist organisation ids. */
  watchedOrgs: readonly string[];
}

/** The configured policy (`alerts.discovered`) with the watchlist's organisations. */
export function discoveredAlertPolicy(config: {
  alerts: { discovered: Omit<DiscoveredAlertPolicy, 'watchedOrgs'> };
  watchlist: { orgs: ReadonlyArray<{ id: string }> };
}): DiscoveredAlertPolicy {
  return { ...config.alerts.discovered, watchedOrgs: config.watchlist.orgs.map((o) => o.id) };
}

/** True for an event whose project could not be resolved: kept on the timeline, never applied. */
export function namesNoProject(event: Pick<RadarEvent, 'projectId'> & { unresolved?: boolean }): boolean {
  return !event.projectId || event.unresolved === true;
}

const HANGUL = /[\uac00-\ud7a3]/;
const compiled = new WeakMap<readonly string[], (name: string) => boolean>();

function facilityTest(words: readonly string[]): (name: string) => boolean {
  let test = compiled.get(words);
  if (!test) {
    const latin = words.filter((w) => !HANGUL.test(w)).map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]*'));
    const hangul = words.filter((w) => HANGUL.test(w));
    const pattern = latin.length > 0 ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${latin.join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`, 'u') : undefined;
    test = (name) => (pattern?.test(name.toLowerCase()) ?? false) || hangul.some((w) => name.includes(w));
    compiled.set(words, test);
  }
  return test;
}

/**
 * May these events of one project (with its current state) raise an alert under the
 * policy? Always true for a watchlist project.
 *
 * @example
 * mayAlertDiscovered(null, [{ ...event, discovered: true, project: 'Abilene data center' }], policy); // true: a facility
 * mayAlertDiscovered(null, [{ ...event, discovered: true, project: 'VR ports' }], policy);            // false: waits for a 2nd source
 */
export function mayAlertDiscovered(current: ProjectState | null, events: readonly RadarEvent[], policy: DiscoveredAlertPolicy): boolean {
  const discovered = current ? current.discovered === true : events.some((e) => e.discovered);
  if (!discovered) return true;
  const names = [current?.name, ...events.map((e) => e.project)].filter((n): n is string => typeof n === 'string');
  if (names.some(facilityTest(policy.facilityWords))) return true;
  if (policy.watchedOwner && [current?.org, ...events.map((e) => e.org)].some((o) => typeof o === 'string' && policy.watchedOrgs.includes(o))) return true;
  return new Set([...(current?.sources ?? []), ...events.map((e) => e.sourceId)]).size >= policy.sources;
}
