/**
 * SQS consumer: each message names one source to poll. A message whose poll throws
 * (the store is unreachable, say) is returned in `batchItemFailures` and retried; a
 * source that merely fails to fetch is recorded in its state and not retried here.
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Source } from '../lib/core/types';
import { describeError } from '../lib/core/errors';
import { pollSource, type PollDeps, type PollReport } from '../lib/pipeline/poll-source';
import { discoveredAlertPolicy } from '../lib/state/discovered-policy';
import { createCommonDeps } from '../lib/runtime/deps';
import { lambdaConfig } from '../lib/runtime/lambda-config';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export function makeHandler(deps: { sources: readonly Source[]; poll: (source: Source) => Promise<PollReport>; log?: (line: string) => void }) {
  const log = deps.log ?? ((line: string) => console.log(line));
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        const { sourceId } = JSON.parse(record.body) as { sourceId?: string };
        const source = deps.sources.find((s) => s.id === sourceId);
        // An unknown source (removed from the config since dispatch) is dropped, not retried.
        if (!source) {
          log(JSON.stringify({ level: 'warn', message: 'unknown source', sourceId }));
          continue;
        }
        const report = await deps.poll(source);
        log(JSON.stringify({ level: report.outcome === 'failed' ? 'warn' : 'info', sourceId, outcome: report.outcome, items: report.items, newArticles: report.newArticles, events: report.events.length, changes: report.changes.length, error: report.error }));
      } catch (error) {
        log(JSON.stringify({ level: 'error', messageId: record.messageId, error: describeError(error) }));
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  if (!handle) {
    const config = lambdaConfig();
    const deps: PollDeps = {
      ...createCommonDeps(config),
      store: lambdaStore(),
      now: systemClock,
      minConfidence: config.alerts.minConfidence,
      confirmBelow: config.alerts.confirmBelow,
      discovered: discoveredAlertPolicy(config),
    };
    handle = makeHandler({ sources: config.sources, poll: (source) => pollSource(source, deps) });
  }
  return handle(event);
};
