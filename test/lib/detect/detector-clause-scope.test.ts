/**
 * How far a cue reaches across the clauses of a sentence: coordinated predicates of one
 * subject share its project; a delay is dated by when it happened, not by the missed plan;
 * a time clause ("once it opens", "가동되는 대로") reports nothing; "N년에야" is lateness.
 * Each table puts positives beside the hard negatives the same rule must leave alone.
 * The sentences are written for these tests.
 */
import { createDetector } from '../../../lib/detect';
import { compact, WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);
const PUBLISHED = '2024-05-20';

function events(text: string, published = PUBLISHED): string[] {
  return compact(detector.detect({ text, published }));
}

describe('coordinated clauses of one subject share the project', () => {
  it.each<[string, string]>([
    ['LG유플러스는 지난해 3월 파주시와 투자협약을 체결하고 파주 AI 데이터센터 건립을 추진해 왔다.', 'MOU_SIGNED/occurred/lguplus-paju-dc@2023-03-01..2023-03-31'],
    ['LG유플러스는 지난해 3월 파주시와 투자협약을 맺으며 파주 AI 데이터센터 건립에 나섰다.', 'MOU_SIGNED/occurred/lguplus-paju-dc@2023-03-01..2023-03-31'],
    ['KT는 지난해 10월 금천구와 업무협약을 체결한 뒤 가산 데이터센터 착공에 들어갔다.', 'MOU_SIGNED/occurred/kt-gasan-dc@2023-10-01..2023-10-31'],
    ['KT는 지난해 10월 금천구와 업무협약을 체결한 데 이어 가산 데이터센터 공사를 시작했다.', 'MOU_SIGNED/occurred/kt-gasan-dc@2023-10-01..2023-10-31'],
    ['LG Uplus signed an investment agreement with Paju City in March 2023 and began building its Paju AI data center.', 'MOU_SIGNED/occurred/lguplus-paju-dc@2023-03-01..2023-03-31'],
  ])('%s', (text, expected) => {
    expect(events(text)).toContain(expected);
  });

  it('keeps the second predicate’s own event and date', () => {
    const got = events('KT는 지난해 10월 금천구와 업무협약을 체결한 뒤 가산 데이터센터 착공에 들어갔다.');
    expect(got).toContain('CONSTRUCTION_STARTED/occurred/kt-gasan-dc');
  });

  it.each<[string]>([
    // The second clause has a subject of its own: the agreement is not its project's.
    ['LG유플러스는 지난해 3월 파주시와 투자협약을 체결하고 KT는 가산 데이터센터 건립을 추진해 왔다.'],
    // The project is the subject of its own clause, not the object of the shared subject.
    ['LG유플러스는 지난해 3월 파주시와 투자협약을 체결했고 파주 AI 데이터센터는 내년 가동된다.'],
    // A contrast (-지만) does not join two predicates of one plan.
    ['LG유플러스는 지난해 3월 파주시와 투자협약을 체결했지만 파주 AI 데이터센터 건립은 늦어지고 있다.'],
    ['LG Uplus signed an agreement with Paju City in March 2023, and the Paju AI data center opened this month.'],
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.startsWith('MOU_SIGNED/occurred/lguplus-paju-dc'))).toEqual([]);
  });
});

describe('a delay is dated by when it happened, never by the plan it missed', () => {
  it.each<[string, string[]]>([
    ['상반기 공개하겠다고 밝혔던 하이퍼클로바X의 출시가 미뤄지고 있다.', ['DELAYED/occurred/naver-hyperclova-x']],
    ['당초 올해 가동 예정이던 파주 AI 데이터센터의 가동이 늦어지고 있다.', ['DELAYED/occurred/lguplus-paju-dc']],
    ['Originally slated for 2024, the opening of the Paju AI data center has been pushed back.', ['DELAYED/occurred/lguplus-paju-dc']],
    ['First planned for early 2024, the launch of HyperCLOVA X was delayed.', ['DELAYED/occurred/naver-hyperclova-x']],
    // The decision's own date is the delay's; a new target goes to the step, planned.
    ['LG유플러스는 지난달 파주 AI 데이터센터 가동을 2026년으로 연기했다.', ['DELAYED/occurred/lguplus-paju-dc@2024-04-01..2024-04-30', 'LAUNCHED/planned/lguplus-paju-dc@2026-01-01..2026-12-31']],
    ['Originally planned for 2024, the opening of the Paju AI data center has been pushed back to 2026.', ['DELAYED/occurred/lguplus-paju-dc', 'LAUNCHED/planned/lguplus-paju-dc@2026-01-01..2026-12-31']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a time clause sets a time, it reports no step', () => {
  it.each<[string, string[]]>([
    ['The Paju AI data center would add 300 jobs once it opens.', []],
    ['LG Uplus will move its cloud workloads to the Paju AI data center when it is completed.', []],
    ['The Gasan data center will host 20,000 servers as soon as it comes online.', []],
    ['파주 AI 데이터센터가 완공되면 300명을 새로 뽑을 전망이다.', []],
    ['파주 AI 데이터센터가 가동되는 대로 클라우드 서비스를 옮길 계획이다.', []],
    ['가산 데이터센터가 문을 열 경우 지역 전력 수요가 늘어날 것으로 보인다.', []],
    ['가산 데이터센터를 착공하기 전까지 부지 정비를 마칠 방침이다.', []],
    // A past verb in a time clause recaps an event; a main clause keeps its own.
    ['When the KT Gasan data center opened in 2023, it was the largest in the district.', ['LAUNCHED/occurred/kt-gasan-dc@2023-01-01..2023-12-31']],
    ['파주 AI 데이터센터는 완공되는 대로 가동에 들어간다.', ['LAUNCHED/planned/lguplus-paju-dc']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('"N년에야" and "~이 돼서야": only then, i.e. late', () => {
  it.each<[string, string[]]>([
    ['파주 AI 데이터센터는 2026년에야 가동된다.', ['DELAYED/occurred/lguplus-paju-dc', 'LAUNCHED/planned/lguplus-paju-dc@2026-01-01..2026-12-31']],
    ['가산 데이터센터는 내년 하반기가 돼서야 완공될 예정이다.', ['COMPLETED/planned/kt-gasan-dc@2025-07-01..2025-12-31', 'DELAYED/occurred/kt-gasan-dc']],
    ['The Paju AI data center will not open until 2026.', ['DELAYED/occurred/lguplus-paju-dc', 'LAUNCHED/planned/lguplus-paju-dc@2026-01-01..2026-12-31']],
    // A plain schedule is no delay; a forecast of lateness is speculation.
    ['파주 AI 데이터센터는 2026년 가동된다.', ['LAUNCHED/planned/lguplus-paju-dc@2026-01-01..2026-12-31']],
    ['파주 AI 데이터센터는 2026년에야 가동될 것으로 보인다.', []],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
