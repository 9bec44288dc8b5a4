/**
 * The Lambda handlers are adapters: these tests give them fake dependencies and full AWS
 * event shapes, and check the event-to-call and result-to-response mapping, the batch
 * failures, the logs (level and context) and the metrics, failure paths included.
 */
import { makeHandler as makeApi } from '../../functions/api';
import { makeHandler as makeDigest } from '../../functions/digest';
import { makeHandler as makeDispatch, sourceMessage, sourcesOnSchedule, type SourceMessage } from '../../functions/dispatch';
import { makeHandler as makeNotify } from '../../functions/notify';
import { makeHandler as makePoll } from '../../functions/poll-source';
import type { AlertPublisher, AlertRecord, RadarStore } from '../../lib/core/ports';
import type { Change, RadarEvent, Source } from '../../lib/core/types';
import type { PollReport } from '../../lib/pipeline/poll-source';
import { METRIC } from '../../lib/runtime/lambda-metric-names';
import type { RunRecord } from '../../lib/runtime/lambda-run-ledger';
import { changeInsertRecord, functionUrlEvent, scheduledEvent, sqsEvent, sqsRecord } from './aws-events';
import { recorder } from './observability-recorder';

const source = (id: string, host = 'example.com'): Source => ({ id, url: `https://${host}/${id}.xml`, kind: 'rss', lang: 'en', fetchArticles: true, intervalMinutes: 15 });
const now = () => new Date('2024-05-14T00:00:00Z');
const RUN = '2024-05-14T00:00:00.000Z';

function memoryLedger() {
  const runs = new Map<string, RunRecord>();
  return {
    runs,
    get: async (kind: string, at: string) => runs.get(`${kind}@${at}`) ?? null,
    put: async (record: RunRecord) => void runs.set(`${record.kind}@${record.scheduledTime}`, record),
    claim: async (kind: string, at: string, when: string) => {
      if (runs.has(`${kind}@${at}`)) return false;
      runs.set(`${kind}@${at}`, { kind, scheduledTime: at, status: 'done', completed: [], updatedAt: when });
      return true;
    },
    release: async (kind: string, at: string) => void runs.delete(`${kind}@${at}`),
  };
}

describe('dispatch', () => {
  it('sends one message per due source, ten per batch, grouped by host and deduplicated per run', async () => {
    const obs = recorder();
    const batches: SourceMessage[][] = [];
    const sources = Array.from({ length: 23 }, (_, i) => source(`s${i}`, i % 2 ? 'news.example' : 'Press.Example.kr'));
    const handler = makeDispatch({
      ...obs,
      sources: async () => sources,
      listSourceStates: async () => [{ sourceId: 's0', failures: 0, lastFetchedAt: now().toISOString() }],
      sendBatch: async (b) => (batches.push(b), []),
      ledger: memoryLedger(),
      now,
    });
    const result = await handler(scheduledEvent('2024-05-14T00:00:00Z'));
    expect(result).toMatchObject({ run: RUN, repeated: false });
    expect(result.dispatched).toHaveLength(22);
    expect(batches.map((b) => b.length)).toEqual([10, 10, 2]);
    expect(batches[0]![0]).toEqual({ body: { sourceId: 's1', run: RUN }, groupId: 'news.example', deduplicationId: sourceMessage(source('s1'), RUN).deduplicationId });
    expect(batches[0]![1]!.groupId).toBe('press.example.kr');
    expect(obs.metrics.sum(METRIC.sourcesDispatched)).toBe(22);
  });

  it('gives the same source in another run another deduplication id', () => {
    expect(sourceMessage(source('a'), RUN).deduplicationId).not.toBe(sourceMessage(source('a'), '2024-05-14T00:15:00.000Z').deduplicationId);
    expect(sourceMessage(source('a'), RUN).deduplicationId).toMatch(/^[A-Za-z0-9_-]{1,128}$/);
  });

  it('fails the invocation when messages could not be queued, and its retry sends only the rest', async () => {
    const ledger = memoryLedger();
    const sent: string[] = [];
    let failOnce = true;
    const handler = makeDispatch({
      ...recorder(),
      sources: async () => [source('a'), source('b')],
      listSourceStates: async () => [],
      sendBatch: async (messages) => {
        const failed = failOnce ? ['b'] : [];
        failOnce = false;
        sent.push(...messages.map((m) => m.body.sourceId).filter((id) => !failed.includes(id)));
        return failed;
      },
      ledger,
      now,
    });
    await expect(handler(scheduledEvent(RUN))).rejects.toThrow(/could not enqueue 1 of 2 sources: b/);
    expect(ledger.runs.get(`dispatch@${RUN}`)).toMatchObject({ status: 'partial', completed: ['a'] });
    expect(await handler(scheduledEvent(RUN, 2))).toMatchObject({ dispatched: ['b'], repeated: false });
    expect(sent).toEqual(['a', 'b']);
    // A third delivery of the same scheduled run (Lambda's own retry) sends nothing.
    expect(await handler(scheduledEvent(RUN, 3))).toMatchObject({ dispatched: [], repeated: true });
    expect(sent).toEqual(['a', 'b']);
  });

  it("takes the configuration's schedule interval as a floor under each source's own", () => {
    const sources = [{ ...source('fast'), intervalMinutes: 5 }, { ...source('slow'), intervalMinutes: 60 }];
    expect(sourcesOnSchedule({ sources, schedule: { intervalMinutes: 15 } }).map((s) => [s.id, s.intervalMinutes])).toEqual([
      ['fast', 15],
      ['slow', 60],
    ]);
  });

  it('names a run without a scheduled time by the current minute', async () => {
    const handler = makeDispatch({ ...recorder(), sources: async () => [], listSourceStates: async () => [], sendBatch: async () => [], ledger: memoryLedger(), now: () => new Date('2024-05-14T00:07:42.500Z') });
    expect((await handler({})).run).toBe('2024-05-14T00:07:00.000Z');
  });
});

