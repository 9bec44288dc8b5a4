import type { Change } from '../../../lib/core/types';
import { buildDigest } from '../../../lib/pipeline/digest';

const change = (over: Partial<Change>): Change => ({
  id: 'c1', projectId: 'kakao-siheung-dc', project: '시흥 제2데이터센터', org: 'kakao', kind: 'status', from: 'MOU_SIGNED', to: 'CANCELLED',
  evidence: '카카오가 서울대 시흥캠퍼스에 짓기로 했던 제2데이터센터 건립 계획이 무산됐다.', url: 'https://news.example/1', at: '2023-11-24T06:00:00.000Z', confidence: 0.9, ...over,
});

describe('buildDigest', () => {
  it('sends nothing when nothing changed', () => {
    expect(buildDigest([], '2023-11-23T06:00:00Z')).toBeNull();
  });

  it('groups changes by project, oldest first, with evidence and links', () => {
    const digest = buildDigest(
      [
        change({ id: 'c2', kind: 'slip', from: '2024-01-01', to: '2024-04-01', at: '2023-11-24T08:00:00.000Z', evidence: 'KoGPT 2.0 출시가 늦어지고 있다.', project: '코지피티', projectId: 'kakao-kogpt' }),
        change({}),
        change({ id: 'c3', from: null, to: 'LAUNCHED', project: 'Ohio One', projectId: 'intel-ohio', org: 'intel', evidence: 'Intel opened Ohio One.', at: '2023-11-24T07:00:00.000Z' }),
      ],
      '2023-11-23T06:00:00Z',
    )!;
    expect(digest.subject).toBe('Project Radar: 3 changes in 3 projects');
    expect(digest.count).toBe(3);
    expect(digest.text.indexOf('시흥 제2데이터센터')).toBeLessThan(digest.text.indexOf('Ohio One'));
    expect(digest.text).toContain('MOU_SIGNED -> CANCELLED');
    expect(digest.text).toContain('slipped: 2024-01-01 -> 2024-04-01');
    expect(digest.text).toContain('https://news.example/1');
  });
});
