/**
 * DynamoDB stream consumer: every new change item (the stack's event filter passes only
 * INSERTs of CHANGE items) becomes one alert. `deliverChanges` moves each change's
 * delivery record (claim with a lease, publishing, sent), so a stream retry or a
 * duplicate record never alerts twice. A refused publish, or a change claimed by another
 * invocation whose lease is still running, is returned in `batchItemFailures` for a
 * retry; a publish that may have gone out (SNS timed out after accepting, say) is held,
 * logged as an error and never re-sent blindly.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverChanges, processOwner, type DeliverOptions } from '../lib/alert/deliver';
import type { AlertPublisher, RadarStore } from '../lib/core/ports';
import type { Change } from '../lib/core/types';
import { CHANGE_SK_PREFIX } from '../lib/store/keys';
import { itemToChange } from '../lib/store/dynamo-store';
import { METRIC } from '../lib/runtime/lambda-metric-names';
import { errorFields, instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import { lambdaAlertPublisher } from '../lib/runtime/lambda-alerts';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export function makeHandler(deps: Observability & { store: RadarStore; publisher: AlertPublisher; now: () => Date; delivery?: DeliverOptions }) {
  const { logger, metrics } = deps;
  return async (event: DynamoDBStreamEvent, context?: Pick<Context, 'awsRequestId'>): Promise<DynamoDBBatchResponse> => {
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    const changes: { change: Change; sequence: string }[] = [];
    for (const record of event.Records) {
      const sequence = record.dynamodb?.SequenceNumber ?? '';
      const image = record.dynamodb?.NewImage;
      // The stack filters the stream; this check keeps the function correct without it.
      if (record.eventName !== 'INSERT' || !image || !String(image.SK?.S ?? '').startsWith(CHANGE_SK_PREFIX)) continue;
      try {
        changes.push({ change: itemToChange(unmarshall(image as Record<string, AttributeValue>)), sequence });
      } catch (error) {
        // Retrying cannot make an unreadable item readable: logged, not returned.
        logger.error('unreadable change item', { sequence, ...errorFields(error) });
      }
    }
    const owner = context?.awsRequestId ? `lambda:${context.awsRequestId}` : processOwner('lambda');
    const result = await deliverChanges(
      changes.map((c) => c.change),
      { ...deps, delivery: { ...deps.delivery, owner } },
    );
    const retry = (id: string) => {
      const sequence = changes.find((c) => c.change.id === id)?.sequence;
      if (sequence && !batchItemFailures.some((f) => f.itemIdentifier === sequence)) batchItemFailures.push({ itemIdentifier: sequence });
    };
    for (const failure of result.failed) {
      const sequence = changes.find((c) => c.change.id === failure.id)?.sequence;
      logger.error('alert not sent', { changeId: failure.id, sequence, retry: failure.retry, ...errorFields(failure.error) });
      if (failure.retry) retry(failure.id);
    }
    for (const id of result.busy) retry(id);
    for (const held of result.held) logger.error(`alert held: ${held.phase}`, { changeId: held.id, phase: held.phase });
    for (const lost of result.unrecorded) logger.error('alert sent but not recorded', { changeId: lost.id, ...errorFields(lost.error) });
    metrics.count(METRIC.alertsSent, result.sent.length);
    metrics.count(METRIC.alertsFailed, result.failed.length);
    metrics.count(METRIC.alertsHeld, result.held.length);
    metrics.count(METRIC.alertsUnrecorded, result.unrecorded.length);
    logger.info('alerts delivered', {
      sent: result.sent.length,
      skipped: result.skipped.length,
      busy: result.busy.length,
      failed: result.failed.length,
      held: result.held.length,
      ambiguous: result.held.filter((h) => h.phase === 'ambiguous').length,
      exhausted: result.held.filter((h) => h.phase === 'exhausted').length,
      unrecorded: result.unrecorded.length,
    });
    return { batchItemFailures };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = instrument<DynamoDBStreamEvent, DynamoDBBatchResponse>(
  'notify',
  async (event, context) => {
    handle ??= makeHandler({
      ...lambdaObservability(),
      store: lambdaStore(),
      publisher: {
        publish: async (alert) => (await lambdaAlertPublisher()).publish(alert),
        wasDelivered: async (changeId) => (await lambdaAlertPublisher()).wasDelivered?.(changeId),
      },
      now: systemClock,
    });
    return handle(event, context);
  },
  (event) => event.Records[0]?.dynamodb?.SequenceNumber,
);
