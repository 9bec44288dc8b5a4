import { DescribeTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { LocalStoreError } from '../../../lib/store/errors';
import { TABLE_KEYS } from '../../../lib/store/keys';
import { ensureTable, startLocalDynamo } from '../../../lib/store/local-dynamo';
import { clientFor } from './local-table';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'radar-dynalite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('startLocalDynamo', () => {
  it('listens on 127.0.0.1 on a free port and stops', async () => {
    const db = await startLocalDynamo();
    const client = clientFor(db.endpoint);
    expect(db.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    client.destroy();
    await db.close();
  });

  it('keeps data in its folder across restarts', async () => {
    const path = join(dir, 'db');
    const first = await startLocalDynamo({ path });
    let client = clientFor(first.endpoint);
    await ensureTable(client, 'radar');
    await createDynamoStore(DynamoDBDocumentClient.from(client), 'radar').markArticleSeen('a1', 'https://news.example.kr/1', '2025-01-01T00:00:00Z');
    client.destroy();
    await first.close();

    const second = await startLocalDynamo({ path });
    client = clientFor(second.endpoint);
    await ensureTable(client, 'radar'); // exists already: a no-op
    expect(await createDynamoStore(DynamoDBDocumentClient.from(client), 'radar').hasSeenArticle('a1')).toBe(true);
    client.destroy();
    await second.close();
  });

  it('refuses a folder another database holds, with a typed error instead of a crash', async () => {
    const path = join(dir, 'db');
    const first = await startLocalDynamo({ path });
    try {
      await expect(startLocalDynamo({ path })).rejects.toBeInstanceOf(LocalStoreError);
      await expect(startLocalDynamo({ path })).rejects.toMatchObject({ code: 'RADAR_LOCAL_STORE', message: expect.stringContaining('in use') });
    } finally {
      await first.close();
    }
  });
});

describe('ensureTable', () => {
  it('creates the table with both indexes from a document client too, and is idempotent', async () => {
    const db = await startLocalDynamo();
    const client = clientFor(db.endpoint);
    const doc = DynamoDBDocumentClient.from(client);

    await Promise.all([ensureTable(doc, 'radar'), ensureTable(client, 'radar')]);
    await ensureTable(doc, 'radar');
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'radar' }));

    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.pk, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sk, KeyType: 'RANGE' },
    ]);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => [i.IndexName, i.Projection?.ProjectionType, i.IndexStatus])).toEqual([
      [TABLE_KEYS.gsi1.name, 'ALL', 'ACTIVE'],
      [TABLE_KEYS.gsi2.name, 'ALL', 'ACTIVE'],
    ]);
    client.destroy();
    await db.close();
  });
});
