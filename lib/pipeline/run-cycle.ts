/**
 * One polling cycle in one process (the local runner and the demo): the outbox left by
 * an earlier run first, then every due source, a few at a time, then the outbox again
 * (this cycle's changes and anything still waiting). On AWS the same steps are spread
 * over the dispatch, poll-source and notify functions.
 */
import type { AlertPublisher } from '../core/ports';
import { describeError, isRadarError } from '../core/errors';
import type { Change, Source } from '../core/types';
import { nextBackoff } from '../fetch';
import type { DeliverOptions, DeliveryReport } from '../alert/deliver';
import { deliverOutbox } from './deliver-outbox';
import { dueSources } from './due-sources';
import { pollSource, type PollDeps, type PollReport } from './poll-source';

export interface CycleDeps extends PollDeps {
  publisher: AlertPublisher;
  sourceConcurrency?: number;
  /** Claim owner, lease and attempts of alert delivery. */
  delivery?: DeliverOptions;
}

export interface CycleReport {
  polled: PollReport[];
  changes: Change[];
  /** `sent`: alerts published in this cycle (this cycle's changes or left over). `failed`: not sent and retried next cycle. `held`: need a person. */
  alerts: { sent: number; failed: number; held: number; busy: number; error?: string };
}

type OutboxRun = DeliveryReport & { error?: string };

/** The outbox could not be read (the store is down): the cycle goes on, and says so. */
async function deliverSafely(deps: CycleDeps): Promise<OutboxRun> {
  try {
    return await deliverOutbox(deps);
  } catch (error) {
    return { sent: [], skipped: [], busy: [], held: [], failed: [], unrecorded: [], error: describeError(error) };
  }
}

export async function runCycle(
  sources: readonly Source[],
  deps: CycleDeps,
  options: { force?: boolean; onReport?: (report: PollReport) => void } = {},
): Promise<CycleReport> {
  // Changes a crashed run stored but never alerted go out before the (slow) polling.
  const leftover = await deliverSafely(deps);
  const due = options.force ? [...sources] : dueSources(sources, await deps.store.listSourceStates(), deps.now());
  const polled: PollReport[] = [];
  const queue = [...due];
  const worker = async () => {
    for (let source = queue.shift(); source; source = queue.shift()) {
      const report = await pollSafely(source, deps);
      polled.push(report);
      options.onReport?.(report);
    }
  };
  // Four sources at a time. Eight kept the analysis threads busier, but sources that
  // report on the same projects then lost the version check of a project state more than
  // applyEventsToProjects retries (500 sources of bench:cycle), which fails the run.
  await Promise.all(Array.from({ length: Math.min(deps.sourceConcurrency ?? 4, due.length) }, worker));
  const changes = polled.flatMap((r) => r.changes);
  const delivery = await deliverSafely(deps);
  return { polled, changes, alerts: summarise(leftover, delivery) };
}

/**
 * A poll that throws (the store failed under it, a bug) is one failed source, never a
 * failed cycle: it is reported, and recorded on the source's state with a backoff when
 * the store takes the write.
 */
async function pollSafely(source: Source, deps: CycleDeps): Promise<PollReport> {
  try {
    return await pollSource(source, deps);
  } catch (error) {
    const now = deps.now();
    const failure = { url: source.url, code: isRadarError(error) ? error.code : 'RADAR_INTERNAL', message: describeError(error) };
    try {
      const previous = (await deps.store.getSourceState(source.id)) ?? { sourceId: source.id, failures: 0 };
      const failures = previous.failures + 1;
      await deps.store.putSourceState({ ...previous, failures, lastError: { code: failure.code, message: failure.message, at: now.toISOString() }, backoffUntil: nextBackoff(failures, now).toISOString() });
    } catch {
      // The store is what failed: the report below still says so.
    }
    return { sourceId: source.id, outcome: 'failed', items: 0, newArticles: 0, events: [], changes: [], error: failure, itemFailures: [] };
  }
}

function summarise(first: OutboxRun, second: OutboxRun): CycleReport['alerts'] {
  return {
    sent: first.sent.length + second.sent.length,
    failed: second.failed.length,
    held: second.held.length,
    busy: second.busy.length,
    error: second.error ?? first.error,
  };
}
