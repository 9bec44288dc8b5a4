/**
 * One polling cycle in one process (the local runner and the demo): every due source,
 * a few at a time, then the alerts for the changes found. On AWS the same steps are
 * spread over the dispatch, poll-source and notify functions.
 */
import type { AlertPublisher } from '../core/ports';
import type { Change, Source } from '../core/types';
import { deliverChanges } from '../alert/deliver';
import { dueSources } from './due-sources';
import { pollSource, type PollDeps, type PollReport } from './poll-source';

export interface CycleDeps extends PollDeps {
  publisher: AlertPublisher;
  sourceConcurrency?: number;
}

export interface CycleReport {
  polled: PollReport[];
  changes: Change[];
  alerts: { sent: number; failed: number };
}

export async function runCycle(
  sources: readonly Source[],
  deps: CycleDeps,
  options: { force?: boolean; onReport?: (report: PollReport) => void } = {},
): Promise<CycleReport> {
  const due = options.force ? [...sources] : dueSources(sources, await deps.store.listSourceStates(), deps.now());
  const polled: PollReport[] = [];
  const queue = [...due];
  const worker = async () => {
    for (let source = queue.shift(); source; source = queue.shift()) {
      const report = await pollSource(source, deps);
      polled.push(report);
      options.onReport?.(report);
    }
  };
  // Four sources at a time. Eight kept the analysis threads busier, but sources that
  // report on the same projects then lost the version check of a project state more than
  // applyEventsToProjects retries (500 sources of bench:cycle), which fails the run.
  await Promise.all(Array.from({ length: Math.min(deps.sourceConcurrency ?? 4, due.length) }, worker));
  const changes = polled.flatMap((r) => r.changes);
  const delivery = await deliverChanges(changes, { store: deps.store, publisher: deps.publisher, now: deps.now });
  return { polled, changes, alerts: { sent: delivery.sent.length, failed: delivery.failed.length } };
}
