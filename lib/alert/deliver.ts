/**
 * Delivers changes as alerts, each exactly once whatever crashes when, through a
 * delivery record per change (`AlertRecord`, item `PK=CHANGE#id, SK=ALERT`) moved only by
 * version-checked writes:
 *
 *   (none) --claim--> claimed --> publishing --ok--> sent
 *                                     |--refused--> pending (retried) | exhausted (after maxAttempts)
 *                                     '--unknown--> ambiguous (held for a person)
 *
 * - A claim carries an owner and a lease. A claim whose lease ended, or whose owner is
 *   known to be gone (a local process that died), is taken over. A `claimed` record never
 *   reached the publisher, so it is simply retried.
 * - A `publishing` record taken over may or may not have gone out. It is never re-sent
 *   blindly: the publisher is asked (`wasDelivered`: the local outbox file knows); when it
 *   cannot tell (SNS has no "did you get this" call), the record becomes `ambiguous`.
 * - A publish that failed in a way that may have reached the channel (a timeout after
 *   sending, a dropped connection, a 5xx) is `ambiguous` too; only a refusal (a 4xx:
 *   throttled, invalid, forbidden) is retried.
 * - A refusal whose record cannot be written is reported as failed with both errors, never
 *   as success.
 * One bad change never stops the others.
 */
import { hostname } from 'node:os';
import { describeError, isRadarError } from '../core/errors';
import type { AlertPhase, AlertPublisher, AlertRecord, RadarStore } from '../core/ports';
import type { Change } from '../core/types';
import { buildAlert } from './message';

export interface DeliverOptions {
  /** How long a claim holds before another deliverer may take it over. Default 60 000. */
  leaseMs?: number;
  /** Refused publishes after which a change's alert is given up (`exhausted`). Default 5. */
  maxAttempts?: number;
  /** Who delivers, stored on its claims: `local:<host>:<pid>`, a Lambda request id. */
  owner?: string;
  /** True when a claim's owner is known to be gone: its claim is taken over without waiting for the lease. */
  isOwnerGone?: (owner: string) => boolean;
}

export interface DeliverDeps {
  store: Pick<RadarStore, 'getAlert' | 'putAlert' | 'leaveOutbox'>;
  publisher: AlertPublisher;
  now: () => Date;
  delivery?: DeliverOptions;
}

export interface DeliveryReport {
  /** Published now (or found delivered by an interrupted run, per the publisher's own record). */
  sent: string[];
  /** Delivered before (by another run, a retry, or earlier in this list). */
  skipped: string[];
  /** Held by another deliverer whose lease is running: try again later. */
  busy: string[];
  /** Needs a person: the publish may have gone out (`ambiguous`) or was refused too often (`exhausted`). */
  held: { id: string; phase: 'ambiguous' | 'exhausted' }[];
  /** Not sent now. `retry`: the record allows another attempt (`pending`, or a store failure before publishing). */
  failed: { id: string; error: unknown; retry: boolean }[];
  /** Sent, but the record saying so could not be written (it will read as interrupted later). */
  unrecorded: { id: string; error: unknown }[];
}

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Version conflicts tolerated per change before it is left to the next run. */
const MAX_CONFLICTS = 3;

/** What the record says to do next. Pure: the decision table of the module header. */
export type Decision =
  | { kind: 'claim' }
  | { kind: 'done' }
  | { kind: 'busy' }
  | { kind: 'held'; phase: 'ambiguous' | 'exhausted' }
  | { kind: 'confirm' };

/**
 * Decides what a deliverer does with a change whose record is `record` (null: never claimed).
 *
 * @example
 * decide(null, new Date(), { maxAttempts: 5 }) // => { kind: 'claim' }
 * decide({ changeId: 'c', phase: 'sent', attempts: 1, updatedAt: '…', rev: 3 }, new Date(), {}) // => { kind: 'done' }
 */