describe('poll-source', () => {
  const report = (sourceId: string, over: Partial<PollReport> = {}): PollReport => ({ sourceId, outcome: 'ok', items: 1, newArticles: 1, events: [], changes: [], itemFailures: [], ...over });
  const body = (sourceId: string) => JSON.stringify({ sourceId, run: RUN });

  it('returns the messages whose poll threw, with an ERROR line naming the source', async () => {
    const obs = recorder();
    const handler = makePoll({
      ...obs,
      now,
      load: async () => ({
        sources: [source('good'), source('bad')],
        poll: async (s) => {
          if (s.id === 'bad') throw new Error('table unreachable');
          return report(s.id);
        },
      }),
    });
    const event = sqsEvent(sqsRecord('1', body('good'), { groupId: 'a' }), sqsRecord('2', body('bad'), { groupId: 'b' }), sqsRecord('3', 'not json', { groupId: 'c' }), sqsRecord('4', body('gone'), { groupId: 'd' }));
    const result = await handler(event);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '2' }, { itemIdentifier: '3' }]);
    expect(obs.lines.filter((l) => l.level === 'ERROR').map((l) => [l.sourceId, l.error])).toEqual([
      ['bad', expect.stringContaining('table unreachable')],
      [undefined, expect.stringMatching(/JSON/)],
    ]);
    expect(obs.lines.find((l) => l.message.startsWith('unknown source'))).toMatchObject({ level: 'WARN', sourceId: 'gone', messageId: '4' });
    // Context keys do not leak from one message into the next.
    expect(obs.lines.find((l) => l.message === 'source polled')).toMatchObject({ sourceId: 'good', messageId: '1' });
  });

  it('reports a source whose fetch failed as a batch item failure, after its state was recorded', async () => {
    const obs = recorder();
    const recorded: string[] = [];
    const handler = makePoll({
      ...obs,
      now,
      load: async () => ({
        sources: [source('down')],
        poll: async (s) => {
          recorded.push(s.id); // pollSource writes the failure to the source's state before returning
          return report(s.id, { outcome: 'failed', newArticles: 0, error: { url: s.url, code: 'RADAR_FETCH_HTTP', message: 'HTTP 503' }, consecutiveFailures: 3 });
        },
      }),
    });
    const result = await handler(sqsEvent(sqsRecord('m1', body('down'))));
    expect(recorded).toEqual(['down']);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect(obs.lines.find((l) => l.level === 'WARN')).toMatchObject({ sourceId: 'down', errorCode: 'RADAR_FETCH_HTTP', consecutiveFailures: 3 });
    expect(obs.metrics.sum(METRIC.sourcesFailed)).toBe(1);
    expect(obs.metrics.values.find((v) => v.name === METRIC.sourceConsecutiveFailures)?.value).toBe(3);
  });

  it('keeps failing a redelivered message while its source backs off, and accepts a first delivery that finds it backing off', async () => {
    const handler = makePoll({ ...recorder(), now, load: async () => ({ sources: [source('slow')], poll: async (s) => report(s.id, { outcome: 'backing-off', newArticles: 0 }) }) });
    expect((await handler(sqsEvent(sqsRecord('r2', body('slow'), { receiveCount: 2 })))).batchItemFailures).toEqual([{ itemIdentifier: 'r2' }]);
    expect((await handler(sqsEvent(sqsRecord('r1', body('slow'), { receiveCount: 1 })))).batchItemFailures).toEqual([]);
  });

  it('returns the later messages of a failed host with it, as FIFO order requires', async () => {
    const polled: string[] = [];
    const handler = makePoll({
      ...recorder(),
      now,
      load: async () => ({
        sources: [source('a1'), source('a2'), source('b1')],
        poll: async (s) => (polled.push(s.id), report(s.id, s.id === 'a1' ? { outcome: 'failed', error: { url: s.url, code: 'X', message: 'x' } } : {})),
      }),
    });
    const result = await handler(sqsEvent(sqsRecord('1', body('a1'), { groupId: 'a' }), sqsRecord('2', body('b1'), { groupId: 'b' }), sqsRecord('3', body('a2'), { groupId: 'a' })));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '1' }, { itemIdentifier: '3' }]);
    expect(polled).toEqual(['a1', 'b1']);
  });

  it('counts articles, events and changes, logs unreadable articles with their URL, and measures detection latency', async () => {
    const obs = recorder();
    const event = (articleId: string, publishedAt: string) => ({ articleId, publishedAt }) as RadarEvent;
    const handler = makePoll({
      ...obs,
      now,
      load: async () => ({
        sources: [source('busy')],
        poll: async (s) =>
          report(s.id, {
            newArticles: 3,
            events: [event('x', '2024-05-13T23:00:00Z'), event('x', '2024-05-13T23:00:00Z'), event('y', '2024-05-13T22:00:00Z')],
            changes: [{} as Change],
            itemFailures: [{ url: 'https://example.com/a/3', code: 'RADAR_FETCH_TIMEOUT', message: 'timed out' }],
          }),
      }),
    });
    await handler(sqsEvent(sqsRecord('1', body('busy'))));
    expect([METRIC.articlesRead, METRIC.eventsDetected, METRIC.changesDetected, METRIC.articlesFailed].map((m) => obs.metrics.sum(m))).toEqual([3, 3, 1, 1]);
    expect(obs.metrics.values.filter((v) => v.name === METRIC.detectionLatency).map((v) => [v.value, v.unit])).toEqual([
      [3600, 'Seconds'],
      [7200, 'Seconds'],
    ]);
    expect(obs.lines.find((l) => l.articleUrl)).toMatchObject({ level: 'WARN', sourceId: 'busy', articleUrl: 'https://example.com/a/3' });
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
    const handler = makeApi({ ...recorder(), store, now });
    const response = await handler(functionUrlEvent('/api/projects/nope'));
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body as string)).toEqual({ error: { code: 'RADAR_NOT_FOUND', message: 'no project "nope"' } });
    expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });

  it('passes the query string and Accept-Language through, and refuses bad input with 400', async () => {
    const store = { listProjects: async () => [], listChangesSince: async () => [], listSourceStates: async () => [] } as unknown as RadarStore;
    const handler = makeApi({ ...recorder(), store, now });
    const page = await handler(urlEvent('/', '', { 'accept-language': 'ko-KR,ko;q=0.9' }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="ko">');
    expect((await handler(urlEvent('/api/changes', 'since=99999999999999999d'))).statusCode).toBe(400);
    const feed = await handler(urlEvent('/changes.atom'));
    expect(feed.body).toContain('<link rel="self" type="application/atom+xml" href="https://abc.lambda-url.ap-northeast-2.on.aws/changes.atom"/>');
  });

  it('logs the exception behind a 500 at ERROR, and the body says only "internal error"', async () => {
    const obs = recorder();
    const store = { listChangesSince: async () => Promise.reject(new Error('socket hang up')) } as unknown as RadarStore;
    const response = await makeApi({ ...obs, store, now })(functionUrlEvent('/api/changes', 'since=7d'));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('socket');
    expect(obs.lines).toEqual([expect.objectContaining({ level: 'ERROR', message: 'request failed', path: '/api/changes', error: expect.stringContaining('socket hang up') })]);
  });
});

