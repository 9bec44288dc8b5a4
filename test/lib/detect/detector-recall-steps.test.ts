/**
 * Recall classes for the forward steps (ANNOUNCED, APPROVED, COMPLETED, LAUNCHED): each
 * table puts positives in new wording beside the hard negatives the same class must leave
 * alone. The sentences are written for these tests, not taken from the corpus.
 */
import { createDetector } from '../../../lib/detect';
import { WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);

/** Status/modality of each event, sorted (the project names vary; the statuses are the point). */
function statuses(text: string, published = '2024-05-10'): string[] {
  return detector
    .detect({ text, published })
    .filter((e) => !e.unresolved)
    .map((e) => `${e.status}/${e.modality}`)
    .sort();
}

describe('LAUNCHED: put into service (commissioned, came on stream, began supplying)', () => {
  it.each<[string, string[]]>([
    ['The Barakah Unit 3 reactor was commissioned in February.', ['LAUNCHED/occurred']],
    ['The Tyra gas plant came on stream last week.', ['LAUNCHED/occurred']],
    ['The Vogtle Unit 4 reactor entered commercial operation on Monday.', ['LAUNCHED/occurred']],
    ['The Kentucky battery plant will begin supplying cells to Ford next year.', ['LAUNCHED/planned']],
    // Ordering work is not a launch; neither is a market's open or an inquiry.
    ['The ministry commissioned a study of the Ohio plant.', []],
    ['The architect was commissioned to design the Ulsan data center.', []],
    ['Shares opened trading higher after the Ohio plant news.', []],
    ['Regulators launched an investigation into the Ohio plant.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('LAUNCHED: the start scheduled as a noun ("production targeted by 2026")', () => {
  it.each<[string, string[]]>([
    ['Panasonic broke ground on the Kansas battery plant on Monday, with production targeted by the end of 2026.', ['CONSTRUCTION_STARTED/occurred', 'LAUNCHED/planned']],
    ['Commercial operation of the Saeul Unit 3 reactor is slated for 2025.', ['LAUNCHED/planned']],
    // Production figures are not a start.
    ['Production at the Kansas battery plant rose 8% last quarter.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('LAUNCHED: the ceremony of the step is the step ("an opening ceremony")', () => {
  it.each<[string, string[]]>([
    ['JASM held an opening ceremony for its Kumamoto plant on Saturday.', ['LAUNCHED/occurred']],
    ['Construction of the Ulsan EV plant was completed in May, ahead of an opening ceremony planned for July.', ['COMPLETED/occurred', 'LAUNCHED/planned']],
    // A ceremony of some other event still says nothing about the project.
    ['The mayor skipped the awards ceremony at the Ulsan EV plant.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('LAUNCHED (ko): a service started with a date between object and verb', () => {
  it.each<[string, string[]]>([
    ['네이버는 하이퍼클로바X 기반 검색 서비스를 다음 달 시작한다.', ['LAUNCHED/planned']],
    ['LG유플러스는 익시 AI 서비스를 지난 3일 시작했다.', ['LAUNCHED/occurred']],
    // Ending one service and starting something else is not the service's start.
    ['카카오는 기존 검색 서비스를 종료하고 새 사업을 시작했다.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('APPROVED: regulators clearing, signing off, voting to approve', () => {
  it.each<[string, string[]]>([
    ['The Pembroke data center was cleared by regulators on Tuesday.', ['APPROVED/occurred']],
    ['The council signed off on the Sines data center campus on Friday.', ['APPROVED/occurred']],
    ['The county board voted 5-2 on Tuesday to approve the Tract data center campus.', ['APPROVED/occurred']],
    ['The Hinkley Point C plant was greenlit by ministers in 2016.', ['APPROVED/occurred']],
    // Corporate approvals and a committee's name are not a project's permit.
    ['The company approved a dividend on Tuesday.', []],
    ['Shareholders are expected to approve a merger with the Ohio plant operator.', []],
    ['The Louisiana Public Service Commission met on Tuesday.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('APPROVED (ko): 인허가 received, a permit noun beside another predicate', () => {
  it.each<[string, string[]]>([
    ['새만금 데이터센터가 인허가를 모두 받았다.', ['APPROVED/occurred']],
    ['평택 고덕 데이터센터는 지난달 건축 허가를 받았다.', ['APPROVED/occurred']],
    // One sentence tells one happening of a project: the later step (devset GUIDELINES rule 7).
    ['새울 3호기가 운영 허가를 받아 다시 가동에 들어갔다.', ['RESUMED/occurred']],
    // The permitting process, not its outcome.
    ['새만금 데이터센터는 인허가 절차를 밟고 있다.', []],
    ['새만금 데이터센터 인허가 지연이 우려된다.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('COMPLETED (ko): target step carried over from a step noun clause; inspection is not completion', () => {
  it.each<[string, string[]]>([
    ['KT는 가산 AI 데이터센터 건립을 추진하며 2026년 준공을 목표로 하고 있다.', ['ANNOUNCED/occurred', 'COMPLETED/planned']],
    ['SK하이닉스는 청주 M15X 공장 증설을 진행하면서 내년 하반기 완공을 내다보고 있다.', ['COMPLETED/planned']],
    ['현대차그룹 메타플랜트 아메리카가 26일 준공식을 열었다.', ['COMPLETED/occurred']],
    // The pre-completion inspection is still ahead.
    ['카카오 안산 데이터센터가 준공 검사를 앞두고 있다.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('ANNOUNCED (ko): a release plan made public', () => {
  it.each<[string, string[]]>([
    ['네이버는 내년 상반기 하이퍼클로바X 2.0을 출시하겠다는 계획을 발표했다.', ['ANNOUNCED/occurred', 'LAUNCHED/planned']],
    // A plan that is only mentioned, not made public, is no announcement.
    ['네이버는 하이퍼클로바X 2.0 출시 계획을 검토하고 있다.', []],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('entity heads: domes, supercomputers, hydropower stations, 플랜트, 구간', () => {
  it.each<[string, string[]]>([
    ['Construction of Intuit Dome wrapped up in April.', ['COMPLETED/occurred']],
    ["xAI's Colossus supercomputer in Memphis came online in September.", ['LAUNCHED/occurred']],
    ['China Three Gorges finished the Baihetan hydropower station in December.', ['COMPLETED/occurred']],
    ['GTX-A 수서~동탄 구간이 지난 30일 개통했다.', ['LAUNCHED/occurred']],
    ['현대차그룹 메타플랜트 아메리카는 지난해 10월부터 아이오닉 5 생산을 시작했다.', ['LAUNCHED/occurred']],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});

describe('entity: a brand-compound plant name runs on over a region word', () => {
  it.each<[string, string[]]>([
    ['현대차그룹 메타플랜트 아메리카가 26일 준공식을 열었다.', ['메타플랜트 아메리카']],
    ['포스코 수소 플랜트가 지난달 준공됐다.', ['포스코 수소 플랜트']],
    // A region word after a plain head is a place of its own, not part of the name.
    ['울산 공장 미국 이전이 보류됐다.', ['울산 공장']],
  ])('%s', (sentence, expected) => {
    expect(detector.detect({ text: sentence, published: '2025-03-28' }).map((e) => e.project)).toEqual(expected);
  });
});

describe('LAUNCHED: definite parts of a project named before ("with the new units expected to come online")', () => {
  it.each<[string, string[]]>([
    ['Duke Energy will build a gas-fired plant at its Marshall site, with the new units expected to come online by the end of 2028.', ['ANNOUNCED/occurred', 'LAUNCHED/planned']],
    // No project to own them, or a class rather than its parts.
    ['The new units are expected to come online by the end of 2028.', []],
    ['Duke Energy opened the Marshall plant on Monday, and three units elsewhere will come online in 2028.', ['LAUNCHED/occurred']],
  ])('%s', (sentence, expected) => {
    expect(statuses(sentence)).toEqual(expected);
  });
});
