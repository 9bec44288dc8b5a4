/**
 * The Lambda-side pieces on real parts: the poll-source handler with the real pollSource
 * against a loopback server that answers 503 and dynalite behind the real DynamoDB
 * client; the run ledger and the pushed configuration on dynalite; and `instrument` with
 * the real Powertools Logger and Metrics, read back from stdout.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeHandler as makePoll } from '../../functions/poll-source';
import { defaultConfig, parseConfig } from '../../lib/config/load';
import { createCachedConfig, readStoredConfig, writeStoredConfig, ConfigVersionError } from '../../lib/config/remote';
import { ConfigError } from '../../lib/core/errors';
import { createCommonDeps } from '../../lib/runtime/deps';
import { documentClient } from '../../lib/runtime/aws-clients';
import { METRIC } from '../../lib/runtime/lambda-metric-names';
import { instrument } from '../../lib/runtime/lambda-observability';
import { createDynamoRunLedger } from '../../lib/runtime/lambda-run-ledger';
import { pollSource } from '../../lib/pipeline/poll-source';
import { createDynamoStore } from '../../lib/store/dynamo-store';
import { ensureTable, startLocalDynamo } from '../../lib/store/local-dynamo';
import { sqsEvent, sqsRecord } from './aws-events';
import { recorder } from './observability-recorder';

const TABLE = 'lambda-runtime-test';
let database: { endpoint: string; close(): Promise<void> };
let server: Server;
let base: string;

beforeAll(async () => {
  database = await startLocalDynamo({});
  await ensureTable(documentClient(database.endpoint), TABLE);
  server = createServer((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
});

describe('poll-source on a site that is down', () => {
  it('records the failure in the source state, then returns the message; each redelivery counts one more failure', async () => {
    const config = parseConfig({
      fetch: { userAgent: 'ProjectRadar-test/0.1 (+https://example.org)', minSpacingMs: 0, allowHosts: ['127.0.0.1'], respectRobots: false },
      sources: [{ id: 'down', url: `${base}/feed.xml`, kind: 'rss', lang: 'en' }],
    });
    const store = createDynamoStore(documentClient(database.endpoint), TABLE);
    let clock = new Date('2024-05-14T00:00:00Z');
    const deps = { ...createCommonDeps(config), store, now: () => clock, minConfidence: 0.5, confirmBelow: 0 };
    const obs = recorder();
    const handler = makePoll({ ...obs, now: () => clock, load: async () => ({ sources: config.sources, poll: (s) => pollSource(s, deps) }) });
    try {
      const body = JSON.stringify({ sourceId: 'down', run: clock.toISOString() });
      expect((await handler(sqsEvent(sqsRecord('m1', body, { receiveCount: 1 })))).batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
      expect(await store.getSourceState('down')).toMatchObject({ failures: 1, lastError: { at: '2024-05-14T00:00:00.000Z' } });
      // SQS redelivers after the visibility timeout (18 min), past the first backoff (15 min).
      clock = new Date('2024-05-14T00:18:00Z');
      expect((await handler(sqsEvent(sqsRecord('m1', body, { receiveCount: 2 })))).batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
      expect((await store.getSourceState('down'))?.failures).toBe(2);
      expect(obs.metrics.values.filter((v) => v.name === METRIC.sourceConsecutiveFailures).map((v) => v.value)).toEqual([1, 2]);
    } finally {
      await deps.fetcher.close();
    }
  });
});

describe('run ledger', () => {
  it('keeps one marker per kind and scheduled time; a claim is taken once and can be given back', async () => {
    const ledger = createDynamoRunLedger(documentClient(database.endpoint), TABLE);
    expect(await ledger.get('dispatch', '2024-05-14T00:00:00Z')).toBeNull();
    await ledger.put({ kind: 'dispatch', scheduledTime: '2024-05-14T00:00:00Z', status: 'partial', completed: ['a'], updatedAt: '2024-05-14T00:00:05Z' });
    // Spelled with an offset, it is the same instant and the same run.
    expect(await ledger.get('dispatch', '2024-05-14T09:00:00+09:00')).toMatchObject({ status: 'partial', completed: ['a'] });
    expect(await ledger.claim('digest', '2024-05-14T00:00:00Z', '2024-05-14T00:00:01Z')).toBe(true);
    expect(await ledger.claim('digest', '2024-05-14T00:00:00Z', '2024-05-14T00:00:02Z')).toBe(false);
    await ledger.release('digest', '2024-05-14T00:00:00Z');
    expect(await ledger.claim('digest', '2024-05-14T00:00:00Z', '2024-05-14T00:00:03Z')).toBe(true);
  });
});

describe('configuration in the table', () => {
  const doc = () => documentClient(database.endpoint);
  const raw = (id: string) => ({ sources: [{ id, url: `https://news.example/${id}.xml`, kind: 'rss', lang: 'ko' }] });

  it('is pushed with a version check and read back through a cache that notices a new version', async () => {
    let clock = 0;
    const cached = createCachedConfig({ read: () => readStoredConfig(doc(), TABLE), fallback: defaultConfig, ttlMs: 60_000, now: () => clock });
    const before = await cached();
    expect(before.origin).toBe('bundled');

    await writeStoredConfig(doc(), TABLE, raw('first'), { expectedVersion: 0, now: new Date('2024-05-14T00:00:00Z'), updatedBy: 'test' });
    expect((await cached()).origin).toBe('bundled'); // still cached
    clock += 60_000;
    const first = await cached();
    expect([first.origin, first.config.sources.map((s) => s.id)]).toEqual(['table v1', ['first']]);
    clock += 60_000;
    expect(await cached()).toBe(first); // same version: the same object, nothing rebuilt

    await expect(writeStoredConfig(doc(), TABLE, raw('late'), { expectedVersion: 0, now: new Date() })).rejects.toBeInstanceOf(ConfigVersionError);
    await writeStoredConfig(doc(), TABLE, raw('second'), { expectedVersion: 1, now: new Date() });
    clock += 60_000;
    expect((await cached()).config.sources.map((s) => s.id)).toEqual(['second']);
  });

  it('refuses an invalid configuration with every problem listed, and writes nothing', async () => {
    const stored = await readStoredConfig(doc(), TABLE);
    const push = writeStoredConfig(doc(), TABLE, { sources: [{ id: 'Bad Id', url: 'ftp://x', kind: 'rss', lang: 'ko' }] }, { expectedVersion: stored?.version ?? 0, now: new Date() });
    await expect(push).rejects.toBeInstanceOf(ConfigError);
    await expect(push).rejects.toThrow(/sources\.0\.id[\s\S]*sources\.0\.url/);
    expect((await readStoredConfig(doc(), TABLE))?.version).toBe(stored?.version);
  });

  it('keeps the last good configuration when the table cannot be read', async () => {
    let fail = false;
    let clock = 0;
    const cached = createCachedConfig({ read: async () => (fail ? Promise.reject(new Error('throttled')) : readStoredConfig(doc(), TABLE)), fallback: defaultConfig, now: () => clock });
    const good = await cached();
    fail = true;
    clock += 120_000;
    expect(await cached()).toBe(good);
  });
});

describe('instrument', () => {
  it('logs an escaping error once at ERROR as JSON with the correlation id and the error code, and rethrows', async () => {
    // Powertools' dev mode writes through the global console (jest's), not its own stdout stream.
    process.env.POWERTOOLS_DEV = 'true';
    const printed: string[] = [];
    const spies = (['error', 'warn', 'info', 'log', 'debug'] as const).map((level) => jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(String(args[0]))));
    try {
      const handler = instrument<{ run: string }, never>('test-fn', async () => Promise.reject(new ConfigError(['RADAR_TOPIC_ARN is not set'])), (e) => e.run);
      await expect(handler({ run: '2024-05-14T00:00:00.000Z' })).rejects.toBeInstanceOf(ConfigError);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
      delete process.env.POWERTOOLS_DEV;
    }
    const lines = printed.filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const errors = lines.filter((l) => l.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: 'invocation failed', correlation_id: '2024-05-14T00:00:00.000Z', errorCode: 'RADAR_CONFIG_INVALID', retryable: false, service: 'project-radar' });
  });
});
