/**
 * SQS consumer: each message names one source to poll. A message whose poll throws
 * (the store is unreachable, say) is returned in `batchItemFailures` and retried; a
 * source that merely fails to fetch is recorded in its state and not retried here.
 *
 * Time budget: the invocation stops taking new work `limits.lambdaReserveMs` before the
 * Lambda's own timeout. A poll cut short keeps what it did (articles are recorded a batch
 * at a time) and, like a message not started, goes back to the queue as a batch item
 * failure, so a timed-out poll neither loses its progress nor repeats it.
 */
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Source } from '../lib/core/types';
import { describeError } from '../lib/core/errors';
import { pollSource, type PollDeps, type PollOptions, type PollReport } from '../lib/pipeline/poll-source';
import { discoveredAlertPolicy } from '../lib/state/discovered-policy';
import { createCommonDeps, pollLimits } from '../lib/runtime/deps';
import { lambdaConfig } from '../lib/runtime/lambda-config';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export interface PollHandlerDeps {
  sources: readonly Source[];
  poll: (source: Source, options: PollOptions) => Promise<PollReport>;
  /** Milliseconds kept in hand before the Lambda's timeout. */
  reserveMs?: number;
  log?: (line: string) => void;
}

export function makeHandler(deps: PollHandlerDeps) {
  const log = deps.log ?? ((line: string) => console.log(line));
  return async (event: SQSEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    const deadline = context ? Date.now() + context.getRemainingTimeInMillis() - (deps.reserveMs ?? 40_000) : undefined;
    for (const record of event.Records) {
      if (deadline !== undefined && Date.now() >= deadline) {
        // Out of time before this one started: back to the queue, untouched.
        log(JSON.stringify({ level: 'warn', message: 'time budget spent: message returned', messageId: record.messageId }));
        batchItemFailures.push({ itemIdentifier: record.messageId });
        continue;
      }
      try {
        const { sourceId } = JSON.parse(record.body) as { sourceId?: string };
        const source = deps.sources.find((s) => s.id === sourceId);
        // An unknown source (removed from the config since dispatch) is dropped, not retried.
        if (!source) {
          log(JSON.stringify({ level: 'warn', message: 'unknown source', sourceId }));
          continue;
        }
        const report = await deps.poll(source, { deadline });
        log(
          JSON.stringify({
            level: report.outcome === 'failed' ? 'warn' : 'info',
            sourceId,
            outcome: report.outcome,
            items: report.items,
            itemsDropped: report.itemsDropped,
            newArticles: report.newArticles,
            remaining: report.remaining,
            itemFailures: report.itemFailures.length,
            events: report.events.length,
            changes: report.changes.length,
            error: report.error,
          }),
        );
        // Cut short by the time budget: the rest is read when the message comes back.
        if (report.outcome === 'partial') batchItemFailures.push({ itemIdentifier: record.messageId });
      } catch (error) {
        log(JSON.stringify({ level: 'error', messageId: record.messageId, error: describeError(error) }));
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  if (!handle) {
    const config = lambdaConfig();
    const deps: PollDeps = {
      ...createCommonDeps(config),
      store: lambdaStore(),
      now: systemClock,
      minConfidence: config.alerts.minConfidence,
      confirmBelow: config.alerts.confirmBelow,
      limits: pollLimits(config),
      discovered: discoveredAlertPolicy(config),
    };
    handle = makeHandler({ sources: config.sources, poll: (source, options) => pollSource(source, deps, options), reserveMs: config.limits.lambdaReserveMs });
  }
  return handle(event, context);
};
