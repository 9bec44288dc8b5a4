/**
 * Scheduled: sends one SQS message per due source, so each source is polled by its own
 * `poll-source` invocation (and a bad one only fails itself). The queue is FIFO with one
 * message group per host, so no two Lambdas poll one site at once. A retried run sends
 * only what it has not sent: the run's marker lists the sources already queued, and the
 * deduplication id (source + scheduled time) drops repeats within SQS's five minutes.
 */
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { shortHash } from '../lib/core/hash';
import type { RadarConfig } from '../lib/config/schema';
import type { Source, SourceState } from '../lib/core/types';
import { dueSources } from '../lib/pipeline/due-sources';
import { lambdaConfig } from '../lib/runtime/lambda-config';
import { METRIC } from '../lib/runtime/lambda-metric-names';
import { instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import type { RunLedger } from '../lib/runtime/lambda-run-ledger';
import { lambdaRunLedger, lambdaSqs, lambdaStore, requireEnv, systemClock } from '../lib/runtime/lambda-runtime';
import { scheduledRunTime, type ScheduledRunEvent } from '../lib/runtime/lambda-schedule';

/** One poll request on the sources queue. */
export interface SourceMessage {
  body: { sourceId: string; run: string };
  /** FIFO message group: the source's host, so one host is polled by one Lambda at a time. */
  groupId: string;
  deduplicationId: string;
}

export interface DispatchDeps extends Observability {
  /** The sources in force now (pushed configuration, else the bundled one). */
  sources: () => Promise<readonly Source[]>;
  listSourceStates: () => Promise<SourceState[]>;
  /** Sends up to 10 messages; returns the source ids that failed. */
  sendBatch: (messages: SourceMessage[]) => Promise<string[]>;
  ledger: Pick<RunLedger, 'get' | 'put'>;
  now: () => Date;
}

export interface DispatchResult {
  run: string;
  dispatched: string[];
  /** The run was completed by an earlier attempt: nothing sent. */
  repeated: boolean;
}

/**
 * The sources with the configuration's schedule interval as a floor under their own:
 * the scheduler ticks every few minutes, and `schedule.intervalMinutes` in the pushed
 * configuration decides how often a source may be polled, without a deploy.
 */
export function sourcesOnSchedule(config: Pick<RadarConfig, 'sources' | 'schedule'>): Source[] {
  return config.sources.map((s) => (s.intervalMinutes >= config.schedule.intervalMinutes ? s : { ...s, intervalMinutes: config.schedule.intervalMinutes }));
}

/** The message that asks for one poll of `source` in the run scheduled at `run`. */
export function sourceMessage(source: Source, run: string): SourceMessage {
  return { body: { sourceId: source.id, run }, groupId: new URL(source.url).host.toLowerCase(), deduplicationId: shortHash(`${source.id}@${run}`) };
}

export function makeHandler(deps: DispatchDeps) {
  const { logger, metrics } = deps;
  return async (event: ScheduledRunEvent): Promise<DispatchResult> => {
    const run = scheduledRunTime(event, deps.now());
    const previous = await deps.ledger.get('dispatch', run);
    if (previous?.status === 'done') {
      logger.info('run already dispatched', { run, sources: previous.completed.length });
      return { run, dispatched: [], repeated: true };
    }
    const already = new Set(previous?.completed ?? []);
    const due = dueSources(await deps.sources(), await deps.listSourceStates(), deps.now()).filter((s) => !already.has(s.id));
    const failed = new Set<string>();
    for (let i = 0; i < due.length; i += 10) {
      for (const id of await deps.sendBatch(due.slice(i, i + 10).map((s) => sourceMessage(s, run)))) failed.add(id);
    }
    const sent = due.filter((s) => !failed.has(s.id)).map((s) => s.id);
    metrics.count(METRIC.sourcesDispatched, sent.length);
    const completed = [...already, ...sent];
    await deps.ledger.put({ kind: 'dispatch', scheduledTime: run, status: failed.size ? 'partial' : 'done', completed, updatedAt: deps.now().toISOString() });
    // Thrown so Lambda's retry (and then the failure destination) takes the rest.
    if (failed.size) throw new Error(`could not enqueue ${failed.size} of ${due.length} sources: ${[...failed].join(', ')}`);
    logger.info('dispatched', { run, dispatched: sent.length, earlier: already.size });
    return { run, dispatched: sent, repeated: false };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = instrument<ScheduledRunEvent, DispatchResult>(
  'dispatch',
  async (event) => {
    if (!handle) {
      const queueUrl = requireEnv(process.env, 'RADAR_QUEUE_URL');
      const store = lambdaStore();
      handle = makeHandler({
        ...lambdaObservability(),
        sources: async () => sourcesOnSchedule((await lambdaConfig()).config),
        listSourceStates: () => store.listSourceStates(),
        ledger: lambdaRunLedger(),
        now: systemClock,
        sendBatch: async (messages) => {
          const out = await lambdaSqs().send(
            new SendMessageBatchCommand({
              QueueUrl: queueUrl,
              Entries: messages.map((m, i) => ({ Id: String(i), MessageBody: JSON.stringify(m.body), MessageGroupId: m.groupId, MessageDeduplicationId: m.deduplicationId })),
            }),
          );
          return (out.Failed ?? []).map((f) => messages[Number(f.Id)]?.body.sourceId ?? '');
        },
      });
    }
    return handle(event);
  },
  (event) => scheduledRunTime(event, new Date()),
);
