/**
 * Whole-article recall in English: a cue in a sentence that names no project of its own
 * belongs to the project the story is on; a relative clause's cue belongs to the name it
 * hangs on; long heads ("plant for AI memory in West Lafayette", "its Clay, New York,
 * megafab") are names. Each table puts positives beside hard negatives. Sentences are ours.
 */
import { createDetector } from '../../../lib/detect';
import { compact, WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);
const PUBLISHED = '2024-04-16';

function detect(text: string, title?: string): string[] {
  return compact(detector.detect(title === undefined ? { text, published: PUBLISHED, lang: 'en' } : { title, text, published: PUBLISHED, lang: 'en' }), false);
}

/** Lead sentences that make a project salient, with what they alone give. */
const LEAD_META = 'Meta said on Monday it will build a data center in El Paso.';
const LEAD_INTEL = 'Intel announced its Ohio chip plant in January 2022.';

describe('English subjects that stand for the salient project', () => {
  it.each([
    ['a pronoun subject', `${LEAD_META} It is expected to open in 2027.`, ['ANNOUNCED/occurred/meta:datacenterinelpaso', 'LAUNCHED/planned/meta:datacenterinelpaso']],
    ['"they" as subject', `${LEAD_META} They expect to open it in 2027.`, ['ANNOUNCED/occurred/meta:datacenterinelpaso', 'LAUNCHED/planned/meta:datacenterinelpaso']],
    ['construction as subject, inside the cue', `${LEAD_META} Construction is scheduled to begin in September.`, ['ANNOUNCED/occurred/meta:datacenterinelpaso', 'CONSTRUCTION_STARTED/planned/meta:datacenterinelpaso']],
    ['construction as subject, across a relative clause', `${LEAD_META} Construction, which employs 1,800 workers, was completed in March.`, ['ANNOUNCED/occurred/meta:datacenterinelpaso', 'COMPLETED/occurred/meta:datacenterinelpaso']],
    ['the owner, with the step as object', `${LEAD_INTEL} Last February, the company had already pushed back completion, citing weak demand.`, ['ANNOUNCED/occurred/intel-ohio', 'DELAYED/occurred/intel-ohio']],
    ['a named owner, with "there"', `${LEAD_INTEL} Intel now expects to begin operations there in 2030.`, ['ANNOUNCED/occurred/intel-ohio', 'LAUNCHED/planned/intel-ohio']],
  ])('%s', (_label, text, expected) => {
    expect(detect(text)).toEqual(expected);
  });

  it.each([
    ['an owner with an object of its own', `${LEAD_INTEL} The company said it would halt its share buyback program.`],
    ['a subject that is not the project', `${LEAD_INTEL} Intel's stock opened lower on Friday.`],
    ['an owner acting on something else', `${LEAD_INTEL} The company opened a new office in Seoul.`],
    ['a negated pronoun clause', `${LEAD_INTEL} It has not been cancelled, the company said.`],
    ['no earlier project (single sentence)', 'It is expected to open in 2027.'],
  ])('hard negative: %s', (_label, text) => {
    expect(detect(text)).toEqual(['ANNOUNCED/occurred/intel-ohio'].filter(() => text.startsWith(LEAD_INTEL)));
  });

  it('gives the back-reference lower confidence than a named subject', () => {
    const events = detector.detect({ text: `${LEAD_INTEL} It is expected to open in 2030.`, published: PUBLISHED, lang: 'en' });
    const named = detector.detect({ text: 'Intel said the Ohio chip plant is expected to open in 2030.', published: PUBLISHED, lang: 'en' });
    const inferred = events.find((e) => e.status === 'LAUNCHED')!;
    expect(inferred.projectId).toBe('intel-ohio');
    expect(inferred.confidence).toBeLessThan(named.find((e) => e.status === 'LAUNCHED')!.confidence);
  });

  it('follows the nearer project, not the headline, when another one was named since', () => {
    const text = `${LEAD_INTEL} Separately, Intel paused its Magdeburg fab in Germany. It is expected to open in 2030.`;
    expect(detect(text)).toContain('LAUNCHED/planned/intel-magdeburg');
    expect(detect(text)).not.toContain('LAUNCHED/planned/intel-ohio');
  });
});

describe('a relative clause after a name belongs to the name', () => {
  it.each([
    // The relative clause names the project; its own step is background (GUIDELINES rule 7), the main verb is the news.
    ['Brightline West, which broke ground last April, expects to open in 2028.', ['LAUNCHED/planned/unknown:brightlinewest']],
    ['Empire Wind, which began construction in 2021, delivered first power in March.', ['LAUNCHED/occurred/unknown:empirewind']],
    ['The Ohio One campus, which broke ground in 2022, will not open until 2030.', ['DELAYED/occurred/intel-ohio', 'LAUNCHED/planned/intel-ohio']],
  ])('%s', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });

  it.each([
    ['The Ohio One campus, which broke ground in 2022, was originally scheduled to open in 2025.', ['DELAYED/occurred/intel-ohio']],
    ['The Ohio One campus, which broke ground in 2022, is expected to open in 2030.', ['LAUNCHED/planned/intel-ohio@2030-01-01..2030-12-31']],
  ])('the closing comma ends the relative clause: %s', (text, expected) => {
    expect(compact(detector.detect({ text, published: PUBLISHED, lang: 'en' }))).toEqual(expected);
  });

  it.each([
    ['a city that opened something of its own', 'Las Vegas, which opened its convention center in 1959, approved a new arena.'],
    ['a one-word company', 'Rivian, which broke ground in Georgia in 2022, paused the work.'],
    ['a relative clause with no step', 'Sunrise Valley, which hosts dozens of servers, is popular with developers.'],
  ])('hard negative: %s', (_label, text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe('long heads are names', () => {
  it.each([
    ['a purpose before the place', 'SK hynix said it will build an advanced packaging plant for AI memory in West Lafayette, Indiana.', ['ANNOUNCED/occurred/skhynix-indiana-plant']],
    ['a city and state set off by commas', 'Micron broke ground on its Clay, New York, megafab on Tuesday.', ['CONSTRUCTION_STARTED/occurred/micron:claynewyorkmegafab']],
  ])('%s', (_label, text, expected) => {
    expect(detect(text)).toEqual(expected);
  });

  it.each([
    ['"for the first time" is no purpose', 'The company opened a plant for the first time in Texas.'],
    ['a verb "plant" after a city and state', 'Volunteers in Austin, Texas, plant trees every spring.'],
  ])('hard negative: %s', (_label, text) => {
    expect(detect(text)).toEqual([]);
  });
});
