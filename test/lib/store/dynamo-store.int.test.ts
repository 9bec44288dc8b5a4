import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../../lib/core/errors';
import type { AlertRecord, Subscription } from '../../../lib/core/ports';
import type { Change, ProjectState, RadarEvent, SourceState, Status } from '../../../lib/core/types';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { StoreError } from '../../../lib/store/errors';
import { alertClaimKey, articleKey, changeKey } from '../../../lib/store/keys';
import { startLocalTable, type LocalTable } from './local-table';

// Real loopback I/O: seconds, not milliseconds, on a loaded machine.
jest.setTimeout(60_000);

let table: LocalTable;
let store: ReturnType<LocalTable['store']>;
let serial = 0;
const uid = (prefix: string) => `${prefix}-${++serial}`;

beforeAll(async () => {
  table = await startLocalTable();
  store = table.store();
});
afterAll(() => table.close());

function projectState(projectId: string, overrides: Partial<ProjectState> = {}): ProjectState {
  return {
    projectId,
    name: '용인 반도체 클러스터 1기 팹',
    org: 'skhynix',
    status: 'CONSTRUCTION_STARTED',
    statusSince: '2025-02-25',
    nextMilestone: { status: 'COMPLETED', when: { text: '2027년 5월', from: '2027-05-01', to: '2027-05-31' }, evidence: '1기 팹은 2027년 5월 준공 예정이다.', url: 'https://news.example.kr/fab-1' },
    delayed: false,
    discovered: false,
    sources: ['yonhap'],
    version: 1,
    updatedAt: '2025-02-25T03:00:00.000Z',
    evidence: 'SK하이닉스가 용인 클러스터 1기 팹 공사에 착수했다.',
    url: 'https://news.example.kr/fab-1',
    ...overrides,
  };
}

function radarEvent(projectId: string, overrides: Partial<RadarEvent> = {}): RadarEvent {
  return {
    project: '용인 반도체 클러스터 1기 팹',
    projectId,
    org: 'skhynix',
    status: 'CONSTRUCTION_STARTED',
    modality: 'occurred',
    when: null,
    evidence: 'SK하이닉스가 용인 클러스터 1기 팹 공사에 착수했다.',
    confidence: 0.9,
    detector: 'ko-cue',
    discovered: false,
    articleId: uid('article'),
    url: 'https://news.example.kr/fab-1',
    publishedAt: '2025-02-25T10:00:00+09:00',
    sourceId: 'yonhap',
    ...overrides,
  };
}

function change(overrides: Partial<Change> = {}): Change {
  return {
    id: uid('change'),
    projectId: 'yongin-fab-1',
    project: '용인 반도체 클러스터 1기 팹',
    org: 'skhynix',
    kind: 'status',
    from: 'APPROVED',
    to: 'CONSTRUCTION_STARTED',
    evidence: 'SK하이닉스가 용인 클러스터 1기 팹 공사에 착수했다.',
    url: 'https://news.example.kr/fab-1',
    at: '2025-02-25T03:00:00.000Z',
    confidence: 0.9,
    ...overrides,
  };
}

describe('source fetch state (PK = SOURCE#id)', () => {
  it('is null until written, then reads back, and is listed with the others', async () => {
    const [a, b] = [uid('src'), uid('src')];
    const stateA: SourceState = { sourceId: a, etag: 'W/"5e1f"', lastModified: 'Mon, 24 Nov 2025 05:00:00 GMT', failures: 0, lastSuccessAt: '2025-11-24T05:00:00.000Z' };
    const stateB: SourceState = { sourceId: b, failures: 2, lastError: { code: 'RADAR_FETCH_TIMEOUT', message: 'timed out', at: '2025-11-24T05:00:00.000Z' }, backoffUntil: '2025-11-24T06:00:00.000Z', etag: undefined };

    expect(await store.getSourceState(a)).toBeNull();
    await store.putSourceState(stateA);
    await store.putSourceState(stateB);
    await store.putSourceState({ ...stateA, failures: 1 });

    expect(await store.getSourceState(a)).toEqual({ ...stateA, failures: 1 });
    expect(await store.getSourceState(b)).toEqual({ sourceId: b, failures: 2, lastError: stateB.lastError, backoffUntil: stateB.backoffUntil });
    const listed = (await store.listSourceStates()).filter((s) => s.sourceId === a || s.sourceId === b);
    expect(listed.map((s) => s.sourceId).sort()).toEqual([a, b].sort());
  });
});

