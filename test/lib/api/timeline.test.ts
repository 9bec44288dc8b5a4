import { createCatalog } from '../../../lib/api/catalog';
import { readQuery } from '../../../lib/api/query';
import { mergeTimeline, statusSpans } from '../../../lib/api/timeline';
import { InputError } from '../../../lib/core/errors';
import { WATCHLIST, event, state } from './fixture';

describe('mergeTimeline', () => {
  it('orders by event date, whatever order the stories were stored in', () => {
    const entries = mergeTimeline([
      event({ status: 'CANCELLED', publishedAt: '2023-11-24T05:00:00Z' }),
      event({ status: 'ANNOUNCED', publishedAt: '2022-04-01T01:00:00Z' }),
      event({ status: 'MOU_SIGNED', publishedAt: '2022-04-21T02:00:00Z' }),
    ]);
    expect(entries.map((e) => [e.date, e.status])).toEqual([
      ['2022-04-01', 'ANNOUNCED'],
      ['2022-04-21', 'MOU_SIGNED'],
      ['2023-11-24', 'CANCELLED'],
    ]);
  });

  it('shows one MOU reported by two papers once, the most confident leading, the other corroborating', () => {
    const [entry, ...rest] = mergeTimeline([
      event({ status: 'MOU_SIGNED', publishedAt: '2022-04-22T09:00:00Z', sourceId: 'hankyung', url: 'https://b.example/2', confidence: 0.8 }),
      event({ status: 'MOU_SIGNED', publishedAt: '2022-04-21T02:00:00Z', sourceId: 'yonhap', url: 'https://a.example/1', confidence: 0.85 }),
    ]);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ date: '2022-04-21', status: 'MOU_SIGNED', lead: { sourceId: 'yonhap' }, corroborations: [{ sourceId: 'hankyung' }] });
  });

  it('keeps apart the same status far apart in time, an occurred and a planned step, and different windows', () => {
    const planned = (from: string, to: string) => event({ status: 'COMPLETED', modality: 'planned', when: { text: from, from, to }, publishedAt: '2022-01-01T00:00:00Z' });
    const entries = mergeTimeline([
      event({ status: 'DELAYED', publishedAt: '2022-01-01T00:00:00Z' }),
      event({ status: 'DELAYED', publishedAt: '2023-06-01T00:00:00Z' }),
      planned('2024-01-01', '2024-06-30'),
      planned('2024-07-01', '2024-12-31'),
      planned('2024-07-01', '2024-12-31'),
    ]);
    expect(entries.map((e) => `${e.date} ${e.status} ${e.corroborations.length}`)).toEqual([
      '2022-01-01 DELAYED 0',
      '2023-06-01 DELAYED 0',
      '2024-01-01 COMPLETED 0',
      '2024-07-01 COMPLETED 1',
    ]);
  });

  it('does not count one article read twice as corroboration', () => {
    const twice = { status: 'LAUNCHED' as const, url: 'https://a.example/same', publishedAt: '2024-01-01T00:00:00Z' };
    const [entry] = mergeTimeline([event(twice), event({ ...twice, sourceId: 'mirror' })]);
    expect(entry!.corroborations).toEqual([]);
  });
});

describe('statusSpans', () => {
  it('replays the events through the state rules: a recap read late does not move the project back', () => {
    const spans = statusSpans(
      [
        event({ status: 'ANNOUNCED', publishedAt: '2022-04-01T01:00:00Z' }),
        event({ status: 'CONSTRUCTION_STARTED', publishedAt: '2023-03-01T01:00:00Z' }),
        // A later story recalling the announcement: not a step back.
        event({ status: 'ANNOUNCED', when: { text: '2022년 4월', from: '2022-04-01', to: '2022-04-30' }, publishedAt: '2023-05-01T01:00:00Z' }),
      ],
      '2024-01-01',
    );
    expect(spans).toEqual([
      { status: 'ANNOUNCED', from: '2022-04-01', to: '2023-03-01' },
      { status: 'CONSTRUCTION_STARTED', from: '2023-03-01', to: '2024-01-01' },
    ]);
  });

  it('is empty without events', () => {
    expect(statusSpans([], '2024-01-01')).toEqual([]);
  });
});

describe('catalog', () => {
  const catalog = createCatalog(WATCHLIST);
  const p4 = state({ projectId: 'samsung-p4', name: '평택 4공장', org: 'samsung' });

  it.each(['삼성', 'SAMSUNG', 'samsung electronics', '삼성전자', 'P4', 'pyeongtaek line', '평택4공장', 'ｓａｍｓｕｎｇ', 'chip-plant'])('finds the project by %j', (q) => {
    expect(catalog.matches(p4, q)).toBe(true);
  });

  it.each(['네이버', 'kakao', 'data-center', 'P5'])('does not find it by %j', (q) => {
    expect(catalog.matches(p4, q)).toBe(false);
  });

  it('resolves organisation and project aliases, and names things in the UI language', () => {
    expect(catalog.orgIdsFor('Samsung Electronics')).toEqual(['samsung']);
    expect(catalog.orgIdsFor('네이버')).toEqual(['naver']);
    expect(catalog.projectIdFor('GAK SEJONG')).toBe('naver-gak-sejong');
    expect(catalog.orgLabel('samsung', 'ko')).toBe('삼성전자');
    expect(catalog.orgLabel('samsung', 'en')).toBe('Samsung Electronics');
    expect(catalog.projectLabel(p4, 'en')).toBe('P4');
    expect(catalog.projectLabel(p4, 'ko')).toBe('평택 4공장');
    expect(catalog.projectLabel(state({ projectId: 'found-in-news', name: '새 공장' }), 'en')).toBe('새 공장');
  });
});

describe('readQuery', () => {
  it('reads known parameters once each', () => {
    expect(readQuery('/api/changes?since=7d&limit=5', ['since', 'limit'])).toEqual({ since: '7d', limit: '5' });
    expect(readQuery('/?utm_source=x&q=a', ['q'], { lenient: true })).toEqual({ q: 'a' });
  });

  it.each([
    ['/x?since=%ZZ', /malformed/],
    ['/x?nope=1', /unknown parameter "nope"/],
    ['/x?since=1&since=2', /given twice/],
    ['/x?since=%07', /control characters/],
    ['/x?since=%E2%80%AE', /control characters/], // a right-to-left override
  ])('refuses %s', (url, reason) => {
    expect(() => readQuery(url, ['since'])).toThrow(InputError);
    expect(() => readQuery(url, ['since'])).toThrow(reason);
  });
});
