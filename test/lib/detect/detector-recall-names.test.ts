/**
 * Name-finding rule classes for recall on unseen news: projects named by their site, an
 * appositive name before an owned head, Korean long names with a parenthesised acronym,
 * agreement nouns that are never names, and AI model families without an AI word. Each
 * table puts positives beside the hard negatives the same rule must leave alone.
 * The sentences are written for these tests.
 */
import { createDetector } from '../../../lib/detect';
import { WATCHLIST, byName } from './helpers';

const detector = createDetector(WATCHLIST);

/** Status/modality/name of each event, sorted. */
function named(text: string, published = '2024-06-10'): string[] {
  return byName(detector.detect({ text, published }), false);
}

describe('a project named by its site ("at <Name>", "<Name> site", "data center park in X")', () => {
  it.each<[string, string[]]>([
    ['The utility hired a contractor to finish the two idle reactors at Bellefonte, which were abandoned in 2016.', ['COMPLETED/planned/reactors at Bellefonte']],
    ['The cooperative approved a gas plant at its Cumberland site last week.', ['APPROVED/occurred/gas plant at its Cumberland site']],
    ['Veltro Cloud broke ground on a data center park in Mesa on Tuesday.', ['CONSTRUCTION_STARTED/occurred/data center park in Mesa']],
    // A count in a region is still a class, not one project.
    ['The company opened three data centers in Texas last year.', []],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('an appositive name before "the <owner>-led <head>"', () => {
  it('takes the proper name before the comma as the project', () => {
    expect(named('Nordwerk, the Bosch-led fab in Leipzig, broke ground in August.')).toEqual(['CONSTRUCTION_STARTED/occurred/Nordwerk']);
  });

  it.each<[string]>([
    // A place or an opener before the comma is not a name.
    ['In Leipzig, the Bosch-led fab broke ground in August.'],
    ['Meanwhile, the Bosch-led fab in Leipzig broke ground in August.'],
  ])('%s', (sentence) => {
    expect(named(sentence).some((e) => /\/(?:In Leipzig|Leipzig|Meanwhile)$/.test(e))).toBe(false);
  });
});

describe('Korean long name with a parenthesised acronym and a line letter → short name', () => {
  it.each<[string, string[]]>([
    ['국토교통부는 수도권광역급행철도(GTX) B노선을 다음 달 착공한다.', ['CONSTRUCTION_STARTED/planned/GTX-B']],
    ['부산도시철도(BTX) 2호선이 이날 개통했다.', ['LAUNCHED/occurred/BTX-2']],
    // An acronym without a line designator is left to the ordinary rules.
    ['수도권광역급행철도(GTX) 사업 설명회가 연기됐다.', []],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('agreement nouns are never project names', () => {
  it.each<[string, string]>([
    ['SK하이닉스는 청주시와 반도체 패키징 투자협약을 체결했다.', '투자협약'],
    ['현대차는 울산시와 업무협약을 맺었다.', '업무협약'],
    ['두산은 발전소 공급계약을 체결했다.', '공급계약'],
  ])('%s', (sentence, noun) => {
    expect(named(sentence).some((e) => e.endsWith(`/${noun}`))).toBe(false);
  });
});

describe('AI model families are models without an AI word; gadgets are not', () => {
  it.each<[string, string[]]>([
    ['Meta released Llama 4 on Saturday.', ['LAUNCHED/occurred/Llama 4']],
    ['Anthropic released Claude 4 on Thursday.', ['LAUNCHED/occurred/Claude 4']],
    ['Alibaba launched Qwen 3 last week.', ['LAUNCHED/occurred/Qwen 3']],
    // Hard negatives: phones, cars and games with version numbers stay consumer products.
    ['Samsung released the Galaxy S25 in February.', []],
    ['Kia launched the EV 9 in Europe.', []],
    ['Nintendo released Mario Kart 9 last week.', []],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});