describe('seen articles (PK = ARTICLE#id, expiresAt ~90 days)', () => {
  it('marks once, answers false to a second mark, and sets the TTL attribute', async () => {
    const id = uid('art');
    expect(await store.hasSeenArticle(id)).toBe(false);

    const first = await store.markArticleSeen(id, 'https://news.example.kr/a', '2025-11-24T05:00:00.000Z');
    const second = await store.markArticleSeen(id, 'https://news.example.kr/a', '2025-11-24T05:15:00.000Z');

    expect([first, second]).toEqual([true, false]);
    expect(await store.hasSeenArticle(id)).toBe(true);
    const raw = await table.doc.send(new GetCommand({ TableName: table.tableName, Key: articleKey(id) }));
    expect(raw.Item?.expiresAt).toBe(Date.parse('2025-11-24T05:00:00.000Z') / 1000 + 90 * 86_400);
  });

  it('lets exactly one of two racing pollers claim an article', async () => {
    const id = uid('art');
    const results = await Promise.all([0, 1, 2, 3].map(() => store.markArticleSeen(id, 'https://news.example.kr/race', '2025-11-24T05:00:00.000Z')));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe('seen articles in batches (BatchGetItem, BatchWriteItem)', () => {
  it('marks 130 articles and finds exactly them among 250 ids, in a handful of calls', async () => {
    const ids = Array.from({ length: 250 }, () => uid('batch'));
    const marked = ids.filter((_, i) => i % 2 === 0 || i > 200);
    const send = jest.spyOn(table.doc, 'send');
    await store.markArticlesSeen([...marked, marked[0]!].map((articleId) => ({ articleId, url: `https://news.example.kr/${articleId}` })), '2025-11-24T05:00:00.000Z');
    const seen = await store.seenArticles(ids);
    const calls = send.mock.calls.map(([command]) => command.constructor.name);
    send.mockRestore();

    expect([...seen].sort()).toEqual([...marked].sort());
    // 150 marks in chunks of 25 (the repeat is written once), 250 reads in chunks of 100.
    expect(calls.filter((c) => c === 'BatchWriteCommand')).toHaveLength(6);
    expect(calls.filter((c) => c === 'BatchGetCommand')).toHaveLength(3);
    expect(await store.hasSeenArticle(marked[0]!)).toBe(true);
    const raw = await table.doc.send(new GetCommand({ TableName: table.tableName, Key: articleKey(marked[1]!) }));
    expect(raw.Item).toMatchObject({ url: `https://news.example.kr/${marked[1]}`, expiresAt: Date.parse('2025-11-24T05:00:00.000Z') / 1000 + 90 * 86_400 });
  });

  it('answers an empty set for no ids without calling DynamoDB', async () => {
    const send = jest.spyOn(table.doc, 'send');
    expect((await store.seenArticles([])).size).toBe(0);
    await store.markArticlesSeen([], '2025-11-24T05:00:00.000Z');
    expect(send).not.toHaveBeenCalled();
    send.mockRestore();
  });
});

describe('a project with its timeline (PK = PROJECT#id)', () => {
  it('writes 40 events in batches and leaves an event already stored as it is', async () => {
    const projectId = uid('proj');
    const events = Array.from({ length: 40 }, (_, i) => radarEvent(projectId, { evidence: `공사 ${i}단계가 시작됐다.`, publishedAt: `2025-03-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`, url: `https://news.example.kr/e${i}` }));
    await store.putEvents(events.slice(0, 1));
    const first = (await table.doc.send(new GetCommand({ TableName: table.tableName, Key: { PK: `PROJECT#${projectId}`, SK: 'STATE' } }))).Item;
    expect(first).toBeUndefined();
    // The same first event again with other words must not overwrite the stored one.
    await store.putEvents([{ ...events[0]!, confidence: 0.11 }, ...events.slice(1)]);
    await store.putProjectState(projectState(projectId), 0);
    const record = await store.getProject(projectId);
    expect(record?.events).toHaveLength(40);
    expect(record?.events.find((e) => e.url === events[0]!.url)?.confidence).toBe(events[0]!.confidence);
  });

  it('stores an event once however often it is put, and returns the state then events newest first', async () => {
    const projectId = uid('proj');
    const announced = radarEvent(projectId, { status: 'ANNOUNCED', when: { text: '2019년 2월', from: '2019-02-01', to: '2019-02-28' }, evidence: '용인 클러스터 조성 계획이 발표됐다.' });
    const approved = radarEvent(projectId, { status: 'APPROVED', publishedAt: '2024-12-01T09:00:00+09:00', evidence: '산업단지 계획이 승인됐다.' });
    const started = radarEvent(projectId, { discovered: undefined as unknown as boolean });

    await store.putEvents([announced, approved]);
    await store.putEvents([approved, started, started]);
    await store.putProjectState(projectState(projectId), 0);

    const record = await store.getProject(projectId);
    expect(record?.state).toEqual(projectState(projectId));
    expect(record?.events.map((e) => e.status)).toEqual(['CONSTRUCTION_STARTED', 'APPROVED', 'ANNOUNCED']);
    expect(record?.events[1]).toEqual(approved);
  });

  it('is null for an unknown project, or one with events but no state yet', async () => {
    const projectId = uid('proj');
    await store.putEvents([radarEvent(projectId)]);
    expect(await store.getProject(projectId)).toBeNull();
    expect(await store.getProject(uid('nobody'))).toBeNull();
  });

  it('round-trips the rules memo (held claims) with the state', async () => {
    const projectId = uid('proj');
    const state = projectState(projectId, {
      memo: {
        stage: 'CONSTRUCTION_STARTED',
        pending: [
          { status: 'ON_HOLD', modality: 'occurred', date: '2025-06-01', when: null, evidence: '공사가 잠정 중단된 것으로 알려졌다.', url: 'https://news.example.kr/h', publishedAt: '2025-06-01T00:00:00Z', confidence: 0.55, sources: ['etnews'], heldAt: '2025-06-01T01:00:00.000Z' },
        ],
      },
    });
    await store.putProjectState(state, 0);
    expect(await store.getProjectState(projectId)).toEqual(state);
  });
});

describe('project state writes are version-checked', () => {
  it('creates with expectedVersion 0 once, then updates only from the stored version', async () => {
    const projectId = uid('proj');
    await store.putProjectState(projectState(projectId, { version: 1 }), 0);

    await expect(store.putProjectState(projectState(projectId, { version: 1 }), 0)).rejects.toBeInstanceOf(ConflictError);
    await store.putProjectState(projectState(projectId, { version: 2, status: 'COMPLETED' }), 1);
    await expect(store.putProjectState(projectState(projectId, { version: 2, status: 'LAUNCHED' }), 1)).rejects.toMatchObject({ code: 'RADAR_CONFLICT', retryable: true });

    expect(await store.getProjectState(projectId)).toMatchObject({ version: 2, status: 'COMPLETED' });
  });

  it.each([
    ['two creators', 0],
    ['two updaters of version 1', 1],
  ])('%s race: one wins, the other gets ConflictError', async (_label, expected) => {
    const projectId = uid('proj');
    if (expected === 1) await store.putProjectState(projectState(projectId, { version: 1 }), 0);
    const writers = ['CANCELLED', 'LAUNCHED'].map((status) => store.putProjectState(projectState(projectId, { version: expected + 1, status: status as Status }), expected));

    const results = await Promise.allSettled(writers);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
  });
});

describe('projects by status (GSI1) and by organisation (GSI2)', () => {
  let local: ReturnType<LocalTable['store']>;
  const tableName = 'radar-lists';

  beforeAll(async () => {
    // A table of its own, so the lists hold exactly what these tests wrote.
    const { ensureTable } = await import('../../../lib/store/local-dynamo');
    await ensureTable(table.client, tableName);
    local = createDynamoStore(table.doc, tableName);
    const rows: [string, Status, string | null][] = [
      ['kakao-ansan-dc', 'LAUNCHED', 'kakao'],
      ['naver-sejong-dc', 'LAUNCHED', 'naver'],
      ['naver-chuncheon-2', 'CONSTRUCTION_STARTED', 'naver'],
      ['saemangeum-dc', 'CANCELLED', null],
      ['kakao-hanam-dc', 'ANNOUNCED', 'kakao'],
    ];
    for (const [id, status, org] of rows) await local.putProjectState(projectState(id, { status, org }), 0);
    // A status change moves the project between lists.
    await local.putProjectState(projectState('kakao-hanam-dc', { status: 'CANCELLED', org: 'kakao', version: 2 }), 1);
  });

  it.each<[string, { status?: Status; org?: string }, string[]]>([
    ['all', {}, ['kakao-ansan-dc', 'kakao-hanam-dc', 'naver-chuncheon-2', 'naver-sejong-dc', 'saemangeum-dc']],
    ['LAUNCHED', { status: 'LAUNCHED' }, ['kakao-ansan-dc', 'naver-sejong-dc']],
    ['CANCELLED (after the move)', { status: 'CANCELLED' }, ['kakao-hanam-dc', 'saemangeum-dc']],
    ['ANNOUNCED (left empty by the move)', { status: 'ANNOUNCED' }, []],
    ['org naver', { org: 'naver' }, ['naver-chuncheon-2', 'naver-sejong-dc']],
    ['org kakao + CANCELLED', { org: 'kakao', status: 'CANCELLED' }, ['kakao-hanam-dc']],
    ['unknown org', { org: 'nobody' }, []],
  ])('%s', async (_label, filter, expected) => {
    const projects = await local.listProjects(filter);
    expect(projects.map((p) => p.projectId).sort()).toEqual(expected);
    for (const p of projects) expect(p).not.toHaveProperty('GSI1PK');
  });

  it('pages through a list with a small page size', async () => {
    const paged = createDynamoStore(table.doc, tableName, { pageSize: 2 });
    expect((await paged.listProjects()).length).toBe(5);
  });
});

describe('changes (PK = CHANGE#id; GSI1 CHANGES by time)', () => {
  it('stores a change once: the second put answers false', async () => {
    const c = change();
    expect(await store.putChange(c)).toBe(true);
    expect(await store.putChange({ ...c, at: '2025-02-26T00:00:00.000Z' })).toBe(false);
    expect(await store.getChange(c.id)).toEqual(c);
  });

  it('lists changes recorded since a time, oldest first, whatever the offset of `at`', async () => {
    const tag = uid('since');
    const items = [
      change({ projectId: tag, at: '2030-01-01T00:00:00.000Z' }),
      change({ projectId: tag, at: '2030-01-03T09:00:00+09:00' }), // 2030-01-03T00:00Z
      change({ projectId: tag, at: '2030-01-02T12:00:00.000Z', kind: 'slip', from: '2027-05-01..2027-05-31', to: '2027-12-01..2027-12-31', milestone: 'COMPLETED' }),
    ];
    for (const c of items) await store.putChange(c);

    const since = (await store.listChangesSince('2030-01-02T00:00:00.000Z')).filter((c) => c.projectId === tag);

    expect(since.map((c) => c.id)).toEqual([items[2]!.id, items[1]!.id]);
    expect(since[0]).toEqual(items[2]);
    expect((await store.listChangesSince('2030-01-01')).filter((c) => c.projectId === tag)).toHaveLength(3);
  });
});

describe('delivery records (PK = CHANGE#id, SK = ALERT) and the outbox (GSI2 OUTBOX)', () => {
  const record = (changeId: string, over: Partial<AlertRecord> = {}): AlertRecord => ({ changeId, phase: 'claimed', attempts: 0, owner: 'a', leaseUntil: '2025-02-25T03:01:00.000Z', updatedAt: '2025-02-25T03:00:00.000Z', rev: 1, ...over });

  it('writes a record only at the version it was read at', async () => {
    const c = change();
    await store.putChange(c);
    expect(await store.getAlert(c.id)).toBeNull();
    expect(await store.putAlert(record(c.id), 0)).toBe(true);
    expect(await store.putAlert(record(c.id, { owner: 'b' }), 0)).toBe(false); // someone claimed first
    expect(await store.getAlert(c.id)).toMatchObject({ phase: 'claimed', owner: 'a', rev: 1 });
    expect(await store.putAlert(record(c.id, { phase: 'sent' }), 1)).toBe(true);
    expect(await store.putAlert(record(c.id, { phase: 'pending' }), 1)).toBe(false);
    expect(await store.getAlert(c.id)).toMatchObject({ phase: 'sent', rev: 2 });
  });

  it('lets one of several racing notifiers claim', async () => {
    const id = uid('change');
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => store.putAlert(record(id, { owner: `n${n}` }), 0)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('a record before the change is stored leaves the change item to its own conditional put', async () => {
    const c = change();
    expect(await store.putAlert(record(c.id), 0)).toBe(true);
    expect(await store.putChange(c)).toBe(true);
    const raw = await table.doc.send(new GetCommand({ TableName: table.tableName, Key: changeKey(c.id) }));
    expect(raw.Item).not.toHaveProperty('phase');
  });

  it('lists a stored change in the outbox until it leaves it', async () => {
    const c = change({ at: '2001-01-01T00:00:00.000Z' });
    await store.putChange(c);
    expect((await store.listOutbox()).map((x) => x.id)).toContain(c.id);
    expect((await store.listOutbox()).find((x) => x.id === c.id)).toEqual(c);
    await store.leaveOutbox(c.id);
    await store.leaveOutbox(c.id); // twice is harmless
    await store.leaveOutbox(uid('never-stored'));
    expect((await store.listOutbox()).map((x) => x.id)).not.toContain(c.id);
    expect(await store.getChange(c.id)).toEqual(c); // the change itself stays
  });

  it('reads a claim written before delivery records as sent', async () => {
    const id = uid('legacy');
    await table.doc.send(new PutCommand({ TableName: table.tableName, Item: { ...alertClaimKey(id), entity: 'alert', changeId: id, alertedAt: '2024-01-01T00:00:00.000Z' } }));
    expect(await store.getAlert(id)).toMatchObject({ phase: 'sent', rev: -1 });
  });
});

describe('oversized items', () => {
  it('cuts an event too large for DynamoDB instead of failing the write', async () => {
    const projectId = uid('huge');
    const truncated: string[][] = [];
    const cutting = table.store({ onTruncated: (info) => truncated.push(info.attributes) });
    await cutting.putEvents([radarEvent(projectId, { evidence: '데이터센터 착공 '.repeat(60_000) })]); // ~1.3 MB of UTF-8
    await cutting.putProjectState(projectState(projectId), 0);
    const record = await cutting.getProject(projectId);
    expect(record?.events).toHaveLength(1);
    expect(Buffer.byteLength(record!.events[0]!.evidence)).toBeLessThan(400_000);
    expect(record!.events[0]!.evidence.endsWith('…')).toBe(true);
    expect(truncated).toEqual([['evidence']]);
  });
});

describe('subscriptions (GSI1 SUBSCRIPTIONS)', () => {
  it('stores and lists them; the same id twice is one subscription', async () => {
    const sub: Subscription = { id: uid('sub'), protocol: 'email', endpoint: 'ops@example.org', statuses: ['CANCELLED', 'DELAYED'], orgs: ['naver'], createdAt: '2025-01-01T00:00:00.000Z' };
    const sms: Subscription = { id: uid('sub'), protocol: 'sms', endpoint: '+821012345678', projects: undefined, createdAt: '2025-01-02T00:00:00.000Z' };

    await store.putSubscription(sub);
    await store.putSubscription(sub);
    await store.putSubscription(sms);

    const listed = (await store.listSubscriptions()).filter((s) => s.id === sub.id || s.id === sms.id);
    expect(listed).toEqual([sub, { id: sms.id, protocol: 'sms', endpoint: '+821012345678', createdAt: sms.createdAt }]);
  });
});

describe('pagination', () => {
  it('reads a timeline larger than one 1 MB Query page', async () => {
    const projectId = uid('big');
    const filler = '데이터센터 '.repeat(6_000); // ~ 42 KB of UTF-8 per event
    const events = Array.from({ length: 30 }, (_, i) => radarEvent(projectId, { evidence: `${i} ${filler}`, publishedAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` }));
    await store.putEvents(events);
    await store.putProjectState(projectState(projectId), 0);

    const send = jest.spyOn(table.doc, 'send');
    const record = await store.getProject(projectId);
    const queries = send.mock.calls.filter(([command]) => command.constructor.name === 'QueryCommand').length;
    send.mockRestore();

    expect(queries).toBeGreaterThan(1); // DynamoDB (and dynalite) cut the answer at 1 MB
    expect(record?.events).toHaveLength(30);
    expect(record?.events[0]?.publishedAt).toBe('2025-01-30T00:00:00Z');
  });

  it('follows LastEvaluatedKey with a small page size', async () => {
    const projectId = uid('paged');
    await store.putEvents(Array.from({ length: 7 }, (_, i) => radarEvent(projectId, { evidence: `문장 ${i}` })));
    await store.putProjectState(projectState(projectId), 0);
    const paged = table.store({ pageSize: 2 });
    expect((await paged.getProject(projectId))?.events).toHaveLength(7);
  });
});

describe('errors', () => {
  it('wraps a failure other than a lost condition in StoreError', async () => {
    const missing = createDynamoStore(table.doc, 'no-such-table');
    await expect(missing.getProjectState('x')).rejects.toMatchObject({ name: 'StoreError', code: 'RADAR_STORE', operation: 'getProjectState' });
    await expect(missing.putChange(change())).rejects.toBeInstanceOf(StoreError);
  });
});