describe('digest', () => {
  const change: Change = { id: 'c', projectId: 'p', project: 'P', org: null, kind: 'status', from: null, to: 'LAUNCHED', evidence: 'P launched.', url: 'https://e/1', at: '2024-05-13T12:00:00Z', confidence: 1 };
  /** A store with one daily subscriber and alert-once claims, around `listChangesSince`. */
  const digestStore = (listChangesSince: (since: string) => Promise<Change[]>) => {
    const claims = new Set<string>();
    return {
      listChangesSince,
      listSubscriptions: async () => [{ id: 's', protocol: 'email' as const, endpoint: 'a@example.com', delivery: 'daily' as const, createdAt: '' }],
      claimAlert: async (id: string) => (claims.has(id) ? false : (claims.add(id), true)),
      releaseAlert: async (id: string) => void claims.delete(id),
    };
  };

  it('publishes one digest of the 24 hours before the scheduled time, once per run', async () => {
    const obs = recorder();
    const sinces: string[] = [];
    const published: string[] = [];
    const store = digestStore(async (since: string) => (sinces.push(since), [change]));
    const handler = makeDigest({ ...obs, store, ledger: memoryLedger(), now: () => new Date('2024-05-14T00:04:00Z'), publish: async (d) => void published.push(d.subject) });
    expect(await handler(scheduledEvent(RUN))).toEqual({ run: RUN, sent: true, count: 1, repeated: false });
    // Lambda's async retry of the same run: nothing sent again.
    expect(await handler(scheduledEvent(RUN, 2))).toEqual({ run: RUN, sent: false, count: 0, repeated: true });
    expect(sinces).toEqual(['2024-05-13T00:00:00.000Z']);
    expect(published).toEqual(['Project Radar: 1 change in 1 project']);
    expect(obs.metrics.sum(METRIC.digestsSent)).toBe(1);
  });

  it('sends nothing on a quiet day', async () => {
    const handler = makeDigest({ ...recorder(), store: digestStore(async () => []), ledger: memoryLedger(), now, publish: async () => Promise.reject(new Error('must not publish')) });
    expect(await handler(scheduledEvent(RUN))).toMatchObject({ sent: false, count: 0, repeated: false });
  });

  it('gives the run back when publishing fails, so the retry sends it', async () => {
    const ledger = memoryLedger();
    let attempts = 0;
    const handler = makeDigest({
      ...recorder(),
      store: digestStore(async () => [change]),
      ledger,
      now,
      publish: async () => {
        if (++attempts === 1) throw new Error('SNS throttled');
      },
    });
    await expect(handler(scheduledEvent(RUN))).rejects.toThrow(/1 digest\(s\) not sent/);
    expect(ledger.runs.size).toBe(0);
    expect(await handler(scheduledEvent(RUN, 2))).toMatchObject({ sent: true });
  });
});

