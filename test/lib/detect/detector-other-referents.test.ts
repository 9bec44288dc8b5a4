/**
 * Rule classes where the word in the sentence points at something other than a project:
 * a "model" named only by a product designation (a car, a phone) outside an AI story; a
 * clause whose subject is "the new one" or "its replacement", which is not the project named
 * before it; and a facility named only by its place when its owner is left unnamed ("A
 * Korean conglomerate … a data center in Vietnam"); and an existing plant where a product
 * will be built ("build its new SUV at its factory in Tulsa"). Each table puts positives beside the
 * hard negatives the same rule must leave alone. The sentences are written for these tests.
 */
import { createDetector } from '../../../lib/detect';
import { WATCHLIST, byName } from './helpers';

const detector = createDetector(WATCHLIST);

/** Status/modality/name@from of each event, sorted. */
function named(text: string, published = '2025-03-01'): string[] {
  return byName(detector.detect({ text, published }));
}

describe('a designation before "model" is a product unless the story is about AI', () => {
  it.each<[string, string[]]>([
    // Hard negatives: cars and phones.
    ['Halden showed off the unveiling of the Q8 and a cheaper Q6 model.', []],
    ['Dorvane Motors unveiled the Q8 and a cheaper Q6 model on Tuesday.', []],
    ['Dorvane Motors unveiled its smaller X4 model on Tuesday.', []],
    ['Customers will see the launch of the Z30 and a compact Z20 model next month.', []],
    // Positives: an AI context or a model-family stem.
    ['Veltro AI unveiled its smaller X4 reasoning model on Tuesday.', ['LAUNCHED/occurred/X4 reasoning model@2025-02-25']],
    ['Veltro released Llama 4 on Tuesday.', ['LAUNCHED/occurred/Llama 4@2025-02-25']],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('"the new one" in a later clause is another project, not the one named before', () => {
  it.each<[string, string[]]>([
    ['The current Tarrow Stadium will be torn down after the new one opens.', []],
    ['The old Marrow Bridge will be demolished after its replacement is completed.', []],
    ['The current Tarrow terminal will close after the new ones open in 2027.', []],
    // Positives: the named project is the subject of its own clause, or carried over by "it".
    ['Tarrow Stadium will close after the new Harlow Arena opens in 2027.', ['LAUNCHED/planned/Harlow Arena@2027-01-01']],
    ['The Harlow Arena was renovated last year, and it opened on Friday.', ['LAUNCHED/occurred/Harlow Arena@2025-02-28']],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('a place-named facility of an unnamed owner is not a named project', () => {
  it.each<[string, string[]]>([
    ['A Japanese conglomerate has signed an MOU to build a data center in Malaysia.', []],
    ['An unnamed developer broke ground on a battery plant in Kentucky on Monday.', []],
    ['A U.S. tech giant has cancelled a data center in Ohio.', []],
    // Positives: the owner is named, so the place names the project.
    ['Nordlicht Energy has signed an MOU to build a data center in Malaysia.', ['MOU_SIGNED/occurred/data center in Malaysia']],
    ['A consortium led by Halden Motors broke ground on a battery plant in Kentucky on Monday.', ['CONSTRUCTION_STARTED/occurred/battery plant in Kentucky@2025-02-24']],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('the plant where a product is built is a place, not the project', () => {
  it.each<[string, string[]]>([
    ['Halden Motors said it would build its new compact SUV at its factory in Tulsa, Oklahoma, instead.', []],
    ['Dorvane said it will build its electric pickup trucks at its plant in Hermosillo.', []],
    // Positives: the facility itself is what gets built or opened.
    ['Halden Motors said it would build a second battery plant at its Tulsa campus.', ['ANNOUNCED/occurred/second battery plant at its Tulsa campus']],
    ['Halden Motors opened its new factory in Tulsa on Friday.', ['LAUNCHED/occurred/new factory in Tulsa@2025-02-28']],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});
