/**
 * SQS and stream redelivery through the real handlers: poll-source messages that fail
 * mid-poll (the store throws after the events, or the time budget runs out) and come back,
 * duplicated messages, then the stored changes through notify with SNS (the real client,
 * transport mocked) refusing, throttling and timing out after accepting, redelivered
 * until nothing fails. Every change is stored once and reaches SNS once.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { makeHandler as makeNotify } from '../../functions/notify';
import { makeHandler as makePoll } from '../../functions/poll-source';
import { createSnsPublisher } from '../../lib/alert/sns-publisher';
import { parseConfig } from '../../lib/config/load';
import type { RadarStore } from '../../lib/core/ports';
import type { Change, Source } from '../../lib/core/types';
import { createDetector } from '../../lib/detect';
import { pollSource, type PollDeps } from '../../lib/pipeline/poll-source';
import { pollLimits } from '../../lib/runtime/deps';
import { createFetcherFromConfig } from '../../lib/runtime/fetcher';
import { changeKey } from '../../lib/store/keys';
import { startLocalTable, type LocalTable } from '../lib/store/local-table';
import { quiet } from './observability-recorder';
import { startNewsSite, type NewsSite, type SiteArticle } from '../support/news-site';

const sns = mockClient(SNSClient);
let site: NewsSite;

const WATCHLIST = {
  orgs: [
    { id: 'hanbit', names: ['한빛전자'] },
    { id: 'northwind', names: ['Northwind Energy'] },
  ],
  projects: [
    { id: 'hanbit-cheongju-fab', org: 'hanbit', names: ['청주 3공장'], kind: 'factory' },
    { id: 'northwind-dogger-farm', org: 'northwind', names: ['Dogger Bank South wind farm'], kind: 'plant' },
    { id: 'hanbit-pyeongtaek-lab', org: 'hanbit', names: ['평택 연구소'], kind: 'lab' },
  ],
};

const ARTICLES: SiteArticle[] = [
  { path: '/a/1.html', title: '한빛전자 청주 3공장 착공', paragraphs: ['한빛전자가 충북 청주에 짓는 청주 3공장 공사에 착수했다.'], pubDate: 'Tue, 05 Mar 2024 01:00:00 GMT' },
  { path: '/a/2.html', title: 'Northwind scraps wind farm', paragraphs: ['Northwind Energy has scrapped the Dogger Bank South wind farm after failing to secure grid access.'], pubDate: 'Tue, 05 Mar 2024 02:00:00 GMT' },
  { path: '/a/3.html', title: '한빛전자 평택 연구소 개소', paragraphs: ['한빛전자가 경기 평택에 세운 평택 연구소가 5일 문을 열었다.'], pubDate: 'Tue, 05 Mar 2024 03:00:00 GMT' },
];

beforeAll(async () => {
  site = await startNewsSite();
  site.publish('/feed.xml', ARTICLES);
});
afterAll(() => site.close());

async function world(): Promise<{ table: LocalTable; deps: PollDeps; sources: Source[]; close(): Promise<void> }> {
  const table = await startLocalTable(`redelivery-${Math.random().toString(36).slice(2, 8)}`);
  const config = parseConfig({
    fetch: { userAgent: 'ProjectRadar-test/0.1 (+https://example.org)', minSpacingMs: 0, allowHosts: ['127.0.0.1'] },
    alerts: { confirmBelow: 0 },
    sources: [{ id: 'news', url: `${site.origin}/feed.xml`, kind: 'rss', lang: 'ko' }],
    watchlist: WATCHLIST,
  });
  const fetcher = createFetcherFromConfig(config);
  const deps: PollDeps = { fetcher, detector: createDetector(config.watchlist), store: table.store(), now: () => new Date('2024-03-05T06:00:00Z'), minConfidence: 0.5, confirmBelow: 0, limits: pollLimits(config), articleConcurrency: 1 };
  return { table, deps, sources: [...config.sources], close: async () => (await fetcher.close(), await table.close()) };
}

const message = (id: string): SQSEvent => ({ Records: [{ messageId: id, body: JSON.stringify({ sourceId: 'news' }), attributes: { MessageGroupId: 'news.test', ApproximateReceiveCount: '1' } } as unknown as SQSEvent['Records'][number]] });

/** What Lambda hands notify for stored change items: INSERT records with the new image. */
async function streamRecords(table: LocalTable, changes: Change[]): Promise<DynamoDBStreamEvent['Records']> {
  const records: DynamoDBStreamEvent['Records'] = [];
  for (const [i, change] of changes.entries()) {
    const { Item } = await table.doc.send(new GetCommand({ TableName: table.tableName, Key: changeKey(change.id) }));
    records.push({ eventName: 'INSERT', dynamodb: { SequenceNumber: String(100 + i), Keys: marshall(changeKey(change.id)), NewImage: marshall(Item!) } } as DynamoDBStreamEvent['Records'][number]);
  }
  return records;
}

