/**
 * The one place that creates AWS SDK clients, memoised so a warm Lambda reuses its
 * connections. `endpoint` points the DynamoDB client at dynalite or DynamoDB Local.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

const documentClients = new Map<string, DynamoDBDocumentClient>();
let sns: SNSClient | undefined;
let sqs: SQSClient | undefined;

/** A document client that drops `undefined` attributes (optional fields of our types). */
export function documentClient(endpoint?: string): DynamoDBDocumentClient {
  const key = endpoint ?? 'aws';
  let doc = documentClients.get(key);
  if (!doc) {
    const client = endpoint
      ? // The embedded database ignores credentials, but the SDK insists on having some.
        new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
      : new DynamoDBClient({});
    doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    documentClients.set(key, doc);
  }
  return doc;
}

export function snsClient(): SNSClient {
  sns ??= new SNSClient({});
  return sns;
}

export function sqsClient(): SQSClient {
  sqs ??= new SQSClient({});
  return sqs;
}
