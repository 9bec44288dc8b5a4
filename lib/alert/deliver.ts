/**
 * Delivers changes as alerts, each at most once however often it is delivered: claim
 * the change in the store, publish, and give the claim back if publishing failed so a
 * retry can send it. One bad change never stops the others.
 */
import type { AlertPublisher, RadarStore } from '../core/ports';
import type { Change } from '../core/types';
import { buildAlert } from './message';

export interface DeliverDeps {
  store: Pick<RadarStore, 'claimAlert' | 'releaseAlert'>;
  publisher: AlertPublisher;
  now: () => Date;
}

export interface DeliveryReport {
  /** Published now. */
  sent: string[];
  /** Claimed before (by another run, a retry, or earlier in this list). */
  skipped: string[];
  /** Not sent; each released for a retry (unless the claim itself failed). */
  failed: { id: string; error: unknown }[];
}

/**
 * Publishes each change once, in order. Never throws for one change: its error is in
 * `failed`. A claim that cannot be released after a failed publish is reported as an
 * `AggregateError` of both errors: that change stays claimed and needs a person.
 */
export async function deliverChanges(changes: Change[], deps: DeliverDeps): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: [], skipped: [], failed: [] };
  for (const change of changes) {
    let claimed: boolean;
    try {
      claimed = await deps.store.claimAlert(change.id, deps.now().toISOString());
    } catch (error) {
      report.failed.push({ id: change.id, error });
      continue;
    }
    if (!claimed) {
      report.skipped.push(change.id);
      continue;
    }
    try {
      await deps.publisher.publish(buildAlert(change));
      report.sent.push(change.id);
    } catch (error) {
      report.failed.push({ id: change.id, error: await release(deps, change.id, error) });
    }
  }
  return report;
}

async function release(deps: DeliverDeps, changeId: string, publishError: unknown): Promise<unknown> {
  try {
    await deps.store.releaseAlert(changeId);
    return publishError;
  } catch (releaseError) {
    // The claim stays: this change will not be retried by itself. Say so, keeping both errors.
    return new AggregateError([publishError, releaseError], `alert ${changeId} failed and its claim could not be released`);
  }
}
