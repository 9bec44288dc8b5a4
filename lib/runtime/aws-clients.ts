/**
 * The one place that creates AWS SDK clients, memoised so a warm Lambda reuses its
 * connections. `endpoint` points the DynamoDB client at dynalite or DynamoDB Local.
 *
 * Every client has a connection and a request timeout: the SDK's defaults wait for a
 * socket forever, and a hung call would otherwise run a Lambda into its own timeout with
 * nothing recorded. SNS gets one attempt per publish: the SDK retries a timed-out
 * request, and a publish that timed out after SNS accepted it would then go out twice.
 * A refused publish is retried by the delivery code instead (`lib/alert/deliver.ts`),
 * which knows whether the first one may have gone out.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

/** Time to open a TCP (and TLS) connection. */
export const CONNECTION_TIMEOUT_MS = 3_000;
/** Time for one request's answer once sent. DynamoDB answers in milliseconds; a 1 MB Query page in well under this. */
export const DYNAMODB_REQUEST_TIMEOUT_MS = 10_000;
/** Time for one SNS publish; shorter than an alert claim's lease (`alerts.claimLeaseSeconds`). */
export const SNS_REQUEST_TIMEOUT_MS = 10_000;
export const SQS_REQUEST_TIMEOUT_MS = 10_000;

const documentClients = new Map<string, DynamoDBDocumentClient>();
let sns: SNSClient | undefined;
let sqs: SQSClient | undefined;

function timeouts(requestTimeout: number) {
  // Without throwOnRequestTimeout, @smithy/node-http-handler 4 only logs a warning when the
  // request timeout passes and keeps waiting.
  return { requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout, throwOnRequestTimeout: true } };
}

/** A document client that drops `undefined` attributes (optional fields of our types). */
export function documentClient(endpoint?: string): DynamoDBDocumentClient {
  const key = endpoint ?? 'aws';
  let doc = documentClients.get(key);
  if (!doc) {
    const client = endpoint
      ? // The embedded database ignores credentials, but the SDK insists on having some.
        new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, ...timeouts(DYNAMODB_REQUEST_TIMEOUT_MS) })
      : new DynamoDBClient({ ...timeouts(DYNAMODB_REQUEST_TIMEOUT_MS) });
    doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    documentClients.set(key, doc);
  }
  return doc;
}

export function snsClient(): SNSClient {
  sns ??= new SNSClient({ ...timeouts(SNS_REQUEST_TIMEOUT_MS), maxAttempts: 1 });
  return sns;
}

export function sqsClient(): SQSClient {
  sqs ??= new SQSClient({ ...timeouts(SQS_REQUEST_TIMEOUT_MS) });
  return sqs;
}