describe('SQS redelivery of poll-source', () => {
  it('a poll failing after its events (or out of time) comes back and ends where an uninterrupted poll ends, each change stored once', async () => {
    // The uninterrupted poll, for comparison.
    const clean = await world();
    await makePoll({ ...quiet(), now: () => new Date(), load: async () => ({ sources: clean.sources, poll: (s, o) => pollSource(s, clean.deps, o) }) })(message('m0'));
    const expected = (await clean.deps.store.listChangesSince('1970-01-01')).map((c) => c.id).sort();
    await clean.close();
    expect(expected.length).toBeGreaterThanOrEqual(2);

    const w = await world();
    let failNext = true;
    const store: RadarStore = {
      ...w.deps.store,
      putProjectState: async (state, version) => {
        await w.deps.store.putProjectState(state, version);
        if (failNext) {
          failNext = false;
          throw new Error('connection reset after the write'); // the Lambda dies mid-poll
        }
      },
    };
    const handler = makePoll({ ...quiet(), now: () => new Date(), load: async () => ({ sources: w.sources, poll: (s, o) => pollSource(s, { ...w.deps, store }, o) }) });
    expect((await handler(message('m1'))).batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    // Redelivered with almost no time left: returned untouched.
    expect((await handler(message('m1'), { getRemainingTimeInMillis: () => 1_000 })).batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect((await handler(message('m1'), { getRemainingTimeInMillis: () => 120_000 })).batchItemFailures).toEqual([]);
    expect((await handler(message('m1-duplicate'))).batchItemFailures).toEqual([]);

    const changes = await w.deps.store.listChangesSince('1970-01-01');
    expect(changes.map((c) => c.id).sort()).toEqual(expected);

    // The stream delivers those changes to notify; SNS misbehaves once per change.
    sns.reset();
    const accepted: string[] = [];
    const seen = new Map<string, number>();
    const [refused, throttled, timedOut] = changes.map((c) => c.id);
    sns.on(PublishCommand).callsFake((input: { Message?: string }) => {
      const change = changes.find((c) => input.Message?.includes(c.url))!;
      const attempt = (seen.get(change.id) ?? 0) + 1;
      seen.set(change.id, attempt);
      if (change.id === refused && attempt === 1) throw Object.assign(new Error('Invalid parameter'), { name: 'KMSThrottlingException', $metadata: { httpStatusCode: 400 } });
      if (change.id === throttled && attempt <= 2) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException', $metadata: { httpStatusCode: 400 } });
      accepted.push(change.id);
      if (change.id === timedOut) throw Object.assign(new Error('socket timed out'), { name: 'TimeoutError', $metadata: {} });
      return { MessageId: `m-${change.id}` };
    });
    const notify = makeNotify({ store: w.deps.store, publisher: createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), 'arn:aws:sns:ap-northeast-2:123456789012:alerts'), now: () => new Date(), ...quiet() });
    const records = await streamRecords(w.table, changes);
    let batch = records;
    for (let round = 0; round < 6 && batch.length; round++) {
      const failed = new Set((await notify({ Records: batch }, { awsRequestId: `req-${round}` })).batchItemFailures.map((f) => f.itemIdentifier));
      batch = records.filter((r) => failed.has(r.dynamodb!.SequenceNumber!));
    }
    expect(batch).toEqual([]);
    await notify({ Records: records }, { awsRequestId: 'req-replay' }); // the whole batch replayed

    expect([...accepted].sort()).toEqual([...changes.map((c) => c.id)].sort()); // each once
    expect((await w.deps.store.getAlert(timedOut!))?.phase).toBe('ambiguous');
    expect((await w.deps.store.listOutbox()).map((c) => c.id)).toEqual([timedOut]);
    await w.close();
  }, 60_000);
});
