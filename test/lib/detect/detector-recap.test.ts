/**
 * Recaps: an older event told inside a newer story, with its own date (README rule 8), and
 * the article-level merge that must keep a recap apart from the day's news. Each table puts
 * positives beside the hard negatives the same rule must leave alone. The sentences are
 * written for these tests.
 */
import { createDetector } from '../../../lib/detect';
import { findDates } from '../../../lib/detect/dates';
import { compact, WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);

function events(text: string, published: string, title?: string): string[] {
  return compact(detector.detect({ text, published, ...(title !== undefined ? { title } : {}) }));
}

describe('Korean: a past -다가 ends a clause, and a cause in 으로 is not the subject', () => {
  it.each<[string, string[]]>([
    ['신한울 3·4호기 건설은 2017년 탈원전 정책으로 중단됐다가 2022년 재개됐다.', ['ON_HOLD/occurred/unknown:신한울34호기@2017-01-01..2017-12-31', 'RESUMED/occurred/unknown:신한울34호기@2022-01-01..2022-12-31']],
    ['고리 3호기 정비는 2021년 부품 문제로 중단됐다가 지난해 재개됐다.', ['ON_HOLD/occurred/unknown:고리3호기@2021-01-01..2021-12-31', 'RESUMED/occurred/unknown:고리3호기@2023-01-01..2023-12-31']],
    ['새만금 데이터센터 공사는 지난해 5월 자금난으로 멈췄다가 올해 2월 다시 시작됐다.', ['ON_HOLD/occurred/unknown:새만금데이터센터@2023-05-01..2023-05-31']],
  ])('%s', (text, expected) => {
    expect(events(text, '2024-09-13')).toEqual(expect.arrayContaining(expected));
  });

  it.each<[string]>([
    // No project: the class noun before 으로 is all there is.
    ['원전 정책으로 전국 공사가 중단됐다가 재개됐다.'],
    // Speculation in the second clause, and nothing named in the first.
    ['공사는 자금난으로 멈췄다가 다시 중단될 위기다.'],
    // Negated.
    ['신한울 3·4호기 건설은 탈원전 정책으로 중단되지 않았다.'],
  ])('%s → nothing', (text) => {
    expect(events(text, '2024-09-13')).toEqual([]);
  });
});

describe('English: a reduced relative "an MOU (X) signed in/with …" with its own date', () => {
  it.each<[string, string]>([
    ['The Ulsan AI data center follows a memorandum of understanding SK Telecom signed with Ulsan city in March.', 'MOU_SIGNED/occurred/skt-ulsan-ai-dc@2025-03-01..2025-03-31'],
    ['The Ulsan AI data center builds on a memorandum signed in March.', 'MOU_SIGNED/occurred/skt-ulsan-ai-dc@2025-03-01..2025-03-31'],
    ['Kakao chose the site for the Ansan data center under an agreement signed with Hanyang University in 2020.', 'MOU_SIGNED/occurred/kakao-ansan-dc@2020-01-01..2020-12-31'],
  ])('%s', (text, expected) => {
    expect(events(text, '2025-06-20')).toContain(expected);
  });

  it('dates the main verb without the recap’s date', () => {
    const got = events('Kakao began building the Ansan data center under an agreement signed with Hanyang University in 2020.', '2023-05-10');
    expect(got).toEqual(['CONSTRUCTION_STARTED/occurred/kakao-ansan-dc', 'MOU_SIGNED/occurred/kakao-ansan-dc@2020-01-01..2020-12-31']);
  });

  it.each<[string]>([
    // Not signed yet.
    ['The Ansan data center agreement has yet to be signed with the city.'],
    // A wish.
    ['Kakao wants an agreement signed with the city before it expands the Ansan data center.'],
    // Undated background, not a recap.
    ['The Ansan data center agreement signed by both sides remains in force.'],
  ])('%s → no MOU', (text) => {
    expect(events(text, '2025-06-20').filter((e) => e.startsWith('MOU_SIGNED'))).toEqual([]);
  });
});

describe('English: a duration before "after" makes the step a reference point, unless it has its own date', () => {
  it.each<[string, string[]]>([
    ['TSMC opened the Kumamoto plant two years after breaking ground.', ['LAUNCHED/occurred/tsmc-kumamoto']],
    ['JASM opened the Kumamoto plant 22 months after starting construction.', ['LAUNCHED/occurred/tsmc-kumamoto']],
    ['Kakao scrapped the Siheung data center two years after signing an agreement with Seoul National University in April 2022.', ['CANCELLED/occurred/kakao-siheung-dc', 'MOU_SIGNED/occurred/kakao-siheung-dc@2022-04-01..2022-04-30']],
  ])('%s', (text, expected) => {
    expect(events(text, '2024-02-24')).toEqual(expected);
  });

  it.each<[string, string]>([
    ['The Arizona fab, announced in May 2020, was originally scheduled to start production in 2024.', 'ANNOUNCED/occurred/tsmc-arizona@2020-05-01..2020-05-31'],
    ['The Arizona fab, first unveiled in May 2020, now plans to open in 2025.', 'ANNOUNCED/occurred/tsmc-arizona@2020-05-01..2020-05-31'],
  ])('appositive recap: %s', (text, expected) => {
    expect(events(text, '2025-01-17')).toContain(expected);
  });

  it.each<[string]>([
    // Undated appositive: background.
    ['The Arizona fab, as announced, remains on schedule.'],
    ['The Arizona fab, announced with fanfare, remains on schedule.'],
  ])('%s → no ANNOUNCED', (text) => {
    expect(events(text, '2025-01-17').filter((e) => e.startsWith('ANNOUNCED'))).toEqual([]);
  });
});