export function decide(record: AlertRecord | null, now: Date, options: DeliverOptions): Decision {
  if (!record) return { kind: 'claim' };
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  switch (record.phase) {
    case 'sent':
      return { kind: 'done' };
    case 'ambiguous':
    case 'exhausted':
      return { kind: 'held', phase: record.phase };
    case 'pending':
      return record.attempts >= maxAttempts ? { kind: 'held', phase: 'exhausted' } : { kind: 'claim' };
    case 'claimed':
    case 'publishing': {
      // Our own claim that never reached the publisher (a write retried after a lost answer).
      if (record.phase === 'claimed' && options.owner !== undefined && record.owner === options.owner) return { kind: 'claim' };
      const expired = !record.leaseUntil || Date.parse(record.leaseUntil) <= now.getTime();
      const gone = record.owner !== undefined && record.owner !== options.owner && (options.isOwnerGone?.(record.owner) ?? false);
      if (!expired && !gone) return { kind: 'busy' };
      if (record.phase === 'claimed') return record.attempts >= maxAttempts ? { kind: 'held', phase: 'exhausted' } : { kind: 'claim' };
      return { kind: 'confirm' };
    }
  }
}

/**
 * True when a failed publish may nevertheless have reached the channel: no HTTP answer
 * (a timeout, a reset connection) or a server error. A 4xx is a refusal: nothing went out.
 */
export function isAmbiguousPublishFailure(error: unknown): boolean {
  const cause = (isRadarError(error) && error.cause !== undefined ? error.cause : error) as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
  } | null;
  const status = cause?.$metadata?.httpStatusCode;
  if (status !== undefined) return status >= 500;
  const name = cause?.name ?? '';
  // The SDK's own refusals before sending carry no status either; they are not ambiguous.
  if (name === 'CredentialsProviderError' || name === 'InvalidParameterException' || name === 'InvalidParameter') return false;
  return true;
}

/** The default owner of this process's claims. */
export function processOwner(prefix = 'local'): string {
  return `${prefix}:${hostname()}:${process.pid}`;
}

/**
 * Publishes each change once, in order. Never throws for one change: its outcome is in
 * the report.
 */
export async function deliverChanges(changes: readonly Change[], deps: DeliverDeps): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: [], skipped: [], busy: [], held: [], failed: [], unrecorded: [] };
  const seen = new Set<string>();
  for (const change of changes) {
    if (seen.has(change.id)) {
      report.skipped.push(change.id);
      continue;
    }
    seen.add(change.id);
    try {
      await deliverOne(change, deps, report);
    } catch (error) {
      // A store failure before anything was published: the record did not move, retry later.
      report.failed.push({ id: change.id, error, retry: true });
    }
  }
  return report;
}

