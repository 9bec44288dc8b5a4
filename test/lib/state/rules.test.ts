import { InputError } from '../../../lib/core/errors';
import type { ProjectState, RadarEvent, Status } from '../../../lib/core/types';
import { applyEvents, type RuleContext } from '../../../lib/state/rules';

// A Korean data-center project followed through several news stories. The sentences are ours.
const NOW = '2023-11-24T06:00:00.000Z';
let serial = 0;

function event(status: Status, overrides: Partial<RadarEvent> = {}): RadarEvent {
  serial += 1;
  return {
    project: '새만금 하이퍼스케일 데이터센터',
    projectId: 'saemangeum-dc',
    org: 'gsenergy',
    status,
    modality: 'occurred',
    when: null,
    evidence: `${status} 근거 문장 ${serial}`,
    confidence: 0.9,
    detector: 'ko-cue',
    discovered: false,
    articleId: `article-${serial}`,
    url: `https://news.example.kr/${serial}`,
    publishedAt: '2023-11-24T14:05:00+09:00',
    sourceId: 'yonhap',
    ...overrides,
  };
}

function month(yyyyMm: string, text = yyyyMm) {
  const [y, m] = yyyyMm.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { text, from: `${yyyyMm}-01`, to: `${yyyyMm}-${String(last).padStart(2, '0')}` };
}

function half(year: number, which: 1 | 2) {
  return which === 1
    ? { text: `${year}년 상반기`, from: `${year}-01-01`, to: `${year}-06-30` }
    : { text: `${year}년 하반기`, from: `${year}-07-01`, to: `${year}-12-31` };
}

function state(status: Status, overrides: Partial<ProjectState> = {}): ProjectState {
  return {
    projectId: 'saemangeum-dc',
    name: '새만금 하이퍼스케일 데이터센터',
    org: 'gsenergy',
    status,
    statusSince: '2023-01-10',
    nextMilestone: null,
    delayed: status === 'DELAYED',
    discovered: false,
    sources: ['yonhap'],
    version: 3,
    updatedAt: '2023-01-10T00:00:00.000Z',
    evidence: '기존 근거',
    url: 'https://news.example.kr/old',
    ...overrides,
  };
}

const ctx: RuleContext = { now: NOW };

describe('applyEvents: the issue example', () => {
  const recap = () => event('MOU_SIGNED', { when: month('2022-04', '지난해 4월'), evidence: '양측은 지난해 4월 투자 양해각서를 체결했다.' });
  const cancellation = () => event('CANCELLED', { evidence: '새만금 데이터센터 건립 사업이 결국 무산됐다.' });

  it.each([
    ['discovered project', true, 'discovered'],
    ['watchlist project', false, 'status'],
  ])('a 2023 cancellation story recalling the 2022 MOU leaves a %s CANCELLED', (_label, discovered, kind) => {
    const { state: after, changes } = applyEvents(null, [cancellation(), recap()].map((e) => ({ ...e, discovered })), ctx);

    expect(after).toMatchObject({ status: 'CANCELLED', statusSince: '2023-11-24', discovered, version: 1, updatedAt: NOW });
    expect(after?.memo?.stage).toBe('MOU_SIGNED');
    expect(changes).toEqual([expect.objectContaining({ kind, from: null, to: 'CANCELLED', evidence: '새만금 데이터센터 건립 사업이 결국 무산됐다.', at: NOW })]);
  });

  it.each([
    ['with its date resolved', { when: month('2022-04', '2022년 4월') }],
    ['with no date resolved (dated by the article)', { when: null }],
    ['from another source', { when: month('2022-04'), sourceId: 'hankyung' }],
  ])('a later article about the 2022 MOU alone, %s, changes nothing', (_label, overrides) => {
    const first = applyEvents(null, [cancellation(), recap()], ctx).state!;
    const later = event('MOU_SIGNED', { publishedAt: '2024-03-05T09:00:00+09:00', evidence: '2022년 체결된 양해각서가 재조명됐다.', ...overrides });

    const { state: after, changes } = applyEvents(first, [later], { now: '2024-03-05T01:00:00.000Z' });

    expect(changes).toEqual([]);
    expect(after?.status).toBe('CANCELLED');
    expect(after?.statusSince).toBe('2023-11-24');
  });

  it.each([
    ['RESUMED', 'RESUMED'],
    ['CONSTRUCTION_STARTED', 'CONSTRUCTION_STARTED'],
    ['ON_HOLD', 'CANCELLED'],
    ['DELAYED', 'CANCELLED'],
    ['ANNOUNCED', 'CANCELLED'],
  ] as [Status, Status][])('after the cancellation, a 2024 %s leaves it %s', (next, expected) => {
    const first = applyEvents(null, [cancellation(), recap()], ctx).state!;
    const { state: after, changes } = applyEvents(first, [event(next, { publishedAt: '2024-06-01T10:00:00+09:00' })], ctx);
    expect(after?.status).toBe(expected);
    expect(changes.map((c) => [c.kind, c.from, c.to])).toEqual(expected === 'CANCELLED' ? [] : [['status', 'CANCELLED', expected]]);
  });
});

