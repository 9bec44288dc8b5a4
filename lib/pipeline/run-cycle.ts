/**
 * One polling cycle in one process (the local runner and the demo): the outbox left by
 * an earlier run first, then every due source, a few at a time, then the outbox again
 * (this cycle's changes and anything still waiting). On AWS the same steps are spread
 * over the dispatch, poll-source and notify functions.
 */
import type { AlertPublisher } from '../core/ports';
import type { Change, Source } from '../core/types';
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
  alerts: { sent: number; failed: number; held: number; busy: number };
}

export async function runCycle(
  sources: readonly Source[],
  deps: CycleDeps,
  options: { force?: boolean; onReport?: (report: PollReport) => void } = {},
): Promise<CycleReport> {
  // Changes a crashed run stored but never alerted go out before the (slow) polling.
  const leftover = await deliverOutbox(deps);
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
  await Promise.all(Array.from({ length: Math.min(deps.sourceConcurrency ?? 4, due.length) }, worker));
  const changes = polled.flatMap((r) => r.changes);
  const delivery = await deliverOutbox(deps);
  return { polled, changes, alerts: summarise(leftover, delivery) };
}

function summarise(first: DeliveryReport, second: DeliveryReport): CycleReport['alerts'] {
  return {
    sent: first.sent.length + second.sent.length,
    failed: second.failed.length,
    held: second.held.length,
    busy: second.busy.length,
  };
}
