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
  // A Function URL event (payload format 2.0) as Lambda delivers it.
  const urlEvent = (rawPath: string, rawQueryString = '', headers: Record<string, string> = {}) =>
    ({
      version: '2.0',
      routeKey: '$default',
      rawPath,
      rawQueryString,
      headers: { host: 'abc.lambda-url.ap-northeast-2.on.aws', 'x-forwarded-proto': 'https', ...headers },
      requestContext: { http: { method: 'GET', path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' }, domainName: 'abc.lambda-url.ap-northeast-2.on.aws', requestId: 'r', routeKey: '$default', stage: '$default', timeEpoch: 0, time: '', accountId: 'anonymous', apiId: 'abc', domainPrefix: 'abc' },
      isBase64Encoded: false,
    }) as never;

  it('maps a Function URL event onto the router and back, with the security headers', async () => {
    const store = { listProjects: async () => [], getProject: async () => null } as unknown as RadarStore;
    const handler = makeApi({ store, now });
    const response = await handler(urlEvent('/api/projects/nope'));
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body as string)).toEqual({ error: { code: 'RADAR_NOT_FOUND', message: 'no project "nope"' } });
    expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });

  it('passes the query string and Accept-Language through, and refuses bad input with 400', async () => {
    const store = { listProjects: async () => [], listChangesSince: async () => [], listSourceStates: async () => [] } as unknown as RadarStore;
    const handler = makeApi({ store, now });
    const page = await handler(urlEvent('/', '', { 'accept-language': 'ko-KR,ko;q=0.9' }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="ko">');
    expect((await handler(urlEvent('/api/changes', 'since=99999999999999999d'))).statusCode).toBe(400);
    const feed = await handler(urlEvent('/changes.atom'));
    expect(feed.body).toContain('<link rel="self" type="application/atom+xml" href="https://abc.lambda-url.ap-northeast-2.on.aws/changes.atom"/>');
  });
});

describe('digest', () => {
  it('publishes each audience’s digest of the last 24 hours once a day, and nothing on a quiet day', async () => {
    const change: Change = { id: 'c', projectId: 'p', project: 'P', org: null, kind: 'status', from: null, to: 'LAUNCHED', evidence: 'P launched.', url: 'https://e/1', at: '2024-05-13T12:00:00Z', confidence: 1 };
    const sinces: string[] = [];
    const published: string[] = [];
    const claims = new Set<string>();
    const store = {
      listChangesSince: async (since: string) => (sinces.push(since), sinces.length <= 2 ? [change] : []),
      listSubscriptions: async () => [{ id: 's', protocol: 'email', endpoint: 'a@example.com', delivery: 'daily', createdAt: '' }],
      claimAlert: async (id: string) => (claims.has(id) ? false : (claims.add(id), true)),
      releaseAlert: async (id: string) => void claims.delete(id),
    } as unknown as RadarStore;
    const handler = makeDigest({ store, now, publish: async (d) => void published.push(d.subject) });
    expect(await handler()).toEqual({ sent: 1, failed: 0, changes: 1 });
    expect(await handler()).toEqual({ sent: 0, failed: 0, changes: 1 }); // a retry the same day
    expect(await handler()).toEqual({ sent: 0, failed: 0, changes: 0 });
    expect(sinces[0]).toBe('2024-05-13T00:00:00.000Z');
    expect(published).toEqual(['Project Radar: 1 change in 1 project']);
  });
});
