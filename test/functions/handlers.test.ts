/**
 * The Lambda handlers are adapters: these tests give them fake dependencies and check
 * the event-to-call and result-to-response mapping, batch failures included.
 */
import type { SQSEvent } from 'aws-lambda';
import { makeHandler as makeApi } from '../../functions/api';
import { makeHandler as makeDigest } from '../../functions/digest';
import { makeHandler as makeDispatch } from '../../functions/dispatch';
import { makeHandler as makePoll } from '../../functions/poll-source';
import type { RadarStore } from '../../lib/core/ports';
import type { Change, Source } from '../../lib/core/types';
import type { PollReport } from '../../lib/pipeline/poll-source';

const source = (id: string): Source => ({ id, url: `https://example.com/${id}.xml`, kind: 'rss', lang: 'en', fetchArticles: true, intervalMinutes: 15 });
const now = () => new Date('2024-05-14T00:00:00Z');

describe('dispatch', () => {
  it('sends one message per due source, ten per batch', async () => {
    const batches: string[][] = [];
    const sources = Array.from({ length: 23 }, (_, i) => source(`s${i}`));
    const handler = makeDispatch({ sources, listSourceStates: async () => [{ sourceId: 's0', failures: 0, lastFetchedAt: now().toISOString() }], sendBatch: async (b) => (batches.push(b), []), now });
    const result = await handler();
    expect(result.dispatched).toHaveLength(22);
    expect(batches.map((b) => b.length)).toEqual([10, 10, 2]);
    expect(JSON.parse(batches[0]![0]!)).toEqual({ sourceId: 's1' });
  });

  it('fails the invocation when messages could not be queued, so the scheduler retries', async () => {
    const handler = makeDispatch({ sources: [source('a')], listSourceStates: async () => [], sendBatch: async (b) => b, now });
    await expect(handler()).rejects.toThrow(/could not enqueue 1 of 1/);
  });
});

describe('poll-source', () => {
  const record = (messageId: string, body: string) => ({ messageId, body }) as SQSEvent['Records'][number];
  const report = (sourceId: string): PollReport => ({ sourceId, outcome: 'ok', items: 1, newArticles: 1, events: [], changes: [], itemFailures: [] });

  it('returns only the messages whose poll threw as batch item failures', async () => {
    const logs: string[] = [];
    const handler = makePoll({
      sources: [source('good'), source('bad')],
      poll: async (s) => {
        if (s.id === 'bad') throw new Error('table unreachable');
        return report(s.id);
      },
      log: (l) => logs.push(l),
    });
    const result = await handler({ Records: [record('1', '{"sourceId":"good"}'), record('2', '{"sourceId":"bad"}'), record('3', 'not json'), record('4', '{"sourceId":"gone"}')] });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '2' }, { itemIdentifier: '3' }]);
    expect(logs.some((l) => l.includes('unknown source'))).toBe(true);
  });
});

describe('api', () => {
  it('maps a Function URL event onto the router and back', async () => {
    const store = { listProjects: async () => [], getProject: async () => null } as unknown as RadarStore;
    const handler = makeApi({ store, now });
    const event = { rawPath: '/api/projects/nope', rawQueryString: '', requestContext: { http: { method: 'GET' } } } as never;
    const response = await handler(event);
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body as string)).toEqual({ error: { code: 'RADAR_NOT_FOUND', message: 'no project "nope"' } });
  });
});

describe('digest', () => {
  it('publishes one digest of the last 24 hours, and nothing on a quiet day', async () => {
    const change: Change = { id: 'c', projectId: 'p', project: 'P', org: null, kind: 'status', from: null, to: 'LAUNCHED', evidence: 'P launched.', url: 'https://e/1', at: '2024-05-13T12:00:00Z', confidence: 1 };
    const sinces: string[] = [];
    const published: string[] = [];
    const store = { listChangesSince: async (since: string) => (sinces.push(since), sinces.length === 1 ? [change] : []) } as unknown as RadarStore;
    const handler = makeDigest({ store, now, publish: async (d) => void published.push(d.subject) });
    expect(await handler()).toEqual({ sent: true, count: 1 });
    expect(await handler()).toEqual({ sent: false, count: 0 });
    expect(sinces[0]).toBe('2024-05-13T00:00:00.000Z');
    expect(published).toEqual(['Project Radar: 1 change in 1 project']);
  });
});
