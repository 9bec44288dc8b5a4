/**
 * Applies new events to their projects' states with optimistic locking, and records
 * the resulting changes. Safe under concurrency (two Lambdas on two sources that
 * mention one project) and under retries: versions guard the state, and change ids are
 * deterministic, so a change stored twice is stored once.
 */
import { ConflictError } from '../core/errors';
import type { RadarStore } from '../core/ports';
import type { Change, RadarEvent } from '../core/types';
import { applyEvents } from '../state/rules';

const MAX_ATTEMPTS = 5;

export interface ApplyContext {
  store: RadarStore;
  now: string;
  confirmBelow: number;
}

/** Returns the changes that are new (not stored before by another run). */
export async function applyEventsToProjects(events: RadarEvent[], context: ApplyContext): Promise<Change[]> {
  const byProject = new Map<string, RadarEvent[]>();
  for (const event of events) byProject.set(event.projectId, [...(byProject.get(event.projectId) ?? []), event]);

  const fresh: Change[] = [];
  for (const [projectId, projectEvents] of byProject) {
    for (let attempt = 1; ; attempt++) {
      const current = await context.store.getProjectState(projectId);
      const { state, changes } = applyEvents(current, projectEvents, { now: context.now, confirmBelow: context.confirmBelow });
      try {
        if (state) await context.store.putProjectState(state, current?.version ?? 0);
      } catch (error) {
        if (error instanceof ConflictError && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      for (const change of changes) if (await context.store.putChange(change)) fresh.push(change);
      break;
    }
  }
  return fresh;
}
