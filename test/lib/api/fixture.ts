/**
 * A small newsroom for the API and page tests, stored in a real table (dynalite): a
 * watchlist with Korean and English aliases, projects on it and discovered ones, a
 * timeline with the same MOU reported twice and stories read out of order, and a
 * hostile title. Every sentence is ours.
 */
import type { RadarStore } from '../../../lib/core/ports';
import type { Change, ProjectState, RadarEvent, SourceState, Watchlist } from '../../../lib/core/types';
import { documentClient } from '../../../lib/runtime/aws-clients';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { ensureTable, startLocalDynamo } from '../../../lib/store/local-dynamo';

export const NOW = new Date('2024-05-14T03:00:00Z');

export const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "데이터센터"';

export const WATCHLIST: Watchlist = {
  orgs: [
    { id: 'kakao', names: ['카카오', 'Kakao', 'Kakao Corp'] },
    { id: 'naver', names: ['네이버', 'NAVER'] },
    { id: 'samsung', names: ['삼성전자', '삼성', 'Samsung Electronics', 'Samsung'] },
  ],
  projects: [
    { id: 'kakao-siheung-dc', org: 'kakao', kind: 'data-center', names: ['시흥 제2데이터센터', '카카오 제2데이터센터', 'Siheung data center'] },
    { id: 'naver-gak-sejong', org: 'naver', kind: 'data-center', names: ['각 세종', '네이버 세종 데이터센터', 'GAK Sejong'] },
    { id: 'samsung-p4', org: 'samsung', kind: 'chip-plant', names: ['평택 4공장', 'P4', 'Pyeongtaek Line 4'] },
  ],
};

export const state = (over: Partial<ProjectState>): ProjectState => ({
  projectId: 'p',
  name: 'P',
  org: null,
  status: 'ANNOUNCED',
  statusSince: '2023-01-01',
  nextMilestone: null,
  delayed: false,
  discovered: false,
  sources: ['s'],
  version: 1,
  updatedAt: '2024-05-01T00:00:00.000Z',
  evidence: 'evidence',
  url: 'https://news.example/p',
  ...over,
});

let serial = 0;
export const event = (over: Partial<RadarEvent>): RadarEvent => {
  serial += 1;
  return {
    project: '시흥 제2데이터센터',
    projectId: 'kakao-siheung-dc',
    org: 'kakao',
    status: 'ANNOUNCED',
    modality: 'occurred',
    when: null,
    evidence: `근거 문장 ${serial}`,
    confidence: 0.8,
    detector: 'ko-cue',
    discovered: false,
    articleId: `a${serial}`,
    url: `https://news.example.kr/${serial}`,
    publishedAt: '2022-04-01T01:00:00.000Z',
    sourceId: 'yonhap',
    ...over,
  };
};

export const change = (over: Partial<Change>): Change => ({
  id: 'c',
  projectId: 'kakao-siheung-dc',
  project: '시흥 제2데이터센터',
  org: 'kakao',
  kind: 'status',
  from: null,
  to: 'ANNOUNCED',
  evidence: 'evidence',
  url: 'https://news.example.kr/x',
  at: '2024-05-13T06:00:00.000Z',
  confidence: 0.9,
  ...over,
});

export interface Newsroom {
  store: RadarStore;
  close(): Promise<void>;
}

