import type { Subscription } from '../../../lib/core/ports';
import type { Change } from '../../../lib/core/types';
import { buildDigest, planDigests } from '../../../lib/pipeline/digest';

const change = (over: Partial<Change>): Change => ({
  id: 'c1', projectId: 'kakao-siheung-dc', project: '시흥 제2데이터센터', org: 'kakao', kind: 'status', from: 'MOU_SIGNED', to: 'CANCELLED',
  evidence: '카카오가 서울대 시흥캠퍼스에 짓기로 했던 제2데이터센터 건립 계획이 무산됐다.', url: 'https://news.example/1', at: '2023-11-24T06:00:00.000Z', newsDate: '2023-11-24', confidence: 0.9, ...over,
});

const three = [
  change({ id: 'c2', kind: 'slip', from: '2024-01-01..2024-03-31', to: '2024-04-01..2024-06-30', at: '2023-11-24T08:00:00.000Z', evidence: 'KoGPT 2.0 출시가 늦어지고 있다.', project: '코지피티', projectId: 'kakao-kogpt' }),
  change({}),
  change({ id: 'c3', from: null, to: 'LAUNCHED', project: 'Ohio One', projectId: 'intel-ohio', org: 'intel', evidence: 'Intel opened Ohio One.', at: '2023-11-24T07:00:00.000Z', newsDate: undefined }),
];

describe('buildDigest', () => {
  it('sends nothing when nothing changed', () => {
    expect(buildDigest([], '2023-11-23T06:00:00Z')).toBeNull();
  });

  it('groups changes by project, oldest first, with evidence, links, the news date and when Radar saw it', () => {
    const digest = buildDigest(three, '2023-11-23T06:00:00Z')!;
    expect(digest.subject).toBe('Project Radar: 3 changes in 3 projects');
    expect(digest.count).toBe(3);
    expect(digest.text.indexOf('시흥 제2데이터센터')).toBeLessThan(digest.text.indexOf('Ohio One'));
    expect(digest.text).toContain('MOU_SIGNED -> CANCELLED');
    expect(digest.text).toContain('slipped: Q1 2024 -> Q2 2024');
    expect(digest.text).toContain('    news 2023-11-24 · seen 2023-11-24 06:00 UTC\n    https://news.example/1');
    expect(digest.text).toContain('news undated · seen 2023-11-24 07:00 UTC');
  });

  it('in Korean, with times in Seoul', () => {
    const digest = buildDigest(three, '2023-11-23T06:00:00Z', { lang: 'ko' })!;
    expect(digest.subject).toBe('Project Radar: 프로젝트 3곳에 변경 3건');
    expect(digest.text).toMatch(/^2023-11-23 15:00 KST 이후 감지된 변경\n/);
    expect(digest.text).toContain('일정 연기: 2024년 1분기 -> 2024년 2분기');
    expect(digest.text).toContain('뉴스 2023-11-24 · 감지 2023-11-24 15:00 KST');
  });

  it('takes only what the filters take, and nothing is no digest', () => {
    expect(buildDigest(three, '2023-11-23T06:00:00Z', { filters: { orgs: ['intel'] } })).toMatchObject({ count: 1, subject: 'Project Radar: 1 change in 1 project' });
    expect(buildDigest(three, '2023-11-23T06:00:00Z', { filters: { statuses: ['DELAYED'] } })).toMatchObject({ count: 1 });
    expect(buildDigest(three, '2023-11-23T06:00:00Z', { filters: { orgs: ['naver'] } })).toBeNull();
  });
});

describe('planDigests', () => {
  const sub = (id: string, extra: Partial<Subscription>): Subscription => ({ id, protocol: 'email', endpoint: `${id}@example.com`, delivery: 'daily', createdAt: '', ...extra });

  it('one digest per audience (language and filters), none for instant subscribers or an empty selection', () => {
    const plans = planDigests(three, '2023-11-23T06:00:00Z', [
      sub('all-en', {}),
      sub('all-en-2', { protocol: 'webhook', endpoint: 'https://hooks.slack.com/services/x' }),
      sub('kakao-ko', { lang: 'ko', orgs: ['kakao'] }),
      sub('naver', { orgs: ['naver'] }),
      sub('instant', { delivery: 'instant' }),
    ]);
    expect(plans.map((p) => [p.subscribers.map((s) => s.id), p.lang, p.count])).toEqual([
      [['all-en', 'all-en-2'], 'en', 3],
      [['kakao-ko'], 'ko', 2],
    ]);
  });
});