describe('applyEvents: which newer event replaces which status', () => {
  it.each<[Status, Status | undefined, Status, Status, string | null]>([
    // current, stage reached, newer event, expected status, expected change kind
    ['ANNOUNCED', 'ANNOUNCED', 'MOU_SIGNED', 'MOU_SIGNED', 'status'],
    ['CONSTRUCTION_STARTED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'COMPLETED', 'status'],
    ['CONSTRUCTION_STARTED', 'CONSTRUCTION_STARTED', 'MOU_SIGNED', 'CONSTRUCTION_STARTED', null], // a recap dated by its article
    ['LAUNCHED', 'LAUNCHED', 'CONSTRUCTION_STARTED', 'LAUNCHED', null],
    ['APPROVED', 'APPROVED', 'ON_HOLD', 'ON_HOLD', 'status'],
    ['APPROVED', 'APPROVED', 'CANCELLED', 'CANCELLED', 'status'],
    ['CONSTRUCTION_STARTED', 'CONSTRUCTION_STARTED', 'DELAYED', 'DELAYED', 'slip'],
    ['LAUNCHED', 'LAUNCHED', 'RESUMED', 'LAUNCHED', null], // nothing had stopped
    ['CANCELLED', 'MOU_SIGNED', 'RESUMED', 'RESUMED', 'status'],
    ['CANCELLED', 'MOU_SIGNED', 'APPROVED', 'APPROVED', 'status'], // a forward step beyond the furthest reached
    ['CANCELLED', 'MOU_SIGNED', 'MOU_SIGNED', 'CANCELLED', null],
    ['CANCELLED', 'MOU_SIGNED', 'DELAYED', 'CANCELLED', null],
    ['CANCELLED', 'MOU_SIGNED', 'ON_HOLD', 'CANCELLED', null],
    ['ON_HOLD', 'CONSTRUCTION_STARTED', 'RESUMED', 'RESUMED', 'status'],
    ['ON_HOLD', 'CONSTRUCTION_STARTED', 'COMPLETED', 'COMPLETED', 'status'],
    ['ON_HOLD', 'CONSTRUCTION_STARTED', 'DELAYED', 'ON_HOLD', null],
    ['ON_HOLD', 'CONSTRUCTION_STARTED', 'CANCELLED', 'CANCELLED', 'status'],
    ['ON_HOLD', 'CONSTRUCTION_STARTED', 'CONSTRUCTION_STARTED', 'ON_HOLD', null],
    ['DELAYED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'COMPLETED', 'status'],
    ['DELAYED', 'CONSTRUCTION_STARTED', 'DELAYED', 'DELAYED', null], // the same delay, reported again
    ['DELAYED', 'CONSTRUCTION_STARTED', 'RESUMED', 'RESUMED', 'status'],
    ['RESUMED', 'CONSTRUCTION_STARTED', 'CONSTRUCTION_STARTED', 'RESUMED', null],
    ['RESUMED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'COMPLETED', 'status'],
  ])('%s (reached %s) + newer %s -> %s', (current, stage, next, expected, kind) => {
    const before = state(current, { memo: stage ? { stage } : undefined });

    const { state: after, changes } = applyEvents(before, [event(next)], ctx);

    expect(after?.status).toBe(expected);
    expect(changes.map((c) => c.kind)).toEqual(kind ? [kind] : []);
    if (kind) expect(changes[0]).toMatchObject({ from: current, to: expected, projectId: 'saemangeum-dc', org: 'gsenergy' });
  });

  it('a state stored without a memo counts its own forward status as reached', () => {
    const { state: after, changes } = applyEvents(state('CONSTRUCTION_STARTED'), [event('MOU_SIGNED')], ctx);
    expect(after?.status).toBe('CONSTRUCTION_STARTED');
    expect(changes).toEqual([]);
  });

  it.each<[Status, string]>([
    ['LAUNCHED', '2022-12-01'],
    ['CANCELLED', '2022-05-03'],
    ['RESUMED', '2023-01-09'],
  ])('an older %s (%s) never overrides a newer status', (status, from) => {
    const before = state('CONSTRUCTION_STARTED', { memo: { stage: 'CONSTRUCTION_STARTED' } });
    const { state: after, changes } = applyEvents(before, [event(status, { when: { text: 'then', from, to: from } })], ctx);
    expect(after?.status).toBe('CONSTRUCTION_STARTED');
    expect(changes).toEqual([]);
  });

  it('an older confident forward step still teaches how far the project got', () => {
    const before = state('CANCELLED', { statusSince: '2023-11-24', memo: { stage: 'ANNOUNCED' } });
    const older = event('CONSTRUCTION_STARTED', { when: month('2023-02') });

    const after = applyEvents(before, [older], ctx).state!;
    const retry = applyEvents(after, [event('CONSTRUCTION_STARTED', { publishedAt: '2024-01-05T00:00:00Z' })], ctx);

    expect(after.memo?.stage).toBe('CONSTRUCTION_STARTED');
    expect(retry.changes).toEqual([]); // no longer "beyond the furthest step"
  });
});

describe('applyEvents: event dates and ties', () => {
  it.each([
    ['construction and MOU on one day', ['MOU_SIGNED', 'CONSTRUCTION_STARTED'], 'CONSTRUCTION_STARTED'],
    ['the same, given in the other order', ['CONSTRUCTION_STARTED', 'MOU_SIGNED'], 'CONSTRUCTION_STARTED'],
    ['a cancellation and a revival on one day', ['RESUMED', 'CANCELLED'], 'RESUMED'],
    ['approval then a hold on one day', ['ON_HOLD', 'APPROVED'], 'ON_HOLD'],
  ] as [string, Status[], Status][])('%s: lifecycle order breaks the tie', (_label, statuses, expected) => {
    const events = statuses.map((s) => event(s));
    expect(applyEvents(null, events, ctx).state?.status).toBe(expected);
    expect(applyEvents(null, [...events].reverse(), ctx).state?.status).toBe(expected);
  });

  it('an event of the stored status day loses to the stored status when it comes earlier in lifecycle order', () => {
    const before = state('MOU_SIGNED', { statusSince: '2023-11-24', memo: { stage: 'MOU_SIGNED' } });
    expect(applyEvents(before, [event('ANNOUNCED')], ctx).changes).toEqual([]);
  });

  it('dates an occurred event by when.from, and by the article when when.from lies after it', () => {
    const past = applyEvents(null, [event('COMPLETED', { when: month('2023-09', '지난 9월') })], ctx).state!;
    const future = applyEvents(null, [event('DELAYED', { when: month('2024-06', '내년 6월로') })], ctx).state!;
    expect(past.statusSince).toBe('2023-09-01');
    expect(future.statusSince).toBe('2023-11-24'); // "6월로 연기됐다": the new schedule, not the day of the delay
  });

  it('orders events from many articles by event date, not by arrival', () => {
    const events = [
      event('LAUNCHED', { publishedAt: '2025-03-02T00:00:00Z' }),
      event('ANNOUNCED', { publishedAt: '2021-05-01T00:00:00Z' }),
      event('CONSTRUCTION_STARTED', { publishedAt: '2023-02-01T00:00:00Z' }),
    ];
    const { state: after, changes } = applyEvents(state('ANNOUNCED', { statusSince: '2021-05-01', memo: { stage: 'ANNOUNCED' } }), events, ctx);
    expect(after).toMatchObject({ status: 'LAUNCHED', statusSince: '2025-03-02' });
    expect(changes.map((c) => [c.from, c.to])).toEqual([['ANNOUNCED', 'LAUNCHED']]); // net change: one alert
  });

  it('dates a change by the news (the event date), apart from when it was recorded', () => {
    const { changes } = applyEvents(state('ANNOUNCED', { statusSince: '2021-05-01', memo: { stage: 'ANNOUNCED' } }), [event('CONSTRUCTION_STARTED', { publishedAt: '2022-04-21T01:00:00Z' })], ctx);
    expect(changes).toEqual([expect.objectContaining({ newsDate: '2022-04-21', at: NOW })]);
  });
});

describe('applyEvents: delays and milestones', () => {
  it('DELAYED becomes the status, keeps the stage, sets delayed and is a slip from the status before', () => {
    const before = state('CONSTRUCTION_STARTED', { memo: { stage: 'CONSTRUCTION_STARTED' } });
    const { state: after, changes } = applyEvents(before, [event('DELAYED', { evidence: '준공 시점이 내년 6월로 연기됐다.' })], ctx);

    expect(after).toMatchObject({ status: 'DELAYED', delayed: true, statusSince: '2023-11-24', memo: { stage: 'CONSTRUCTION_STARTED' } });
    expect(changes).toEqual([expect.objectContaining({ kind: 'slip', from: 'CONSTRUCTION_STARTED', to: 'DELAYED' })]);
  });

  it('the next forward step clears delayed', () => {
    const before = state('DELAYED', { memo: { stage: 'CONSTRUCTION_STARTED' } });
    const after = applyEvents(before, [event('COMPLETED')], ctx).state!;
    expect(after).toMatchObject({ status: 'COMPLETED', delayed: false });
  });

  it('a planned event sets nextMilestone without a change', () => {
    const before = state('CONSTRUCTION_STARTED', { memo: { stage: 'CONSTRUCTION_STARTED' } });
    const plan = event('COMPLETED', { modality: 'planned', when: half(2024, 1), evidence: '내년 상반기 준공 예정이다.' });

    const { state: after, changes } = applyEvents(before, [plan], ctx);

    expect(after?.nextMilestone).toEqual({ status: 'COMPLETED', when: half(2024, 1), evidence: '내년 상반기 준공 예정이다.', url: plan.url });
    expect(after?.status).toBe('CONSTRUCTION_STARTED');
    expect(changes).toEqual([]);
  });

  function withMilestone(when = half(2024, 1)) {
    const plan = event('COMPLETED', { modality: 'planned', when, publishedAt: '2023-06-01T00:00:00Z' });
    return applyEvents(state('CONSTRUCTION_STARTED', { memo: { stage: 'CONSTRUCTION_STARTED' } }), [plan], ctx).state!;
  }

  it.each([
    ['moved to the second half', true, half(2024, 2)],
    ['moved to next year', true, { text: '2025년', from: '2025-01-01', to: '2025-12-31' }],
    ['narrowed inside the window', false, month('2024-06', '6월')],
    ['brought forward', false, month('2023-12', '12월')],
    ['widened to the whole year', false, { text: '2024년', from: '2024-01-01', to: '2024-12-31' }],
  ])('the same milestone %s: slip = %s', (_label, slip, when) => {
    const later = event('COMPLETED', { modality: 'planned', when, publishedAt: '2023-11-24T10:00:00+09:00' });

    const { state: after, changes } = applyEvents(withMilestone(), [later], ctx);

    expect(after?.nextMilestone?.when).toEqual(when);
    expect(after?.delayed).toBe(slip);
    expect(changes).toEqual(slip ? [expect.objectContaining({ kind: 'slip', milestone: 'COMPLETED', from: '2024-01-01..2024-06-30', to: `${when.from}..${when.to}` })] : []);
  });

  it('an older report of the schedule, read late, does not move the milestone back', () => {
    const moved = applyEvents(withMilestone(), [event('COMPLETED', { modality: 'planned', when: half(2024, 2), publishedAt: '2023-11-24T00:00:00Z' })], ctx).state!;
    const stale = event('COMPLETED', { modality: 'planned', when: half(2024, 1), publishedAt: '2023-09-01T00:00:00Z' });
    const { state: after, changes } = applyEvents(moved, [stale], ctx);
    expect(after?.nextMilestone?.when).toEqual(half(2024, 2));
    expect(changes).toEqual([]);
  });

  it('one article giving the old and the new schedule is one slip, whatever the order', () => {
    const old = event('COMPLETED', { modality: 'planned', when: half(2024, 1), articleId: 'same', evidence: '당초 내년 상반기 준공 예정이었다.' });
    const now = event('COMPLETED', { modality: 'planned', when: half(2024, 2), articleId: 'same', evidence: '준공은 하반기로 늦춰질 전망이다.' });
    for (const events of [[old, now], [now, old]]) {
      const { state: after, changes } = applyEvents(withMilestone(), events, ctx);
      expect(after?.nextMilestone?.when).toEqual(half(2024, 2));
      expect(changes.map((c) => c.kind)).toEqual(['slip']);
    }
  });

  it('a delay and the new schedule in one article make one slip alert', () => {
    const delay = event('DELAYED', { evidence: '준공이 하반기로 연기됐다.' });
    const plan = event('COMPLETED', { modality: 'planned', when: half(2024, 2), evidence: '하반기 준공 예정' });
    const { changes } = applyEvents(withMilestone(), [delay, plan], ctx);
    expect(changes.map((c) => [c.kind, c.to])).toEqual([['slip', 'DELAYED']]);
  });

  it('reaching the milestone clears it; the nearer of two milestones is the next one', () => {
    const far = event('LAUNCHED', { modality: 'planned', when: { text: '2026년', from: '2026-01-01', to: '2026-12-31' } });
    const near = event('COMPLETED', { modality: 'planned', when: half(2025, 1) });
    const planned = applyEvents(state('CONSTRUCTION_STARTED', { memo: { stage: 'CONSTRUCTION_STARTED' } }), [far, near], ctx).state!;
    const done = applyEvents(planned, [event('COMPLETED', { publishedAt: '2025-05-02T00:00:00Z' })], ctx).state!;

    expect(planned.nextMilestone?.status).toBe('COMPLETED');
    expect(done.nextMilestone).toBeNull();
  });

  it('a cancellation clears the milestone, and a cancelled project takes no forward plan', () => {
    const cancelled = applyEvents(withMilestone(), [event('CANCELLED')], ctx).state!;
    const plan = event('LAUNCHED', { modality: 'planned', when: half(2026, 1), publishedAt: '2024-01-01T00:00:00Z' });
    const revival = event('RESUMED', { modality: 'planned', when: half(2025, 1), publishedAt: '2024-01-01T00:00:00Z' });

    expect(cancelled.nextMilestone).toBeNull();
    expect(applyEvents(cancelled, [plan], ctx).state?.nextMilestone).toBeNull();
    expect(applyEvents(cancelled, [revival], ctx).state?.nextMilestone?.status).toBe('RESUMED');
  });

  it('a project known only from a plan is ANNOUNCED with that milestone', () => {
    const plan = event('LAUNCHED', { modality: 'planned', when: half(2026, 1), evidence: 'The campus is expected to open in the first half of 2026.', discovered: true });
    const { state: after, changes } = applyEvents(null, [plan], ctx);
    expect(after).toMatchObject({ status: 'ANNOUNCED', statusSince: '2023-11-24', nextMilestone: { status: 'LAUNCHED', when: half(2026, 1) } });
    expect(changes).toEqual([expect.objectContaining({ kind: 'discovered', from: null, to: 'ANNOUNCED' })]);
  });

  it('a planned delay alone creates no project', () => {
    expect(applyEvents(null, [event('DELAYED', { modality: 'planned' })], ctx)).toEqual({ state: null, changes: [] });
  });
});

describe('applyEvents: alert once', () => {
  it('gives the same change id for the same change, whenever and however often it is computed', () => {
    const events = [event('CANCELLED', { articleId: 'x' })];
    const a = applyEvents(state('APPROVED'), events, { now: NOW }).changes;
    const b = applyEvents(state('APPROVED'), events, { now: '2023-12-01T00:00:00Z' }).changes;
    expect(a[0]?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b[0]?.id).toBe(a[0]?.id);
  });

  it.each<[string, Partial<ProjectState>]>([
    ['another project', { projectId: 'other' }],
    ['another status before', { status: 'MOU_SIGNED' }],
  ])('gives a different id for %s', (_label, overrides) => {
    const base = applyEvents(state('APPROVED'), [event('CANCELLED')], ctx).changes[0]!;
    const other = applyEvents(state('APPROVED', overrides), [event('CANCELLED', { projectId: overrides.projectId ?? 'saemangeum-dc' })], ctx).changes[0]!;
    expect(other.id).not.toBe(base.id);
  });

  it('a retry on the written state, or the same story from a second paper, changes nothing', () => {
    const events = [event('CANCELLED')];
    const first = applyEvents(state('APPROVED'), events, ctx).state!;

    const retry = applyEvents(first, events, ctx);
    const repeat = applyEvents(first, [event('CANCELLED', { sourceId: 'hankyung', publishedAt: '2023-11-25T08:00:00+09:00' })], ctx);

    expect(retry).toEqual({ state: first, changes: [] });
    expect(retry.state).toBe(first); // the same object: nothing to write
    expect(repeat.changes).toEqual([]);
    expect(repeat.state?.sources).toEqual(['yonhap', 'hankyung']);
    expect(repeat.state?.version).toBe(first.version + 1);
  });

  it('bumps the version and stamps updatedAt on a real update', () => {
    const after = applyEvents(state('APPROVED', { version: 7 }), [event('CONSTRUCTION_STARTED')], ctx).state!;
    expect(after).toMatchObject({ version: 8, updatedAt: NOW, evidence: expect.stringContaining('CONSTRUCTION_STARTED') });
  });
});

describe('applyEvents: low confidence waits for a second source', () => {
  const low: RuleContext = { now: NOW, confirmBelow: 0.7 };

  it('holds a weak claim, ignores the same source again, and releases it on a second source', () => {
    const before = state('APPROVED', { statusSince: '2023-03-01', memo: { stage: 'APPROVED' } });
    const weak = (sourceId: string, publishedAt: string) => event('CANCELLED', { confidence: 0.55, sourceId, publishedAt });

    const held = applyEvents(before, [weak('yonhap', '2023-11-20T00:00:00Z')], low);
    const again = applyEvents(held.state, [weak('yonhap', '2023-11-21T00:00:00Z')], low);
    const confirmed = applyEvents(again.state, [weak('etnews', '2023-11-23T00:00:00Z')], low);

    expect(held.changes).toEqual([]);
    expect(held.state).toMatchObject({ status: 'APPROVED', memo: { pending: [expect.objectContaining({ status: 'CANCELLED', sources: ['yonhap'] })] } });
    expect(again.changes).toEqual([]);
    expect(confirmed.changes).toEqual([expect.objectContaining({ kind: 'status', from: 'APPROVED', to: 'CANCELLED' })]);
    expect(confirmed.state).toMatchObject({ status: 'CANCELLED', statusSince: '2023-11-20' }); // dated by the first report
    expect(confirmed.state?.memo?.pending).toBeUndefined();
  });

  it('a confident report of the same claim acts at once and drops the held one', () => {
    const held = applyEvents(state('APPROVED'), [event('CANCELLED', { confidence: 0.5 })], low).state!;
    const { state: after, changes } = applyEvents(held, [event('CANCELLED', { confidence: 0.9 })], low);
    expect(changes.map((c) => c.to)).toEqual(['CANCELLED']);
    expect(after?.memo?.pending).toBeUndefined();
  });

  it('two weak reports from two sources in one batch confirm each other', () => {
    const { changes } = applyEvents(state('APPROVED'), [event('ON_HOLD', { confidence: 0.5 }), event('ON_HOLD', { confidence: 0.6, sourceId: 'zdnet' })], low);
    expect(changes).toEqual([expect.objectContaining({ to: 'ON_HOLD', confidence: 0.6 })]);
  });

  it('needs `confirmations` distinct sources', () => {
    const three: RuleContext = { ...low, confirmations: 3 };
    let current: ProjectState | null = state('APPROVED');
    const seen: number[] = [];
    for (const sourceId of ['a', 'b', 'c']) {
      const result = applyEvents(current, [event('CANCELLED', { confidence: 0.5, sourceId })], three);
      seen.push(result.changes.length);
      current = result.state;
    }
    expect(seen).toEqual([0, 0, 1]);
  });

  it('drops a held claim after pendingDays', () => {
    const held = applyEvents(state('APPROVED'), [event('CANCELLED', { confidence: 0.5 })], low).state!;
    const late = applyEvents(held, [event('CANCELLED', { confidence: 0.5, sourceId: 'etnews' })], { ...low, now: '2024-02-01T00:00:00Z' });
    expect(late.changes).toEqual([]);
    expect(late.state?.memo?.pending?.map((p) => p.sources)).toEqual([['etnews']]);
  });

  it('a weak slip waits like a weak status', () => {
    const planned = applyEvents(state('CONSTRUCTION_STARTED', { memo: { stage: 'CONSTRUCTION_STARTED' } }), [event('COMPLETED', { modality: 'planned', when: half(2024, 1), publishedAt: '2023-06-01T00:00:00Z' })], low).state!;
    const slip = (sourceId: string) => event('COMPLETED', { modality: 'planned', when: half(2024, 2), confidence: 0.5, sourceId });

    const held = applyEvents(planned, [slip('yonhap')], low);
    const confirmed = applyEvents(held.state, [slip('hankyung')], low);

    expect(held.changes).toEqual([]);
    expect(held.state?.nextMilestone?.when).toEqual(half(2024, 1));
    expect(confirmed.changes.map((c) => c.kind)).toEqual(['slip']);
  });

  it('a new project from one weak report exists but is not announced until a second source', () => {
    const first = applyEvents(null, [event('CONSTRUCTION_STARTED', { confidence: 0.5, discovered: true })], low);
    const second = applyEvents(first.state, [event('CONSTRUCTION_STARTED', { confidence: 0.5, discovered: true, sourceId: 'hankyung' })], low);

    expect(first.state).toMatchObject({ status: 'CONSTRUCTION_STARTED', memo: { unconfirmed: true } });
    expect(first.changes).toEqual([]);
    expect(second.changes).toEqual([expect.objectContaining({ kind: 'discovered', from: null, to: 'CONSTRUCTION_STARTED' })]);
    expect(second.state?.memo?.unconfirmed).toBeUndefined();
  });

  it('a confident later step confirms a weakly reported new project as its first change', () => {
    const first = applyEvents(null, [event('ANNOUNCED', { confidence: 0.5 })], low).state!;
    const { changes } = applyEvents(first, [event('APPROVED', { confidence: 0.95, publishedAt: '2024-01-05T00:00:00Z' })], low);
    expect(changes).toEqual([expect.objectContaining({ kind: 'status', from: null, to: 'APPROVED', confidence: 0.95 })]);
  });

  it('without confirmBelow nothing waits', () => {
    expect(applyEvents(state('APPROVED'), [event('CANCELLED', { confidence: 0.2 })], ctx).changes).toHaveLength(1);
  });
});

describe('applyEvents: inputs', () => {
  it('rejects events of two projects in one call', () => {
    expect(() => applyEvents(null, [event('ANNOUNCED'), event('ANNOUNCED', { projectId: 'other' })], ctx)).toThrow(InputError);
  });

  it('returns the state as it was for no events', () => {
    const before = state('APPROVED');
    expect(applyEvents(before, [], ctx).state).toBe(before);
    expect(applyEvents(null, [], ctx)).toEqual({ state: null, changes: [] });
  });

  it('does not modify its input state', () => {
    const before = state('APPROVED', { memo: { stage: 'APPROVED' } });
    const copy = structuredClone(before);
    applyEvents(before, [event('CANCELLED'), event('LAUNCHED', { modality: 'planned', when: half(2026, 1) })], ctx);
    expect(before).toEqual(copy);
  });
});
