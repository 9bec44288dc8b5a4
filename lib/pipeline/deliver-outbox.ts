/**
 * The outbox use case: every stored change whose alert has not gone out, delivered now.
 * The local runner calls it at start-up and in every cycle, so a change stored by a run
 * that crashed (before, during or after publishing) is delivered by the next one,
 * exactly once (`lib/alert/deliver.ts` decides from each change's delivery record).
 * `outboxHealth` is what `radar status --sources` and the logs show of it.
 */
import { deliverChanges, decide, type DeliverDeps, type DeliveryReport } from '../alert/deliver';
import type { AlertPhase, RadarStore } from '../core/ports';

/** Delivers the whole outbox, oldest change first. */
export async function deliverOutbox(deps: DeliverDeps & { store: Pick<RadarStore, 'listOutbox'> }): Promise<DeliveryReport & { outbox: number }> {
  const changes = await deps.store.listOutbox();
  return { ...(await deliverChanges(changes, deps)), outbox: changes.length };
}

export interface StuckAlert {
  changeId: string;
  project: string;
  phase: AlertPhase | 'waiting';
  attempts: number;
  /** A claim whose lease ended (its deliverer died or hung). */
  expired: boolean;
  lastError?: string;
  at: string;
}

export interface OutboxHealth {
  /** Changes whose alert has not gone out. */
  undelivered: number;
  /** Of those, the ones that need a person or a look: ambiguous, exhausted, or claims past their lease. */
  stuck: StuckAlert[];
  /** Count per phase (`waiting`: never claimed yet). */
  byPhase: Partial<Record<AlertPhase | 'waiting', number>>;
}

/**
 * The outbox as an operator sees it: how much is waiting and what is stuck.
 *
 * @example
 * await outboxHealth(store, new Date()) // => { undelivered: 2, stuck: [{ changeId, phase: 'ambiguous', … }], byPhase: { waiting: 1, ambiguous: 1 } }
 */
export async function outboxHealth(store: Pick<RadarStore, 'listOutbox' | 'getAlert'>, now: Date, options: { maxAttempts?: number } = {}): Promise<OutboxHealth> {
  const changes = await store.listOutbox();
  const health: OutboxHealth = { undelivered: 0, stuck: [], byPhase: {} };
  for (const change of changes) {
    const record = await store.getAlert(change.id);
    const phase = record?.phase ?? 'waiting';
    if (phase === 'sent') continue; // delivered; only its outbox entry was left behind
    health.undelivered++;
    health.byPhase[phase] = (health.byPhase[phase] ?? 0) + 1;
    const decision = decide(record, now, { maxAttempts: options.maxAttempts });
    const expired = (phase === 'claimed' || phase === 'publishing') && decision.kind !== 'busy';
    if (decision.kind === 'held' || expired) {
      health.stuck.push({
        changeId: change.id,
        project: change.project,
        phase: decision.kind === 'held' ? decision.phase : phase,
        attempts: record?.attempts ?? 0,
        expired,
        lastError: record?.lastError ? `${record.lastError.code} ${record.lastError.message}` : undefined,
        at: record?.updatedAt ?? change.at,
      });
    }
  }
  return health;
}