async function deliverOne(change: Change, deps: DeliverDeps, report: DeliveryReport): Promise<void> {
  const options = deps.delivery ?? {};
  const owner = options.owner ?? processOwner();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const at = () => deps.now().toISOString();

  for (let conflicts = 0; conflicts < MAX_CONFLICTS; conflicts++) {
    const record = await deps.store.getAlert(change.id);
    const decision = decide(record, deps.now(), { ...options, owner });
    const rev = record?.rev ?? 0;
    if (decision.kind === 'done') {
      await deps.store.leaveOutbox(change.id); // a run that died between the two writes
      report.skipped.push(change.id);
      return;
    }
    if (decision.kind === 'busy') {
      report.busy.push(change.id);
      return;
    }
    if (decision.kind === 'held') {
      if (record && record.phase !== decision.phase && rev >= 0) await deps.store.putAlert({ ...record, phase: decision.phase, updatedAt: at() }, rev);
      report.held.push({ id: change.id, phase: decision.phase });
      return;
    }
    const attempts = record?.attempts ?? 0;
    if (decision.kind === 'confirm' && record) {
      const delivered = deps.publisher.wasDelivered ? await deps.publisher.wasDelivered(change.id) : undefined;
      if (delivered === true) {
        if (!(await deps.store.putAlert({ ...record, phase: 'sent', sentAt: at(), updatedAt: at(), owner, leaseUntil: undefined }, rev))) continue;
        await deps.store.leaveOutbox(change.id);
        report.sent.push(change.id);
        return;
      }
      if (delivered === undefined) {
        const error = { code: 'RADAR_ALERT_AMBIGUOUS', message: `publish by ${record.owner ?? 'unknown'} was interrupted; the channel cannot tell whether it went out`, at: at() };
        if (!(await deps.store.putAlert({ ...record, phase: 'ambiguous', lastError: error, updatedAt: at() }, rev))) continue;
        report.held.push({ id: change.id, phase: 'ambiguous' });
        return;
      }
      if (attempts >= maxAttempts) {
        if (!(await deps.store.putAlert({ ...record, phase: 'exhausted', updatedAt: at() }, rev))) continue;
        report.held.push({ id: change.id, phase: 'exhausted' });
        return;
      }
      // Known not delivered: claim it again below.
    }

    const lease = () => new Date(deps.now().getTime() + leaseMs).toISOString();
    const claimed: AlertRecord = { changeId: change.id, phase: 'claimed', attempts, owner, leaseUntil: lease(), updatedAt: at(), lastError: record?.lastError, rev: rev + 1 };
    if (!(await deps.store.putAlert(claimed, rev))) continue;
    const publishing: AlertRecord = { ...claimed, phase: 'publishing', attempts: attempts + 1, leaseUntil: lease(), updatedAt: at(), rev: rev + 2 };
    if (!(await deps.store.putAlert(publishing, rev + 1))) continue;

    try {
      await deps.publisher.publish(buildAlert(change));
    } catch (publishError) {
      await recordFailure(change.id, publishing, publishError, deps, maxAttempts, report);
      return;
    }
    try {
      const sent: AlertRecord = { ...publishing, phase: 'sent', sentAt: at(), updatedAt: at(), leaseUntil: undefined, lastError: undefined, rev: rev + 3 };
      if (!(await deps.store.putAlert(sent, rev + 2))) throw new Error('the delivery record was taken over while publishing');
      await deps.store.leaveOutbox(change.id);
    } catch (error) {
      report.unrecorded.push({ id: change.id, error });
    }
    report.sent.push(change.id);
    return;
  }
  report.busy.push(change.id);
}

async function recordFailure(
  changeId: string,
  publishing: AlertRecord,
  publishError: unknown,
  deps: DeliverDeps,
  maxAttempts: number,
  report: DeliveryReport,
): Promise<void> {
  const ambiguous = isAmbiguousPublishFailure(publishError);
  const phase: AlertPhase = ambiguous ? 'ambiguous' : publishing.attempts >= maxAttempts ? 'exhausted' : 'pending';
  const code = ambiguous ? 'RADAR_ALERT_AMBIGUOUS' : isRadarError(publishError) ? publishError.code : 'RADAR_ALERT_PUBLISH';
  const at = deps.now().toISOString();
  const next: AlertRecord = { ...publishing, phase, leaseUntil: undefined, updatedAt: at, lastError: { code, message: describeError(publishError), at } };
  let recordError: unknown;
  try {
    if (!(await deps.store.putAlert(next, publishing.rev))) recordError = new Error('the delivery record was taken over while publishing');
  } catch (error) {
    recordError = error;
  }
  if (recordError !== undefined) {
    // The record still says `publishing`: a later run will treat it as interrupted (and
    // ask the channel), never as sent. Say so, keeping both errors.
    report.failed.push({ id: changeId, error: new AggregateError([publishError, recordError], `alert ${changeId} failed and its delivery record could not be updated`), retry: false });
    return;
  }
  if (phase === 'pending') report.failed.push({ id: changeId, error: publishError, retry: true });
  else report.held.push({ id: changeId, phase });
}
