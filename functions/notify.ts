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
import { describeError } from '../lib/core/errors';
import type { AlertPublisher, RadarStore } from '../lib/core/ports';
import type { Change } from '../lib/core/types';
import { CHANGE_SK_PREFIX } from '../lib/store/keys';
import { itemToChange } from '../lib/store/dynamo-store';
import { lambdaAlertPublisher } from '../lib/runtime/lambda-alerts';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export function makeHandler(deps: { store: RadarStore; publisher: AlertPublisher; now: () => Date; log?: (line: string) => void }) {
  const log = deps.log ?? ((line: string) => console.log(line));
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
        log(JSON.stringify({ level: 'error', message: 'unreadable change item', sequence, error: describeError(error) }));
      }
    }
    const result = await deliverChanges(changes.map((c) => c.change), deps);
    for (const failure of result.failed) {
      const sequence = changes.find((c) => c.change.id === failure.id)?.sequence;
      log(JSON.stringify({ level: 'error', message: 'alert not sent', changeId: failure.id, error: describeError(failure.error) }));
      if (sequence) batchItemFailures.push({ itemIdentifier: sequence });
    }
    log(JSON.stringify({ level: 'info', sent: result.sent.length, skipped: result.skipped.length, failed: result.failed.length }));
    return { batchItemFailures };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  handle ??= makeHandler({ store: lambdaStore(), publisher: lambdaAlertPublisher(), now: systemClock });
  return handle(event);
};