describe('notify', () => {
  const item = (id: string) => ({ PK: { S: `CHANGE#${id}` }, SK: { S: 'CHANGE' }, id: { S: id }, projectId: { S: 'p' }, project: { S: 'P' }, org: { NULL: true }, kind: { S: 'status' }, from: { NULL: true }, to: { S: 'LAUNCHED' }, at: { S: '2024-05-13T12:00:00Z' }, evidence: { S: 'P opened.' }, url: { S: 'https://e/1' }, confidence: { N: '0.9' } });

  it('reports a failed publish at ERROR with the change id, and counts sent and failed alerts', async () => {
    const obs = recorder();
    // The delivery records notify keeps (getAlert/putAlert), in memory.
    const records = new Map<string, AlertRecord>();
    const store = {
      getAlert: async (id: string) => records.get(id) ?? null,
      putAlert: async (record: AlertRecord, expectedRev: number) => {
        if ((records.get(record.changeId)?.rev ?? 0) !== expectedRev) return false;
        records.set(record.changeId, { ...record, rev: expectedRev + 1 });
        return true;
      },
      leaveOutbox: async () => undefined,
    } as unknown as RadarStore;
    // A refusal (4xx): nothing went out, so the change comes back for a retry.
    const publisher: AlertPublisher = { publish: async (alert) => (alert.change.id === 'bad' ? Promise.reject(Object.assign(new Error('KMS denied'), { name: 'KMSAccessDeniedException', $metadata: { httpStatusCode: 400 } })) : undefined) };
    const result = await makeNotify({ ...obs, store, publisher, now })({ Records: [changeInsertRecord('100', item('ok')), changeInsertRecord('200', item('bad'))] });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '200' }]);
    expect(obs.lines.filter((l) => l.level === 'ERROR')).toEqual([expect.objectContaining({ message: 'alert not sent', changeId: 'bad', error: expect.stringContaining('KMS denied') })]);
    expect([obs.metrics.sum(METRIC.alertsSent), obs.metrics.sum(METRIC.alertsFailed)]).toEqual([1, 1]);
  });
});
