/**
 * DynamoDB stream consumer: every new change item (the stack's event filter passes only
 * INSERTs of CHANGE items) becomes one alert. `deliverChanges` claims each change before
 * publishing, so a stream retry or a duplicate record never alerts twice; a change whose
 * publish failed is released and reported in `batchItemFailures` for a retry.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverChanges } from '../lib/alert/deliver';
import type { AlertPublisher, RadarStore } from '../lib/core/ports';
import type { Change } from '../lib/core/types';
import { CHANGE_SK_PREFIX } from '../lib/store/keys';
import { itemToChange } from '../lib/store/dynamo-store';
import { METRIC } from '../lib/runtime/lambda-metric-names';
import { errorFields, instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import { lambdaAlertPublisher } from '../lib/runtime/lambda-alerts';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export function makeHandler(deps: Observability & { store: RadarStore; publisher: AlertPublisher; now: () => Date }) {
  const { logger, metrics } = deps;
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
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
    const result = await deliverChanges(changes.map((c) => c.change), deps);
    for (const failure of result.failed) {
      const sequence = changes.find((c) => c.change.id === failure.id)?.sequence;
      logger.error('alert not sent', { changeId: failure.id, sequence, ...errorFields(failure.error) });
      if (sequence) batchItemFailures.push({ itemIdentifier: sequence });
    }
    metrics.count(METRIC.alertsSent, result.sent.length);
    metrics.count(METRIC.alertsFailed, result.failed.length);
    logger.info('alerts delivered', { sent: result.sent.length, skipped: result.skipped.length, failed: result.failed.length });
    return { batchItemFailures };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = instrument<DynamoDBStreamEvent, DynamoDBBatchResponse>(
  'notify',
  async (event) => {
    handle ??= makeHandler({ ...lambdaObservability(), store: lambdaStore(), publisher: { publish: async (alert) => (await lambdaAlertPublisher()).publish(alert) }, now: systemClock });
    return handle(event);
  },
  (event) => event.Records[0]?.dynamodb?.SequenceNumber,
);
