/**
 * The payload EventBridge Scheduler sends the scheduled functions (the stack sets it with
 * context attributes), and the one time that names a run: retries of one scheduled run
 * carry the same `scheduledTime`, so it keys the run's marker and the SQS deduplication id.
 */

/** What the stack's schedules send (`<aws.scheduler.*>` context attributes). */
export interface ScheduledRunEvent {
  /** When the run was scheduled (ISO), the same on every retry of this run. */
  scheduledTime?: string;
  scheduleArn?: string;
  /** Unique per invocation attempt. */
  executionId?: string;
  attemptNumber?: string;
  /** An EventBridge rule's scheduled event carries `time` instead. */
  time?: string;
}

/**
 * The run's scheduled time as UTC ISO; a manual invocation without one is named by the
 * current minute, so two clicks in one minute are one run.
 *
 * @example
 * scheduledRunTime({ scheduledTime: '2024-05-14T09:15:00Z' }, new Date()) // => '2024-05-14T09:15:00.000Z'
 */
export function scheduledRunTime(event: ScheduledRunEvent | null | undefined, now: Date): string {
  for (const value of [event?.scheduledTime, event?.time]) {
    const time = value ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
}
