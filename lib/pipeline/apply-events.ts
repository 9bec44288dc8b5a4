/**
 * Applies new events to their projects' states with optimistic locking, and records
 * the resulting changes. Safe under concurrency (two Lambdas on two sources that
 * mention one project) and under retries: versions guard the state, and change ids are
 * deterministic, so a change stored twice is stored once.
 *
 * Changes are written before the state: a crash in between leaves the state as it was,
 * so the retry computes the same changes (same ids, stored once) and then moves the
 * state. The other order would lose the change, since the retry would find the state
 * already moved and nothing to report. The price is rare: when the state write loses a
 * race and the retry computes a different outcome, the first attempt's change stays
 * stored (and, on AWS, alerted).
 */
import { ConflictError } from '../core/errors';
import type { RadarStore } from '../core/ports';
import type { Change, RadarEvent } from '../core/types';
import { mayAlertDiscovered, namesNoProject, type DiscoveredAlertPolicy } from '../state/discovered-policy';
import { applyEvents } from '../state/rules';

const MAX_ATTEMPTS = 5;

export interface ApplyContext {
  store: RadarStore;
  now: string;
  confirmBelow: number;
  /** Which discovered projects may alert at once; the others wait for more sources. Without it, all may. */
  discovered?: DiscoveredAlertPolicy;
}

/**
 * Returns the changes the events caused. Each is stored once; delivering them is
 * idempotent too (alerts are claimed), so a caller may deliver what a retry returns again.
 */
export async function applyEventsToProjects(events: RadarEvent[], context: ApplyContext): Promise<Change[]> {
  const byProject = new Map<string, RadarEvent[]>();
  // An event that names no project stays on the timeline and moves nothing.
  for (const event of events.filter((e) => !namesNoProject(e))) byProject.set(event.projectId, [...(byProject.get(event.projectId) ?? []), event]);

  const changes: Change[] = [];
  for (const [projectId, projectEvents] of byProject) {
    for (let attempt = 1; ; attempt++) {
      const current = await context.store.getProjectState(projectId);
      // A discovered project outside the policy waits, like a low-confidence claim, for its sources.
      const held = context.discovered !== undefined && !mayAlertDiscovered(current, projectEvents, context.discovered);
      const rules = held ? { confirmBelow: Number.POSITIVE_INFINITY, confirmations: context.discovered!.sources } : { confirmBelow: context.confirmBelow };
      const outcome = applyEvents(current, projectEvents, { now: context.now, ...rules });
      for (const change of outcome.changes) await context.store.putChange(change);
      try {
        // applyEvents returns the very same object when nothing moved: no write needed.
        if (outcome.state && outcome.state !== current) await context.store.putProjectState(outcome.state, current?.version ?? 0);
      } catch (error) {
        if (error instanceof ConflictError && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      changes.push(...outcome.changes);
      break;
    }
  }
  return changes;
}
