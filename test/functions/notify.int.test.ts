/**
 * The notify function on real stream records: changes written by the store to DynamoDB
 * Local (which, unlike dynalite, has streams), read back with the Streams API, and handed
 * to the handler as Lambda would. SNS is the real client with its transport mocked.
 */
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { makeHandler } from '../../functions/notify';
import { createSnsPublisher } from '../../lib/alert/sns-publisher';
import type { Change } from '../../lib/core/types';
import { documentClient } from '../../lib/runtime/aws-clients';
import { createDynamoStore } from '../../lib/store/dynamo-store';
import { tableDefinition } from '../../lib/store/keys';
import { startDynamoDbLocal, type DynamoDbLocal } from '../helpers/dynamodb-local';
import { quiet, recorder } from './observability-recorder';
import { METRIC } from '../../lib/runtime/lambda-metric-names';

const TABLE = 'notify-test';
let local: DynamoDbLocal;
let streamArn: string;
const sns = mockClient(SNSClient);

const change = (id: string, over: Partial<Change> = {}): Change => ({
  id, projectId: 'kakao-siheung-dc', project: '시흥 제2데이터센터', org: 'kakao', kind: 'status', from: 'MOU_SIGNED', to: 'CANCELLED',
  evidence: '카카오가 서울대 시흥캠퍼스에 짓기로 했던 제2데이터센터 건립 계획이 무산됐다.', url: 'https://news.example/1', at: '2023-11-24T06:00:00.000Z', confidence: 0.9, ...over,
});

beforeAll(async () => {
  local = await startDynamoDbLocal();
  const created = await documentClient(local.endpoint).send(
    new CreateTableCommand({ ...tableDefinition(TABLE), StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }),
  );
  streamArn = created.TableDescription!.LatestStreamArn!;
}, 60_000);

afterAll(async () => {
  await local?.stop();
});

async function streamEvent(): Promise<DynamoDBStreamEvent> {
  const streams = new DynamoDBStreamsClient({ endpoint: local.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  const records: DynamoDBStreamEvent['Records'] = [];
  for (const shard of StreamDescription!.Shards ?? []) {
    const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }));
    const out = await streams.send(new GetRecordsCommand({ ShardIterator: ShardIterator! }));
    records.push(...((out.Records ?? []) as unknown as DynamoDBStreamEvent['Records']));
  }
  return { Records: records };
}

describe('notify on DynamoDB stream records', () => {
  it('alerts each new change once, whatever the stream repeats', async () => {
    const store = createDynamoStore(documentClient(local.endpoint), TABLE);
    expect(await store.putChange(change('c1'))).toBe(true);
    expect(await store.putChange(change('c1'))).toBe(false); // a retry: no second INSERT
    await store.putProjectState({ projectId: 'p', name: 'P', org: null, status: 'LAUNCHED', statusSince: '2024-01-01', nextMilestone: null, delayed: false, discovered: false, sources: [], version: 1, updatedAt: '2024-01-01T00:00:00Z', evidence: 'e', url: 'u' }, 0);

    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'm1' });
    const handler = makeHandler({ store, publisher: createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), 'arn:aws:sns:ap-northeast-2:123456789012:alerts'), now: () => new Date(), ...quiet() });
    const event = await streamEvent();
    expect(event.Records.filter((r) => r.eventName === 'INSERT').length).toBeGreaterThanOrEqual(2);

    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    const published = sns.commandCalls(PublishCommand);
    expect(published).toHaveLength(1);
    expect(published[0]!.args[0].input.MessageAttributes?.status).toEqual({ DataType: 'String', StringValue: 'CANCELLED' });

    // Lambda redelivers the same batch: the claim stops a second alert.
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });

  it('reports a failed publish as a batch item failure, and sends it on the retry', async () => {
    const store = createDynamoStore(documentClient(local.endpoint), TABLE);
    await store.putChange(change('c2', { to: 'DELAYED', kind: 'slip' }));
    sns.reset();
    sns.on(PublishCommand).rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException', $metadata: { httpStatusCode: 400 } })).resolves({ MessageId: 'm2' });
    const handler = makeHandler({ store, publisher: createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), 'arn:aws:sns:ap-northeast-2:123456789012:alerts'), now: () => new Date(), ...quiet() });
    const event = await streamEvent();
    const c2 = event.Records.find((r) => r.dynamodb?.NewImage?.id?.S === 'c2')!;
    const first = await handler({ Records: [c2] });
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: c2.dynamodb!.SequenceNumber }]);
    expect(await handler({ Records: [c2] })).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
  });

  it('stream redelivery with SNS refusing, throttling and timing out after accepting: zero lost, zero duplicates', async () => {
    const store = createDynamoStore(documentClient(local.endpoint), TABLE);
    const ids = ['r-refused', 'r-throttled', 'r-timeout', 'r-ok'];
    for (const id of ids) await store.putChange(change(id, { project: id }));
    const event = await streamEvent();
    const records = event.Records.filter((r) => ids.includes(r.dynamodb?.NewImage?.id?.S ?? ''));
    expect(records).toHaveLength(4);

    // What subscribers received: SNS "accepts" a message when the mock resolves, and for
    // the timeout case accepts it and then lets the answer time out.
    const accepted: string[] = [];
    const idOf = (input: { Message?: string }) => ids.find((id) => input.Message?.includes(id))!;
    const refusedOnce = new Set<string>();
    sns.reset();
    sns.on(PublishCommand).callsFake((input: { Message?: string }) => {
      const id = idOf(input);
      if (id === 'r-refused' && !refusedOnce.has(id)) {
        refusedOnce.add(id);
        throw Object.assign(new Error('KMS key disabled'), { name: 'KMSDisabledException', $metadata: { httpStatusCode: 400 } });
      }
      if (id === 'r-throttled' && !refusedOnce.has(id)) {
        refusedOnce.add(id);
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException', $metadata: { httpStatusCode: 400 } });
      }
      accepted.push(id);
      if (id === 'r-timeout') throw Object.assign(new Error('socket timed out'), { name: 'TimeoutError', $metadata: {} });
      return { MessageId: `m-${id}` };
    });
    const observed = recorder();
    const handler = makeHandler({ store, publisher: createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), 'arn:aws:sns:ap-northeast-2:123456789012:alerts'), now: () => new Date(), ...observed });

    // Lambda redelivers the failed records (and, on a crash, the whole batch) until none fail.
    let batch = records;
    for (let round = 0; round < 4 && batch.length; round++) {
      const { batchItemFailures } = await handler({ Records: batch });
      const failedIds = new Set(batchItemFailures.map((f) => f.itemIdentifier));
      batch = records.filter((r) => failedIds.has(r.dynamodb!.SequenceNumber!));
    }
    await handler({ Records: records }); // and once more, whole

    expect(accepted.sort()).toEqual([...ids].sort()); // nothing lost, nothing twice
    expect((await store.getAlert('r-timeout'))?.phase).toBe('ambiguous');
    for (const id of ['r-refused', 'r-throttled', 'r-ok']) expect((await store.getAlert(id))?.phase).toBe('sent');
    expect(observed.lines.some((l) => l.level === 'ERROR' && l.message === 'alert held: ambiguous' && l.changeId === 'r-timeout')).toBe(true);
    const counts = observed.lines.filter((l) => l.message === 'alerts delivered');
    expect(counts[0]).toMatchObject({ sent: 1, failed: 2, held: 1, ambiguous: 1 });
    expect(observed.metrics.sum(METRIC.alertsHeld)).toBeGreaterThanOrEqual(1);
  });
});
