/**
 * Test helper: an in-memory dynalite on 127.0.0.1 with the Radar table, and a store on it.
 * The document client is built WITHOUT `removeUndefinedValues` on purpose: the adapter
 * must not depend on how its caller configured marshalling.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoStore, type DynamoStoreOptions } from '../../../lib/store/dynamo-store';
import { ensureTable, startLocalDynamo, type LocalDynamo } from '../../../lib/store/local-dynamo';

export interface LocalTable {
  db: LocalDynamo;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
  store(options?: DynamoStoreOptions): ReturnType<typeof createDynamoStore>;
  close(): Promise<void>;
}

export function clientFor(endpoint: string): DynamoDBClient {
  // dynalite ignores credentials, but the SDK insists on having some; one attempt keeps failures fast.
  return new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
}

export async function startLocalTable(tableName = 'radar-test'): Promise<LocalTable> {
  const db = await startLocalDynamo();
  const client = clientFor(db.endpoint);
  const doc = DynamoDBDocumentClient.from(client);
  await ensureTable(client, tableName);
  return {
    db,
    client,
    doc,
    tableName,
    store: (options) => createDynamoStore(doc, tableName, options),
    close: async () => {
      client.destroy();
      await db.close();
    },
  };
}