describe('Korean articles: a name the article has given, or a built thing, is a project in a recap', () => {
  it('reads "GTX-A는 2018년 12월 착공했다" after the article named GTX-A', () => {
    const text = '수도권광역급행철도(GTX) A노선 수서~동탄 구간이 지난 30일 개통했다. GTX-A는 2018년 12월 착공했다.';
    expect(events(text, '2024-04-01')).toContain('CONSTRUCTION_STARTED/occurred/unknown:gtxa@2018-12-01..2018-12-31');
  });

  it('reads a name modified by a build verb ("짓고 있는 … 메타플랜트 아메리카는")', () => {
    const text = '미국 조지아주에 짓고 있는 현대차그룹 메타플랜트 아메리카는 내년 하반기 가동을 목표로 한다. 메타플랜트 아메리카는 지난해 10월 착공했다.';
    expect(events(text, '2023-11-13')).toEqual([
      'CONSTRUCTION_STARTED/occurred/현대차그룹:메타플랜트아메리카@2022-10-01..2022-10-31',
      'LAUNCHED/planned/현대차그룹:메타플랜트아메리카@2024-07-01..2024-12-31',
    ]);
  });

  it('carries the topic over a predicate noun in 으로 ("테일러 공장은 … 신공장으로, 2022년 상반기 착공했다")', () => {
    expect(events('테일러 공장은 파운드리 신공장으로, 2022년 상반기 착공했다.', '2024-04-16')).toEqual(['CONSTRUCTION_STARTED/occurred/samsung-taylor-fab@2022-01-01..2022-06-30']);
  });

  it('splits a clause at a past adnominal in -힌 + 뒤 ("계획을 밝힌 뒤")', () => {
    // The 뒤-clause is a dated recap and stays; "첫 삽을 뜬 곳이다" is a copular definition (background, GUIDELINES rule 7).
    expect(events('각 세종은 네이버가 2019년 12월 건립 계획을 밝힌 뒤 2020년 첫 삽을 뜬 곳이다.', '2023-11-06')).toEqual(['ANNOUNCED/occurred/naver-gak-sejong@2019-12-01..2019-12-31']);
  });

  it.each<[string]>([
    // A name never given as a project, in a single sentence.
    ['GTX-A는 2018년 12월 착공했다.'],
    // The build verb modifies an organisation, and nothing is named.
    ['미국에 공장을 짓고 있는 현대차그룹은 내년 하반기 가동을 목표로 한다.'],
    // A step named as a reference point for a duration.
    ['TSMC 구마모토 공장은 착공 2년 만에 준공됐다.'],
  ])('%s → no recap event', (text) => {
    const got = events(text, '2024-04-01');
    expect(got.filter((e) => e.startsWith('CONSTRUCTION_STARTED'))).toEqual([]);
  });
});

describe('article merge: two happenings of one project and status stay two', () => {
  it('keeps an undated new announcement apart from a dated 2021 one', () => {
    const text = 'The company announced the Taylor plant in November 2021. Under the expanded plan, Samsung will build a second fab in Taylor.';
    expect(events(text, '2024-04-16')).toEqual(['ANNOUNCED/occurred/samsung-taylor-fab', 'ANNOUNCED/occurred/samsung-taylor-fab@2021-11-01..2021-11-30']);
  });

  it('merges a headline with the body’s recent date for the same happening', () => {
    const got = events('수도권광역급행철도(GTX) A노선 수서~동탄 구간이 지난 30일 개통했다.', '2024-04-01', 'GTX-A 수서~동탄 개통');
    expect(got).toEqual(['LAUNCHED/occurred/unknown:gtxa@2024-03-30..2024-03-30']);
  });

  it('merges two undated mentions of one happening', () => {
    const got = events('카카오의 시흥 제2데이터센터 건립이 무산됐다. 시흥 제2데이터센터 사업은 결국 무산됐다.', '2023-11-24');
    expect(got).toEqual(['CANCELLED/occurred/kakao-siheung-dc']);
  });
});

describe('a recap’s month takes the tense of its own verb, not of a later "would"', () => {
  it.each<[string, string, string]>([
    // A figure between the verb and the date.
    ['The company announced the $3.5 billion plant in February, saying it would make cells.', '2023-11-21', '2023-02-01'],
    ['Tata unveiled the 1,500-megawatt plant in March, and said it would open in 2026.', '2023-11-21', '2023-03-01'],
    // A fronted date takes the verb after it.
    ['In January the company paused early-stage work to reassess its plans.', '2025-09-18', '2025-01-01'],
    // Hard negatives: a plan keeps its future month.
    ['In March the company will open the plant.', '2025-09-18', '2026-03-01'],
    ['Ford said it would build the 1,500-megawatt plant in March.', '2023-11-21', '2024-03-01'],
  ])('%s', (text, published, from) => {
    expect(findDates(text, published, 'en')[0]?.from).toBe(from);
  });
});
