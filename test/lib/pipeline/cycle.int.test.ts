/**
 * One full cycle on loopback: the demo's fixture news site served by a real HTTP
 * server, the real fetcher, parsers and detector, and dynalite behind the real
 * DynamoDB client. Asserts exactly one alert per change, and that repeating a cycle
 * stores and alerts nothing new.
 */
import { join } from 'node:path';
import type { Alert, AlertPublisher } from '../../../lib/core/ports';
import { defaultConfig, parseConfig } from '../../../lib/config/load';
import { startFixtureServer, type FixtureServer } from '../../../lib/demo/fixture-server';
import { runCycle, type CycleDeps } from '../../../lib/pipeline/run-cycle';
import { createDetector } from '../../../lib/detect';
import { createFetcherFromConfig } from '../../../lib/runtime/fetcher';
import { documentClient } from '../../../lib/runtime/aws-clients';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { ensureTable, startLocalDynamo } from '../../../lib/store/local-dynamo';
import type { Source } from '../../../lib/core/types';

const DEMO = join(__dirname, '..', '..', '..', 'demo');

// Real loopback I/O: seconds, not milliseconds, on a loaded machine.
jest.setTimeout(60_000);

let server: FixtureServer;
let database: { endpoint: string; close(): Promise<void> };
let deps: CycleDeps;
let sources: Source[];
const alerts: Alert[] = [];
let clock = new Date('2023-11-24T06:00:00Z');

beforeAll(async () => {
  server = await startFixtureServer(DEMO, 'round-1');
  database = await startLocalDynamo({});
  const doc = documentClient(database.endpoint);
  await ensureTable(doc, 'cycle-test');
  const config = parseConfig({
    fetch: { userAgent: 'ProjectRadar-test/0.1 (+https://example.org)', minSpacingMs: 0, allowHosts: ['127.0.0.1'] },
    sources: [
      { id: 'ko', url: `${server.url}/feeds/ko-news.xml`, kind: 'rss', lang: 'ko' },
      { id: 'wire', url: `${server.url}/feeds/en-wire.xml`, kind: 'rss', lang: 'en' },
      { id: 'trade', url: `${server.url}/feeds/en-trade.atom`, kind: 'atom', lang: 'en' },
      { id: 'down', url: `${server.url}/broken/feed.xml`, kind: 'rss', lang: 'en' },
    ],
    watchlist: defaultConfig().watchlist,
  });
  sources = [...config.sources];
  const publisher: AlertPublisher = { publish: async (alert) => void alerts.push(alert) };
  deps = {
    store: createDynamoStore(doc, 'cycle-test'),
    fetcher: createFetcherFromConfig(config),
    detector: createDetector(config.watchlist),
    publisher,
    now: () => clock,
    minConfidence: 0.5,
    confirmBelow: 0,
  };
}, 30_000);

afterAll(async () => {
  await deps?.fetcher.close();
  await server?.close();
  await database?.close();
});

describe('a polling cycle against a loopback news site', () => {
  it('turns feeds into events, project states and one alert per change; a broken source fails alone', async () => {
    const first = await runCycle(sources, deps);
    const bySource = Object.fromEntries(first.polled.map((r) => [r.sourceId, r]));
    expect(bySource.down!.outcome).toBe('failed');
    expect(bySource.down!.error!.code).toMatch(/^RADAR_FETCH_/);
    expect(bySource.ko!.outcome).toBe('ok');
    expect(bySource.ko!.newArticles).toBe(2);

    const siheung = await deps.store.getProjectState('kakao-siheung-dc');
    expect(siheung?.status).toBe('MOU_SIGNED');
    expect((await deps.store.getProjectState('intel-ohio'))?.status).toBe('CONSTRUCTION_STARTED');
    expect(first.alerts.sent).toBe(first.changes.length);
    expect(alerts).toHaveLength(first.changes.length);
    expect(new Set(alerts.map((a) => a.change.id)).size).toBe(alerts.length);

    const state = await deps.store.getSourceState('down');
    expect(state?.failures).toBe(1);
    expect(state?.lastError?.code).toMatch(/^RADAR_FETCH_/);
  });

  it('applies the second round: MOU_SIGNED -> CANCELLED alerted exactly once', async () => {
    server.setRound('round-2');
    clock = new Date('2023-11-24T07:00:00Z');
    const before = alerts.length;
    const second = await runCycle(sources, deps, { force: true });
    const wire = second.polled.find((r) => r.sourceId === 'wire');
    expect(wire?.outcome).toBe('not-modified');

    expect((await deps.store.getProjectState('kakao-siheung-dc'))?.status).toBe('CANCELLED');
    const cancel = alerts.slice(before).filter((a) => a.change.projectId === 'kakao-siheung-dc' && a.change.to === 'CANCELLED');
    expect(cancel).toHaveLength(1);
    expect(cancel[0]!.change.from).toBe('MOU_SIGNED');
    expect(cancel[0]!.text).toContain('무산');
    // The recap of the 2022 MOU in the same article does not reopen the project.
    const record = await deps.store.getProject('kakao-siheung-dc');
    expect(record!.events.some((e) => e.status === 'MOU_SIGNED' && e.when?.from === '2022-04-01')).toBe(true);
  });

  it('stores and alerts nothing new when the same cycle runs again', async () => {
    clock = new Date('2023-11-24T08:00:00Z');
    const before = alerts.length;
    const changesBefore = (await deps.store.listChangesSince('2000-01-01T00:00:00Z')).length;
    const third = await runCycle(sources, deps, { force: true });
    expect(third.polled.filter((r) => r.sourceId !== 'down').every((r) => r.outcome === 'not-modified' || r.newArticles === 0)).toBe(true);
    expect(third.changes).toEqual([]);
    expect(alerts.length).toBe(before);
    expect((await deps.store.listChangesSince('2000-01-01T00:00:00Z')).length).toBe(changesBefore);
  });
});
