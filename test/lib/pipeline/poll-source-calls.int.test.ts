/**
 * What a poll costs in DynamoDB calls, against dynalite and a loopback feed without
 * validators (so every poll reads and parses the feed): a steady feed costs one read and
 * one write, a feed with news one batch read for the new items only, and an article
 * another source already brought in is not read again.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultConfig, parseConfig } from '../../../lib/config/load';
import type { Source } from '../../../lib/core/types';
import { createDetector } from '../../../lib/detect';
import { pollSource, type PollDeps } from '../../../lib/pipeline/poll-source';
import { documentClient } from '../../../lib/runtime/aws-clients';
import { createFetcherFromConfig } from '../../../lib/runtime/fetcher';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { ensureTable, startLocalDynamo } from '../../../lib/store/local-dynamo';

let server: Server;
let base = '';
let database: { endpoint: string; close(): Promise<void> };
let deps: PollDeps;
/** Article numbers each feed lists, newest first. */
const feeds: Record<string, number[]> = { a: [3, 2, 1], b: [3, 9] };

function rss(numbers: number[]): string {
  const items = numbers.map((n) => `<item><title>공장 소식 ${n}</title><link>${base}/news/${n}</link><description>회사는 ${n}번째 공장 증설 계획을 검토하고 있다고 밝혔다.</description><pubDate>Mon, 06 Nov 2023 09:0${n % 10}:00 +0900</pubDate></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const feed = /^\/feed\/(\w+)$/.exec(req.url ?? '');
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (!feed || !feeds[feed[1]!]) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(feeds[feed[1]!]!));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  database = await startLocalDynamo({});
  const doc = documentClient(database.endpoint);
  await ensureTable(doc, 'poll-calls');
  const config = parseConfig({ fetch: { userAgent: 'ProjectRadar-test/0.1 (+https://example.org)', minSpacingMs: 0, allowHosts: ['127.0.0.1'] }, watchlist: defaultConfig().watchlist });
  deps = { store: createDynamoStore(doc, 'poll-calls'), fetcher: createFetcherFromConfig(config), detector: createDetector(config.watchlist), now: () => new Date('2023-11-06T01:00:00Z'), minConfidence: 0.5, confirmBelow: 0 };
}, 30_000);

afterAll(async () => {
  await deps?.fetcher.close();
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
});

const source = (id: string): Source => ({ id, url: `${base}/feed/${id}`, kind: 'rss', lang: 'ko', fetchArticles: false, intervalMinutes: 15 });

/** Polls and returns the report with the DynamoDB commands it sent, by name. */
async function pollCounting(id: string) {
  const send = jest.spyOn(documentClient(database.endpoint), 'send');
  const report = await pollSource(source(id), deps);
  const calls: Record<string, number> = {};
  for (const [command] of send.mock.calls) calls[command.constructor.name] = (calls[command.constructor.name] ?? 0) + 1;
  const batchKeys = send.mock.calls
    .filter(([command]) => command.constructor.name === 'BatchGetCommand')
    .map(([command]) => Object.values((command.input as { RequestItems: Record<string, { Keys: unknown[] }> }).RequestItems)[0]!.Keys.length);
  send.mockRestore();
  return { report, calls, batchKeys };
}

describe('the seen check of a poll', () => {
  it('reads the seen marks of a new feed in one batch and writes them in one', async () => {
    const { report, calls, batchKeys } = await pollCounting('a');
    expect(report.newArticles).toBe(3);
    expect(batchKeys).toEqual([3]);
    expect(calls).toMatchObject({ GetCommand: 1, BatchWriteCommand: 1 });
  });

  it('costs one read and one write when the feed lists nothing new', async () => {
    const { report, calls } = await pollCounting('a');
    expect(report).toMatchObject({ outcome: 'ok', items: 3, newArticles: 0 });
    expect(calls).toEqual({ GetCommand: 1, PutCommand: 1 });
  });

  it('checks only the items the last read did not list', async () => {
    feeds.a = [4, 3, 2, 1];
    const { report, batchKeys } = await pollCounting('a');
    expect(report.newArticles).toBe(1);
    expect(batchKeys).toEqual([1]);
  });

  it('does not read again an article another source brought in', async () => {
    const { report, batchKeys } = await pollCounting('b');
    expect(batchKeys).toEqual([2]);
    expect(report.newArticles).toBe(1);
  });
});
