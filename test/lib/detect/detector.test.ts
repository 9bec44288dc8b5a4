/**
 * The detector on single sentences: polarity (negation, denial, speculation, conditionals,
 * questions), modality (planned vs occurred, decisions, missed plans, reaffirmed schedules),
 * dates, entity attachment and multi-project sentences, in Korean and English. Every
 * positive sits beside hard negatives that share its cue.
 */
import { createDetector } from '../../../lib/detect';
import { compact, WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);
const run = (text: string, published = '2023-11-24', withDates = true): string[] => compact(detector.detect({ text, published }), withDates);

describe('Korean: asserted, planned, or not at all', () => {
  it.each([
    // occurred
    ['카카오의 시흥 제2데이터센터 건립이 무산됐다.', ['CANCELLED/occurred/kakao-siheung-dc']],
    ['시흥 제2데이터센터 건립이 무산되면서 카카오는 전략을 바꿨다.', ['CANCELLED/occurred/kakao-siheung-dc']],
    ['코GPT 2.0 출시가 계획보다 늦어져 내년으로 넘어갔다.', ['DELAYED/occurred/kakao-kogpt', 'LAUNCHED/planned/kakao-kogpt@2024-01-01..2024-12-31']],
    ['SK하이닉스가 용인 반도체 클러스터 첫 삽을 떴다.', ['CONSTRUCTION_STARTED/occurred/skhynix-yongin-cluster']],
    ['네이버 각 세종이 문을 열었다.', ['LAUNCHED/occurred/naver-gak-sejong']],
    ['삼성전자는 평택 P4 라인 투자를 보류했다.', ['ON_HOLD/occurred/samsung-pyeongtaek-p4']],
    ['삼성전자가 평택 P4 공사를 재개했다.', ['RESUMED/occurred/samsung-pyeongtaek-p4']],
    // planned: schedules and intentions, with their target date
    ['카카오는 안산 데이터센터를 내년 1분기 가동할 계획이다.', ['LAUNCHED/planned/kakao-ansan-dc@2024-01-01..2024-03-31']],
    ['안산 데이터센터는 내년 1분기 가동에 들어갈 예정이다.', ['LAUNCHED/planned/kakao-ansan-dc@2024-01-01..2024-03-31']],
    ['LG유플러스는 파주 AI 데이터센터를 2027년 완공한다.', ['COMPLETED/planned/lguplus-paju-dc@2027-01-01..2027-12-31']],
    ['카카오는 서울대와 제2데이터센터 협약을 맺기로 했다.', ['MOU_SIGNED/planned/kakao-siheung-dc']],
    // a decision to stop is the event itself
    ['삼성전자는 테일러 공장 가동을 2026년으로 연기하기로 했다.', ['DELAYED/occurred/samsung-taylor-fab', 'LAUNCHED/planned/samsung-taylor-fab@2026-01-01..2026-12-31']],
    ['인텔은 마그데부르크 공장 건설을 중단하기로 결정했다.', ['ON_HOLD/occurred/intel-magdeburg']],
    // ANNOUNCED is the announcement
    ['카카오는 시흥에 제2데이터센터를 짓기로 했다.', ['ANNOUNCED/occurred/kakao-siheung-dc']],
    // a missed plan is a delay
    ['카카오브레인은 코GPT 2.0을 연내 공개하지 못했다.', ['DELAYED/occurred/kakao-kogpt']],
    ['당초 올해 말 가동 예정이던 파주 데이터센터는 아직 착공도 하지 못했다.', ['DELAYED/occurred/lguplus-paju-dc']],
    // recaps: a dated relative clause is an event of its own
    // A step only in an adnominal modifier is background, whatever its date (GUIDELINES rule 7).
    ['2022년 착공한 테일러 공장은 아직 가동 전이다.', []],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual([...expected].sort());
  });

  it.each([
    ['시흥 제2데이터센터 건립은 무산되지 않았다.', 'negation'],
    ['GPT-5는 아직 출시되지 않았다.', 'negation'],
    ['네이버는 각 세종 공사를 중단한 적이 없다고 밝혔다.', 'negation'],
    ['카카오는 제2데이터센터 무산설이 사실무근이라고 밝혔다.', 'denial'],
    ['삼성전자는 테일러 공장 가동 연기설을 부인했다.', 'denial'],
    ['시흥 제2데이터센터 무산 위기', 'speculation'],
    ['테일러 공장 가동이 연기될 가능성이 제기됐다.', 'speculation'],
    ['업계에서는 인디애나 공장 착공이 늦어질 것으로 보고 있다.', 'speculation'],
    ['코GPT 2.0 출시가 내년으로 넘어갈 것이라는 예상이 우세하다.', 'speculation'],
    ['건축허가가 나지 않으면 파주 AI 데이터센터 건립은 취소된다.', 'conditional'],
    ['전력망 연결이 늦어지면 하이페리온 가동도 연기된다.', 'conditional'],
    ['각 세종 2단계 공사, 연내 착공할까?', 'question'],
    ['안산 데이터센터는 예정대로 내년 1분기 가동한다.', 'reaffirmed schedule'],
    ['울산시는 울산 AI 데이터센터 착공 일정에 차질이 없다고 밝혔다.', 'reaffirmed schedule'],
    ['카카오가 추진하던 제2데이터센터 부지를 둘러봤다.', 'background (-던)'],
    ['배우 김씨의 연기가 화제다.', 'other sense'],
    ['오하이오 공장 방문 일정이 취소됐다.', 'another event'],
    ['용인 반도체 클러스터 주민설명회가 연기됐다.', 'another event'],
    ['전국 데이터센터 착공이 지연되고 있다.', 'aggregate'],
    ['국내 데이터센터 사업 40여 곳 가운데 절반가량이 보류됐다.', 'aggregate'],
    ['데이터센터 건설이 전국적으로 둔화됐다.', 'no cue'],
    ['삼성전자는 갤럭시 S24 시리즈를 공개했다.', 'a gadget, not a project'],
  ])('%s -> no event (%s)', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('English: asserted, planned, or not at all', () => {
  it.each([
    ['Intel delayed its Ohio fab.', ['DELAYED/occurred/intel-ohio']],
    ['Intel has pushed back completion of its Ohio fab to 2026.', ['COMPLETED/planned/intel-ohio@2026-01-01..2026-12-31', 'DELAYED/occurred/intel-ohio']],
    ['The Kumamoto plant opened on Saturday.', ['LAUNCHED/occurred/tsmc-kumamoto@2024-02-24..2024-02-24'], '2024-02-26'],
    ['Construction of the Kumamoto plant was completed in December.', ['COMPLETED/occurred/tsmc-kumamoto@2023-12-01..2023-12-31'], '2024-01-15'],
    ['SK hynix broke ground on the Yongin cluster.', ['CONSTRUCTION_STARTED/occurred/skhynix-yongin-cluster']],
    ['Microsoft resumed construction of Fairwater in May.', ['RESUMED/occurred/microsoft-fairwater@2025-05-01..2025-05-31'], '2025-06-01'],
    ['Intel has scrapped its Magdeburg fab.', ['CANCELLED/occurred/intel-magdeburg']],
    ['Samsung said it would open the Taylor fab in 2026.', ['LAUNCHED/planned/samsung-taylor-fab@2026-01-01..2026-12-31']],
    ['The Ulsan AI data center is expected to open in 2027.', ['LAUNCHED/planned/skt-ulsan-ai-dc@2027-01-01..2027-12-31']],
    ['SK Telecom signed an MOU for the Ulsan AI data center.', ['MOU_SIGNED/occurred/skt-ulsan-ai-dc']],
    ['The Taylor fab received final approval.', ['APPROVED/occurred/samsung-taylor-fab']],
    ['Meta announced plans to build the Hyperion data center.', ['ANNOUNCED/occurred/meta-hyperion']],
    ['The Arizona fab was not completed as planned.', ['DELAYED/occurred/tsmc-arizona']],
  ])('%s', (text, expected, published = '2023-11-24') => {
    expect(run(text, published)).toEqual([...expected].sort());
  });

  it.each([
    ['The Magdeburg fab has not been abandoned.', 'negation'],
    ['Microsoft isn\'t walking away from Fairwater.', 'negation'],
    ['TSMC denied reports that the Arizona fab was delayed.', 'denial'],
    ['LG Uplus dismissed a report that the Paju AI data center would be cancelled as groundless.', 'denial'],
    ['The Ohio fab could be delayed again.', 'speculation'],
    ['Analysts expect Intel to delay the Ohio fab again.', 'speculation'],
    ['The Gak Sejong expansion is expected to be delayed.', 'speculation'],
    ['Any delay to the Kumamoto plant would hurt Sony.', 'speculation'],
    ['If subsidies fall short, the Ohio fab would be pushed back.', 'conditional'],
    ['Will the Taylor fab be delayed?', 'question'],
    ['The Ulsan AI data center remains on track to open in 2027.', 'reaffirmed schedule'],
    ['Korean Air flight KE017 was delayed by four hours.', 'a flight'],
    ["Saturday's game between the Guardians and the Tigers was postponed.", 'a game'],
    ['Regulators launched an investigation into Intel.', 'other sense'],
    ['The board approved a dividend.', 'other sense'],
    ['Three data centers were delayed last year.', 'aggregate'],
  ])('%s -> no event (%s)', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('entity attachment', () => {
  it.each([
    // two projects, two clauses: each cue keeps its own project
    ['시흥 제2데이터센터는 무산됐고 안산 데이터센터는 내년 1분기 가동한다.', ['CANCELLED/occurred/kakao-siheung-dc', 'LAUNCHED/planned/kakao-ansan-dc']],
    ['시흥 제2데이터센터 무산에도 안산 데이터센터는 내년 가동한다.', ['CANCELLED/occurred/kakao-siheung-dc', 'LAUNCHED/planned/kakao-ansan-dc']],
    ['Intel delayed the Ohio fab, while TSMC opened the Kumamoto plant.', ['DELAYED/occurred/intel-ohio', 'LAUNCHED/occurred/tsmc-kumamoto']],
    // coordination: one cue, two projects
    ['LG유플러스 파주 AI 데이터센터와 SK텔레콤 울산 AI 데이터센터가 나란히 착공했다.', ['CONSTRUCTION_STARTED/occurred/lguplus-paju-dc', 'CONSTRUCTION_STARTED/occurred/skt-ulsan-ai-dc']],
    ['Intel put the Magdeburg fab and the Ohio fab on hold.', ['ON_HOLD/occurred/intel-magdeburg', 'ON_HOLD/occurred/intel-ohio']],
    // the topic carries over to the next clause
    ['테일러 공장은 2022년 착공했고, 2026년 가동할 예정이다.', ['CONSTRUCTION_STARTED/occurred/samsung-taylor-fab', 'LAUNCHED/planned/samsung-taylor-fab']],
    // a project used as a place is not the theme
    ['삼성전자 평택 P4 인근 진입도로 확장 공사가 착공됐다.', []],
  ])('%s', (text, expected) => {
    expect(run(text, '2023-11-24', false)).toEqual([...expected].sort());
  });

  it('names a discovered project with its owner and a stable id', () => {
    const [event] = detector.detect({ text: '삼성바이오로직스 송도 5공장이 착공했다.', published: '2023-11-24' });
    expect(event).toMatchObject({ project: '송도 5공장', projectId: '삼성바이오로직스:송도5공장', org: '삼성바이오로직스', discovered: true, status: 'CONSTRUCTION_STARTED' });
    const [watch] = detector.detect({ text: '카카오의 시흥 제2데이터센터 건립이 무산됐다.', published: '2023-11-24' });
    expect(watch!.confidence).toBeGreaterThan(event!.confidence);
  });

  it('finds a project named without a head noun from the phrase the predicate is about', () => {
    expect(run('CJ라이브시티 사업이 결국 무산됐다.', '2024-07-02', false)).toEqual(['CANCELLED/occurred/unknown:cj라이브시티']);
    expect(run('The Elizabeth line opened to passengers on Tuesday.', '2022-05-25', false)).toEqual(['LAUNCHED/occurred/unknown:elizabethline']);
  });
});

describe('dates', () => {
  it.each([
    ['카카오는 지난해 4월 시흥시와 제2데이터센터 업무협약을 체결했다.', 'MOU_SIGNED/occurred/kakao-siheung-dc@2022-04-01..2022-04-30'],
    ['네이버는 지난달 각 세종 공사를 중단했다.', 'ON_HOLD/occurred/naver-gak-sejong@2023-10-01..2023-10-31'],
    // the target date of a delay belongs to the step it moves; the delay keeps its decision date
    ['삼성전자는 지난달 테일러 공장 가동을 2026년으로 미뤘다.', 'DELAYED/occurred/samsung-taylor-fab@2023-10-01..2023-10-31'],
    ['TSMC opened the Kumamoto plant in February.', 'LAUNCHED/occurred/tsmc-kumamoto@2023-02-01..2023-02-28'],
  ])('%s', (text, expected) => {
    expect(run(text)).toContain(expected);
  });

  it('a sentence without a date phrase gives when: null', () => {
    const [event] = detector.detect({ text: '시흥 제2데이터센터 건립이 무산됐다.', published: '2023-11-24' });
    expect(event!.when).toBeNull();
  });
});

describe('one article, many events', () => {
  it('keeps one event when the headline and the body repeat it, with the body sentence as evidence', () => {
    const events = detector.detect({
      title: '카카오 시흥 제2데이터센터 무산',
      text: '카카오의 시흥 제2데이터센터 건립이 지난 20일 최종 무산됐다.',
      published: '2023-11-24',
    });
    expect(compact(events)).toEqual(['CANCELLED/occurred/kakao-siheung-dc@2023-11-20..2023-11-20']);
    expect(events[0]!.evidence).toBe('카카오의 시흥 제2데이터센터 건립이 지난 20일 최종 무산됐다.');
  });

  it('keeps two events of one project and status when their dates differ', () => {
    const events = detector.detect({
      text: '카카오는 2022년 4월 시흥시와 제2데이터센터 업무협약을 체결했다. 카카오는 올해 10월 서울대와 제2데이터센터 업무협약을 새로 체결했다.',
      published: '2023-11-24',
    });
    expect(compact(events)).toEqual([
      'MOU_SIGNED/occurred/kakao-siheung-dc@2022-04-01..2022-04-30',
      'MOU_SIGNED/occurred/kakao-siheung-dc@2023-10-01..2023-10-31',
    ]);
  });

  it('evidence is the sentence as written, trimmed, and confidence stays in [0, 1]', () => {
    const events = detector.detect({ text: '  시흥 제2데이터센터 건립이 무산됐다.   다음 소식입니다.', published: '2023-11-24' });
    expect(events[0]!.evidence).toBe('시흥 제2데이터센터 건립이 무산됐다.');
    for (const e of events) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.detector).toBe('ko-cue');
    }
  });

  it('minConfidence drops weaker events', () => {
    const text = 'CJ라이브시티 사업이 결국 무산됐다.';
    expect(createDetector(WATCHLIST, { minConfidence: 0 }).detect({ text, published: '2024-07-02' })).toHaveLength(1);
    expect(createDetector(WATCHLIST, { minConfidence: 0.99 }).detect({ text, published: '2024-07-02' })).toHaveLength(0);
  });

  it('an empty text gives no events', () => {
    expect(detector.detect({ text: '', published: '2023-11-24' })).toEqual([]);
  });
});