export async function openNewsroom(table: string): Promise<Newsroom> {
  const database = await startLocalDynamo({});
  const doc = documentClient(database.endpoint);
  await ensureTable(doc, table);
  const store = createDynamoStore(doc, table);

  await store.putProjectState(
    state({
      projectId: 'kakao-siheung-dc',
      name: '시흥 제2데이터센터',
      org: 'kakao',
      status: 'CANCELLED',
      statusSince: '2023-11-24',
      updatedAt: '2024-05-13T06:00:00.000Z',
      evidence: '카카오의 시흥 제2데이터센터 건립 계획이 결국 무산됐다.',
      url: 'https://news.example.kr/cancel',
    }),
    0,
  );
  await store.putProjectState(
    state({
      projectId: 'naver-gak-sejong',
      name: '각 세종',
      org: 'naver',
      status: 'CONSTRUCTION_STARTED',
      statusSince: '2020-01-10',
      updatedAt: '2024-05-10T00:00:00.000Z',
      evidence: '네이버가 세종시에 두 번째 데이터센터 각 세종의 첫 삽을 떴다.',
      nextMilestone: { status: 'COMPLETED', when: { text: '2023년 하반기', from: '2023-07-01', to: '2023-12-31' }, evidence: '각 세종은 2023년 하반기 준공 예정이다.', url: 'https://news.example.kr/gak' },
    }),
    0,
  );
  await store.putProjectState(
    state({
      projectId: 'samsung-p4',
      name: '평택 4공장',
      org: 'samsung',
      status: 'ON_HOLD',
      statusSince: '2024-02-01',
      updatedAt: '2024-05-09T00:00:00.000Z',
      evidence: 'Samsung Electronics has paused work on Pyeongtaek Line 4.',
    }),
    0,
  );
  await store.putProjectState(
    state({
      projectId: 'hostile-project',
      name: HOSTILE,
      org: 'acme',
      discovered: true,
      status: 'ANNOUNCED',
      statusSince: '2024-05-01',
      updatedAt: '2024-05-08T00:00:00.000Z',
      evidence: `${HOSTILE} was announced.`,
      url: 'javascript:alert(3)',
    }),
    0,
  );

  // The Siheung story, stored out of order, with the MOU reported by two papers.
  await store.putEvents([
    event({ status: 'CANCELLED', evidence: '카카오의 시흥 제2데이터센터 건립 계획이 결국 무산됐다.', publishedAt: '2023-11-24T05:05:00.000Z', url: 'https://news.example.kr/cancel', confidence: 0.92 }),
    event({ status: 'MOU_SIGNED', evidence: '카카오와 서울대가 시흥 제2데이터센터 건립 협약을 맺었다.', publishedAt: '2022-04-21T02:00:00.000Z', url: 'https://news.example.kr/mou-1', confidence: 0.85 }),
    event({ status: 'MOU_SIGNED', evidence: '카카오, 서울대와 시흥캠퍼스 데이터센터 업무협약 체결.', publishedAt: '2022-04-22T09:00:00.000Z', url: 'https://other.example.com/mou-2', sourceId: 'hankyung', confidence: 0.8 }),
    event({ status: 'ANNOUNCED', evidence: '카카오가 시흥에 두 번째 데이터센터를 짓겠다고 밝혔다.', publishedAt: '2022-04-01T01:00:00.000Z', url: 'https://news.example.kr/announce', confidence: 0.75 }),
    event({ status: 'CONSTRUCTION_STARTED', modality: 'planned', when: { text: '2024년 상반기', from: '2024-01-01', to: '2024-06-30' }, evidence: '착공은 2024년 상반기로 예정돼 있었다.', publishedAt: '2024-01-01T00:00:00.000Z', url: 'https://news.example.kr/plan', confidence: 0.7 }),
  ]);

  const changes: Change[] = [
    change({ id: 'c-cancel', to: 'CANCELLED', from: 'MOU_SIGNED', newsDate: '2023-11-24', at: '2024-05-13T06:00:00.000Z', evidence: '카카오의 시흥 제2데이터센터 건립 계획이 결국 무산됐다.', url: 'https://news.example.kr/cancel' }),
    change({ id: 'c-gak', projectId: 'naver-gak-sejong', project: '각 세종', org: 'naver', to: 'CONSTRUCTION_STARTED', newsDate: '2020-01-10', at: '2024-05-12T06:00:00.000Z', evidence: '각 세종의 첫 삽을 떴다.' }),
    change({ id: 'c-p4', projectId: 'samsung-p4', project: '평택 4공장', org: 'samsung', to: 'ON_HOLD', from: 'CONSTRUCTION_STARTED', newsDate: '2024-02-01', at: '2024-05-11T06:00:00.000Z', evidence: '=HYPERLINK("https://evil.example","click")' }),
    change({ id: 'c-hostile', projectId: 'hostile-project', project: HOSTILE, org: 'acme', kind: 'discovered', to: 'ANNOUNCED', newsDate: '2024-05-01', at: '2024-05-10T06:00:00.000Z', evidence: `${HOSTILE}\u001b]0;pwned\u0007` }),
    change({ id: 'c-old', to: 'MOU_SIGNED', newsDate: '2022-04-21', at: '2024-03-01T06:00:00.000Z' }),
  ];
  for (const c of changes) await store.putChange(c);
  const source: SourceState = { sourceId: 'dcd', failures: 2, lastError: { code: 'RADAR_FETCH_TIMEOUT', message: 'timed out after 15 s', at: '2024-05-13T06:00:00.000Z' } };
  await store.putSourceState(source);
  await store.putSourceState({ sourceId: 'yonhap', failures: 0, lastSuccessAt: '2024-05-14T02:45:00.000Z' });
  return { store, close: () => database.close() };
}
