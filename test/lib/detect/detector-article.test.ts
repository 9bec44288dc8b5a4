/**
 * Whole articles: the example (Kakao, 2023-11-24) and an English one. Each event
 * appears once, with its own evidence sentence, however often the headline and body repeat it.
 * The articles are written by us; the facts follow public reports.
 */
import { createDetector } from '../../../lib/detect';
import { compact, WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);

const KO_TITLE = '카카오 시흥 제2데이터센터 결국 무산…안산 센터는 내년 1분기 가동';
const KO_TEXT = `코GPT 2.0 출시도 늦어져
IT부 김하늘 기자 입력 2023.11.24 오후 2:05

카카오가 경기 시흥시에 추진하던 제2데이터센터 건립이 결국 무산됐다.
카카오는 지난해 4월 시흥시, 서울대와 시흥 제2데이터센터 건립을 위한 업무협약(MOU)을 체결했지만 부지 사용 조건을 둘러싼 협의가 길어지면서 사업을 접기로 했다.
대신 카카오는 첫 자체 데이터센터인 안산 데이터센터를 내년 1분기 가동할 계획이다.
카카오는 안산 데이터센터가 서비스 장애에 대비한 핵심 거점이 될 것이라고 설명했다.
한편 카카오브레인의 초거대 AI 모델 코GPT 2.0 출시는 학습 데이터 보강 작업으로 늦어지고 있다.
hong@example.co.kr`;

describe('the issue example: Kakao, 2023-11-24', () => {
  const events = detector.detect({ title: KO_TITLE, text: KO_TEXT, published: '2023-11-24' });

  it('finds exactly the cancellation, the recapped MOU, the planned launch and the delay', () => {
    expect(compact(events)).toEqual([
      'CANCELLED/occurred/kakao-siheung-dc',
      'DELAYED/occurred/kakao-kogpt',
      'LAUNCHED/planned/kakao-ansan-dc@2024-01-01..2024-03-31',
      'MOU_SIGNED/occurred/kakao-siheung-dc@2022-04-01..2022-04-30',
    ]);
  });

  it('prefers a body sentence over the headline as evidence', () => {
    const cancelled = events.find((e) => e.status === 'CANCELLED')!;
    expect(cancelled.evidence).toBe('카카오가 경기 시흥시에 추진하던 제2데이터센터 건립이 결국 무산됐다.');
    const launched = events.find((e) => e.status === 'LAUNCHED')!;
    expect(launched.evidence).toBe('대신 카카오는 첫 자체 데이터센터인 안산 데이터센터를 내년 1분기 가동할 계획이다.');
  });

  it('gives every event its org, a watchlist id and a confidence in (0, 1]', () => {
    for (const e of events) {
      expect(e.org).toBe('kakao');
      expect(e.discovered).toBe(false);
      expect(e.confidence).toBeGreaterThan(0.5);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('the headline alone already gives the cancellation and the planned launch of the right projects', () => {
    expect(compact(detector.detect({ text: KO_TITLE, published: '2023-11-24' }))).toEqual([
      'CANCELLED/occurred/kakao-siheung-dc',
      'LAUNCHED/planned/kakao-ansan-dc@2024-01-01..2024-03-31',
    ]);
  });
});

describe('an English article with two projects and a discovered one', () => {
  const title = 'Intel pushes Ohio fab back to 2030, scraps Magdeburg plant';
  const text = `By Dana Whitfield | Published July 25, 2025

Intel said on Thursday that it has scrapped the Magdeburg fab in Germany.
The company broke ground on Ohio One in September 2022 and had planned to open it in 2025.
Construction of the Ohio fab will now not be completed until 2030, Intel said.
Separately, Rapidus said its IIM-1 fab in Chitose began pilot production in April.`;

  const events = detector.detect({ title, text, published: '2025-07-25' });

  it('reports each project once per status and modality', () => {
    const got = compact(events, false);
    expect(got).toEqual(expect.arrayContaining(['CANCELLED/occurred/intel-magdeburg', 'CONSTRUCTION_STARTED/occurred/intel-ohio', 'DELAYED/occurred/intel-ohio']));
    expect(new Set(got).size).toBe(got.length);
  });

  it('dates the recap by its own date', () => {
    expect(events.find((e) => e.status === 'CONSTRUCTION_STARTED')!.when).toMatchObject({ from: '2022-09-01', to: '2022-09-30' });
  });

  it('names the discovered fab with its owner', () => {
    const rapidus = events.find((e) => e.discovered);
    expect(rapidus).toMatchObject({ status: 'LAUNCHED', modality: 'occurred', org: 'Rapidus' });
    expect(rapidus!.projectId).toMatch(/^rapidus:/);
  });
});
