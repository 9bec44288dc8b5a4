/**
 * Full AWS event shapes as Lambda delivers them (every field the service sends, not the
 * two a handler reads), so a handler that reads one more field meets real values.
 */
import type { APIGatewayProxyEventV2, DynamoDBStreamEvent, SQSEvent, SQSRecord } from 'aws-lambda';
import type { ScheduledRunEvent } from '../../lib/runtime/lambda-schedule';

const REGION = 'ap-northeast-2';
const ACCOUNT = '123456789012';

/** One record of the FIFO sources queue. */
export function sqsRecord(messageId: string, body: string, over: { groupId?: string; receiveCount?: number } = {}): SQSRecord {
  return {
    messageId,
    receiptHandle: `AQEB${messageId}Zm9vYmFyYmF6cXV4cXV1eA==`,
    body,
    attributes: {
      ApproximateReceiveCount: String(over.receiveCount ?? 1),
      SentTimestamp: '1715650500000',
      SenderId: 'AROAEXAMPLE:dispatch',
      ApproximateFirstReceiveTimestamp: '1715650500123',
      SequenceNumber: `1888${messageId.padStart(16, '0')}`,
      MessageGroupId: over.groupId ?? 'news.example',
      MessageDeduplicationId: `dedupe-${messageId}`,
    },
    messageAttributes: {},
    md5OfBody: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT}:radar-dev-sources.fifo`,
    awsRegion: REGION,
  };
}

export function sqsEvent(...records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

/** A Function URL request (payload format 2.0), signed with IAM as the stack requires. */
export function functionUrlEvent(path: string, query = '', method = 'GET'): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    headers: { host: 'abcdefghij.lambda-url.ap-northeast-2.on.aws', 'user-agent': 'curl/8.5.0', accept: '*/*', 'x-forwarded-proto': 'https' },
    queryStringParameters: query ? Object.fromEntries(new URLSearchParams(query)) : undefined,
    requestContext: {
      accountId: ACCOUNT,
      apiId: 'abcdefghij',
      domainName: 'abcdefghij.lambda-url.ap-northeast-2.on.aws',
      domainPrefix: 'abcdefghij',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'curl/8.5.0' },
      requestId: 'c0ffee00-1234-4567-89ab-cdef01234567',
      routeKey: '$default',
      stage: '$default',
      time: '14/May/2024:00:00:00 +0000',
      timeEpoch: 1715644800000,
    },
    isBase64Encoded: false,
  };
}

/** What the stack's schedules send (see `scheduleInput` in cdk/constructs/radar-schedules.ts). */
export function scheduledEvent(scheduledTime: string, attempt = 1): ScheduledRunEvent {
  return {
    scheduledTime,
    scheduleArn: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/radar-dev/PollSchedule`,
    executionId: `e${attempt}-7f3c2a9b`,
    attemptNumber: String(attempt),
  };
}

/** A stream record of a new change item, as DynamoDB Streams delivers it. */
export function changeInsertRecord(sequence: string, item: Record<string, { S?: string; N?: string; NULL?: boolean }>): DynamoDBStreamEvent['Records'][number] {
  return {
    eventID: `evt-${sequence}`,
    eventName: 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: REGION,
    dynamodb: {
      ApproximateCreationDateTime: 1715650500,
      Keys: { PK: item.PK as never, SK: item.SK as never },
      NewImage: item as never,
      SequenceNumber: sequence,
      SizeBytes: 512,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/radar-dev/stream/2024-05-14T00:00:00.000`,
  };
}
