/**
 * Precision and name-shape rule classes: money amounts and building gerunds are never part
 * of a project's name, a delay with a step noun and a new date also schedules that step,
 * and Korean public-ownership modifiers (국가/공공/국립/시립) stay in the name. Each table
 * puts positives beside the hard negatives the same rule must leave alone.
 * The sentences are written for these tests.
 */
import { createDetector } from '../../../lib/detect';
import { WATCHLIST, byName } from './helpers';

const detector = createDetector(WATCHLIST);

/** Status/modality/name@from of each event, sorted. */
function named(text: string, published = '2025-03-01'): string[] {
  return byName(detector.detect({ text, published }));
}

describe('money amounts and building gerunds are not part of a name', () => {
  it.each<[string, string[]]>([
    ['Nordlicht Energy will spend $12 billion building battery plants in Ohio.', ['ANNOUNCED/occurred/battery plants in Ohio']],
    ['Veltro Cloud is investing $3 billion constructing a data center in Reno that will open next year.', ['LAUNCHED/planned/data center in Reno@2026-01-01']],
    ['The county approved a $2.4 billion data center in Lancaster on Monday.', ['APPROVED/occurred/data center in Lancaster@2025-02-24']],
    ['Halden Motors broke ground on its $900 million packaging plant in Boise on Tuesday.', ['CONSTRUCTION_STARTED/occurred/packaging plant in Boise@2025-02-25']],
    // A noun gerund that names the kind of plant stays in the name.
    ['Halden Motors opened its battery manufacturing plant in Tulsa on Friday.', ['LAUNCHED/occurred/battery manufacturing plant in Tulsa@2025-02-28']],
    // A size with several hyphens is an amount, not a name.
    ['The board approved a 300,000-square-foot data center on Tuesday.', []],
    ['The board approved a 300,000-square-foot data center in Leesburg on Tuesday.', ['APPROVED/occurred/data center in Leesburg@2025-02-25']],
    ['Halden opened its 1,200-megawatt Tarrow gas plant on Friday.', ['LAUNCHED/occurred/Tarrow gas plant@2025-02-28']],
    // Spending on a class of sites names no project.
    ['Nordlicht Energy will spend $12 billion building three data centers.', []],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('a delay with a step noun and a new date also plans that step', () => {
  it.each<[string, string[]]>([
    ['Orrin Semiconductor said mass production at its Dresden fab would be delayed to 2027.', ['DELAYED/occurred/Dresden fab', 'LAUNCHED/planned/Dresden fab@2027-01-01']],
    ['Orrin Semiconductor said operations at its Dresden fab were postponed until the second half of 2026.', ['DELAYED/occurred/Dresden fab', 'LAUNCHED/planned/Dresden fab@2026-07-01']],
    ['한빛전자는 구미 배터리 공장 양산을 2027년으로 연기했다.', ['DELAYED/occurred/구미 배터리 공장', 'LAUNCHED/planned/구미 배터리 공장@2027-01-01']],
    // No new date: only the delay.
    ['Orrin Semiconductor said its Dresden fab had been delayed, hurting production.', ['DELAYED/occurred/Dresden fab']],
    // "construction" may mean the start or the finish: no step is guessed.
    ['Orrin Semiconductor said construction of its Dresden fab would be delayed to 2027.', ['DELAYED/occurred/Dresden fab']],
    // 양산 the city, not mass production.
    ['양산 물류센터 착공이 내년으로 연기됐다.', ['CONSTRUCTION_STARTED/planned/양산 물류센터@2026-01-01', 'DELAYED/occurred/양산 물류센터']],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('Korean public-ownership modifiers stay in the name', () => {
  it.each<[string, string[]]>([
    ['정부는 국가 AI 데이터센터 건립을 추진한다.', ['ANNOUNCED/occurred/국가 AI 데이터센터']],
    ['서울시는 시립 AI 데이터센터를 내년 1분기 가동한다.', ['LAUNCHED/planned/시립 AI 데이터센터@2026-01-01']],
    // 국가가 is "the state" with a subject particle; the head alone names nothing.
    ['국가가 데이터센터 건립을 추진한다.', []],
    // An industry word after the head makes it a class.
    ['국가 데이터센터 업계가 전력 수요 증가로 고심하고 있다.', []],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('a cue about talks, a vote or a tour says nothing about the project beside it', () => {
  it.each<[string, string[]]>([
    // An event noun right after the head: the vote, not the stadium, was (not) delayed.
    ['The Harlow stadium vote was not cancelled, despite a late motion to delay it.', []],
    // An event noun as the subject of a later cue ("talks … stalled"), even in the plural.
    ['The Bears revived their Arlington Heights stadium in June after talks over a lakefront site stalled.', ['RESUMED/occurred/Arlington Heights stadium@2024-06-01']],
    // A subordinator between the cue and the event noun: the project's own cue stands.
    ['The Bears put their Arlington Heights stadium on hold after talks stalled.', ['ON_HOLD/occurred/Arlington Heights stadium']],
    ['Halden paused its Tulsa plant after negotiations with the union stalled.', ['ON_HOLD/occurred/Tulsa plant']],
    // The head alone is still the project.
    ['The Harlow stadium was delayed again.', ['DELAYED/occurred/Harlow stadium']],
  ])('%s', (sentence, expected) => {
    expect(named(sentence, '2024-08-01')).toEqual(expected);
  });
});
