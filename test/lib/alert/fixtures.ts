/** Changes for alert tests: Korean and English projects, every kind. The sentences are ours. */
import type { Change } from '../../../lib/core/types';

export function change(overrides: Partial<Change> = {}): Change {
  return {
    id: '3f9a2c41d07be815',
    projectId: 'saemangeum-dc',
    project: '새만금 하이퍼스케일 데이터센터',
    org: 'gsenergy',
    kind: 'status',
    from: 'MOU_SIGNED',
    to: 'CANCELLED',
    evidence: '새만금 하이퍼스케일 데이터센터 건립 사업이 투자자 이탈로 결국 무산됐다.',
    url: 'https://news.example.kr/economy/2023/11/24/saemangeum-dc',
    at: '2023-11-24T06:00:00.000Z',
    confidence: 0.87,
    ...overrides,
  };
}

export const slip = (): Change =>
  change({
    id: 'aa11bb22cc33dd44',
    projectId: 'meta-el-paso-dc',
    project: 'Meta El Paso data center',
    org: 'meta',
    kind: 'slip',
    from: '2026-01-01..2026-06-30',
    to: '2027-01-01..2027-12-31',
    milestone: 'LAUNCHED',
    evidence: 'Meta now expects the El Paso campus to come online in 2027 rather than in the first half of 2026.',
    url: 'https://news.example.com/meta-el-paso',
  });

export const discovered = (): Change =>
  change({ id: 'd15c0e4ed0000001', kind: 'discovered', from: null, to: 'CONSTRUCTION_STARTED', org: null, projectId: 'gwangyang-hydrogen-plant', project: '광양 수소 플랜트' });
