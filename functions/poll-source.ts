/**
 * SQS consumer (FIFO, one message group per host): each message names one source to
 * poll. A source whose fetch fails has its failure recorded in its state and is then
 * reported in `batchItemFailures`, so a source that keeps failing reaches the DLQ and its
 * alarm; a message whose poll throws (the store is unreachable, say) is reported too.
 * FIFO order: after a failure, the rest of that host's messages in the batch go back with it.
 *
 * Time budget: the invocation stops taking new work `limits.lambdaReserveMs` before the
 * Lambda's own timeout. A poll cut short keeps what it did (articles are recorded a batch
 * at a time) and, like a message not started, goes back to the queue as a batch item
 * failure, so a timed-out poll neither loses its progress nor repeats it.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { RadarConfig } from '../lib/config/schema';
import type { Source } from '../lib/core/types';
import { pollSource, type PollDeps, type PollOptions, type PollReport } from '../lib/pipeline/poll-source';
import { discoveredAlertPolicy } from '../lib/state/discovered-policy';
import { createCommonDeps, pollLimits } from '../lib/runtime/deps';
import { lambdaConfig } from '../lib/runtime/lambda-config';
import { METRIC } from '../lib/runtime/lambda-metric-names';
import { errorFields, instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export interface PollHandlerDeps extends Observability {
  /** The sources in force and a poller wired to the same configuration; called once per batch. */
  load: () => Promise<{ sources: readonly Source[]; poll: (source: Source, options: PollOptions) => Promise<PollReport>; reserveMs?: number }>;
  now: () => Date;
}

function recordMetrics(report: PollReport, deps: PollHandlerDeps): void {
  const { metrics } = deps;
  metrics.count(METRIC.sourcesPolled);
  metrics.count(METRIC.articlesRead, report.newArticles);
  metrics.count(METRIC.articlesFailed, report.itemFailures.length);
  metrics.count(METRIC.eventsDetected, report.events.length);
  metrics.count(METRIC.changesDetected, report.changes.length);
  if (report.outcome === 'failed') {
    metrics.count(METRIC.sourcesFailed);
    metrics.count(METRIC.sourceConsecutiveFailures, report.consecutiveFailures ?? 1);
  }
  // Publication to detection, once per article that gave events (an undated article is skipped).
  const now = deps.now().getTime();
  const published = new Map(report.events.map((e) => [e.articleId, Date.parse(e.publishedAt)]));
  for (const at of published.values()) if (!Number.isNaN(at) && at < now) metrics.seconds(METRIC.detectionLatency, Math.round((now - at) / 1000));
}

export function makeHandler(deps: PollHandlerDeps) {
  const { logger } = deps;
  return async (event: SQSEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    const blockedGroups = new Set<string>();
    const fail = (record: SQSRecord) => {
      batchItemFailures.push({ itemIdentifier: record.messageId });
      if (record.attributes.MessageGroupId) blockedGroups.add(record.attributes.MessageGroupId);
    };
    const { sources, poll, reserveMs } = await deps.load();
    const deadline = context ? Date.now() + context.getRemainingTimeInMillis() - (reserveMs ?? 40_000) : undefined;
    for (const record of event.Records) {
      if (record.attributes.MessageGroupId && blockedGroups.has(record.attributes.MessageGroupId)) {
        fail(record);
        continue;
      }
      if (deadline !== undefined && Date.now() >= deadline) {
        // Out of time before this one started: back to the queue, untouched (and, FIFO,
        // the rest of its host's messages with it).
        logger.warn('time budget spent: message returned', { messageId: record.messageId });
        fail(record);
        continue;
      }
      logger.appendKeys({ messageId: record.messageId });
      try {
        const { sourceId } = JSON.parse(record.body) as { sourceId?: string };
        logger.appendKeys({ sourceId });
        const source = sources.find((s) => s.id === sourceId);
        // An unknown source (removed from the config since dispatch) is dropped, not retried.
        if (!source) {
          logger.warn('unknown source: message dropped');
          continue;
        }
        const report = await poll(source, { deadline });
        recordMetrics(report, deps);
        for (const item of report.itemFailures) logger.warn('article not read; its feed summary was used', { articleUrl: item.url, errorCode: item.code, error: item.message });
        const summary = { outcome: report.outcome, items: report.items, itemsDropped: report.itemsDropped, newArticles: report.newArticles, remaining: report.remaining, events: report.events.length, changes: report.changes.length };
        if (report.outcome === 'failed') {
          logger.warn('source failed; returned to the queue', { ...summary, consecutiveFailures: report.consecutiveFailures, errorCode: report.error?.code, error: report.error?.message });
          fail(record);
        } else if (report.outcome === 'backing-off' && Number(record.attributes.ApproximateReceiveCount) > 1) {
          // A redelivery of a failed poll, and the source is still backing off: still failing.
          logger.warn('source still backing off after a failed poll; returned to the queue', summary);
          fail(record);
        } else if (report.outcome === 'partial') {
          // Cut short by the time budget: the rest is read when the message comes back.
          logger.warn('time budget spent mid-poll; the rest returned to the queue', summary);
          fail(record);
        } else {
          logger.info('source polled', summary);
        }
      } catch (error) {
        logger.error('poll failed', errorFields(error));
        fail(record);
      } finally {
        logger.removeKeys(['messageId', 'sourceId']);
      }
    }
    return { batchItemFailures };
  };
}

/** The poller for one configuration, rebuilt (detector, fetcher) when a push changes it. */
function lambdaPoller() {
  let built: { config: RadarConfig; deps: PollDeps } | undefined;
  return async () => {
    const { config } = await lambdaConfig();
    if (built?.config !== config) {
      await built?.deps.fetcher.close();
      built = {
        config,
        deps: {
          ...createCommonDeps(config),
          store: lambdaStore(),
          now: systemClock,
          minConfidence: config.alerts.minConfidence,
          confirmBelow: config.alerts.confirmBelow,
          limits: pollLimits(config),
          discovered: discoveredAlertPolicy(config),
        },
      };
    }
    const deps = built.deps;
    return { sources: config.sources, poll: (source: Source, options: PollOptions) => pollSource(source, deps, options), reserveMs: config.limits.lambdaReserveMs };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = instrument<SQSEvent, SQSBatchResponse>(
  'poll-source',
  async (event, context) => {
    handle ??= makeHandler({ ...lambdaObservability(), load: lambdaPoller(), now: systemClock });
    return handle(event, context);
  },
  // The dispatch run that asked for these polls ties their logs together.
  (event) => {
    try {
      return (JSON.parse(event.Records[0]?.body ?? '{}') as { run?: string }).run;
    } catch {
      return undefined;
    }
  },
);
