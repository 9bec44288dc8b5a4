/**
 * Sentences that name two or more projects: coordination and a shared predicate give each
 * project the status, contrast keeps them apart, a shared head noun ("the Magdeburg and Poland
 * plants", "마그데부르크·폴란드 공장") names one project per conjunct, and no date, verb or
 * neighbouring name leaks into a project's name. Each table lists positives beside hard negatives.
 */
import { createDetector } from '../../../lib/detect';
import { WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);

/** `STATUS/modality name` per event, sorted. */
function events(text: string, published = '2025-03-14'): string[] {
  return detector
    .detect({ text, published })
    .filter((e) => !e.unresolved)
    .map((e) => `${e.status}/${e.modality} ${e.project}`)
    .sort();
}

describe('coordination and contrast distribute or separate statuses', () => {
  it.each([
    ['The Kentucky plant and the Tennessee plant were both delayed.', ['DELAYED/occurred Kentucky plant', 'DELAYED/occurred Tennessee plant']],
    ['Ford opened the Kentucky plant while the Tennessee plant was put on hold.', ['LAUNCHED/occurred Kentucky plant', 'ON_HOLD/occurred Tennessee plant']],
    ["Ford's Kentucky plant, the Tennessee plant and the Michigan plant were scrapped.", ['CANCELLED/occurred Kentucky plant', 'CANCELLED/occurred Michigan plant', 'CANCELLED/occurred Tennessee plant']],
    ['울산 공장은 착공했고 아산 공장은 준공했다.', ['COMPLETED/occurred 아산 공장', 'CONSTRUCTION_STARTED/occurred 울산 공장']],
    ['울산 공장과 아산 공장의 착공이 모두 연기됐다.', ['DELAYED/occurred 아산 공장', 'DELAYED/occurred 울산 공장']],
    ['삼성전자 평택 P4는 가동했지만 P5 공장 건설은 중단됐다.', ['LAUNCHED/occurred 평택 P4', 'ON_HOLD/occurred P5 공장']],
    // Hard negatives: a negated pair, and a speculation about both.
    ['Neither the Kentucky plant nor the Tennessee plant was delayed.', []],
    ['울산 공장과 아산 공장의 착공이 늦어질 수 있다는 관측이 나온다.', []],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a Korean verb before the next project is not part of its name', () => {
  it.each([
    ['SK하이닉스 청주 M15X 공장은 착공했고 용인 1기 팹은 준공했다.', '용인 1기 팹'],
    ['카카오 안산 데이터센터는 문을 열었지만 시흥 데이터센터 건립은 무산됐다.', '시흥 데이터센터'],
  ])('%s', (text, name) => {
    const names = detector.detect({ text, published: '2025-03-14' }).map((e) => e.project);
    expect(names).toContain(name);
    expect(names.some((n) => /(?:했고|했지만|었지만|됐고)/.test(n))).toBe(false);
  });
});

describe('a shared head noun names one project per conjunct', () => {
  it.each([
    ['Intel puts Magdeburg, Poland plants on hold for two years', ['ON_HOLD/occurred Magdeburg fab', 'ON_HOLD/occurred Poland plants']],
    ['Intel scrapped its Magdeburg and Wroclaw plants.', ['CANCELLED/occurred Magdeburg fab', 'CANCELLED/occurred Wroclaw plants']],
    ['ACC put battery plants in Kaiserslautern, Germany, and Termoli, Italy, on hold.', ['ON_HOLD/occurred Termoli', 'ON_HOLD/occurred battery plants in Kaiserslautern']],
    ['인텔, 독일 마그데부르크·폴란드 공장 건설 2년 중단', ['ON_HOLD/occurred Magdeburg fab', 'ON_HOLD/occurred 폴란드 공장']],
    // Hard negatives: a city and its state, kinds joined by a dot, places of one programme.
    ['Ford delayed its Marshall, Michigan battery plant.', ['DELAYED/occurred Marshall, Michigan battery plant']],
    ['현대차는 반도체·배터리 공장 건설을 중단했다.', ['ON_HOLD/occurred 반도체·배터리 공장']],
    ['Meta delayed its data centers in Texas and New York.', ['DELAYED/occurred data centers in Texas']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a name set off after an unnamed head is the project', () => {
  it.each([
    ['Kakao scrapped KoGPT 2.0 last month and will build its next model, Kanana, from scratch.', 'ANNOUNCED/occurred Kanana'],
    ['Intel opened its new fab, Fab 52, on Monday.', 'LAUNCHED/occurred Fab 52'],
  ])('%s', (text, expected) => {
    expect(events(text)).toContain(expected);
  });

  it.each([
    // A speaker or a possessive after the comma is no name.
    ['Ford delayed the plant, Ford said.'],
    ["Ford delayed its new plant, Kentucky's largest, by a year."],
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });
});

describe('a date phrase is never part of a project name', () => {
  it.each([
    ['Rivian paused the project on Thursday.'],
    ['Meta paused the project on Thursday after protests.'],
    ['The company scrapped the project in March 2024.'],
    ['The plant on Tuesday was put on hold by Ford.'],
    ['삼성전자는 프로젝트를 지난 21일 중단했다.'],
  ])('%s gives no unnamed project', (text) => {
    expect(events(text)).toEqual([]);
  });

  it.each([
    ['Intel halted its Ohio plant on Monday.', 'Ohio'],
    ['삼성전자는 지난 21일 평택 P5 공장 착공을 보류했다.', '평택 P5 공장'],
    ['현대차는 내년 상반기 울산 공장을 가동한다.', '울산 공장'],
  ])('%s', (text, name) => {
    const names = detector.detect({ text, published: '2025-03-14' }).map((e) => e.project);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => !/(?:Monday|Thursday|지난|21일|내년|상반기)/.test(n))).toBe(true);
    expect(names.join(' ')).toMatch(new RegExp(name === 'Ohio' ? 'Ohio' : name));
  });
});
