/**
 * English cue rules (rules/cues-en.ts) through the matcher: inflections and phrasal verbs,
 * beside other senses of the same words.
 */
import { STATUSES } from '../../../lib/core/types';
import { cueMatcher } from '../../../lib/detect/cues';
import { EN_CUES } from '../../../lib/detect/rules/cues-en';

const statuses = (text: string): string[] => cueMatcher('en').find(text).map((h) => h.status);

describe('English cues: inflections and phrases', () => {
  it.each([
    ['The plant was delayed', 'DELAYED'],
    ['Intel delays the Ohio fab', 'DELAYED'],
    ['Intel is delaying the fab', 'DELAYED'],
    ['Intel will delay the fab', 'DELAYED'],
    ['The opening was pushed back to 2026', 'DELAYED'],
    ['The launch was postponed', 'DELAYED'],
    ['Kakao pushed the release of KoGPT 2.0 to next year', 'DELAYED'],
    ['The project is behind schedule', 'DELAYED'],
    ['The line opened three years late', 'DELAYED'],
    ['The project was scrapped', 'CANCELLED'],
    ['Orsted is scrapping the farms', 'CANCELLED'],
    ['Amazon called off its plan', 'CANCELLED'],
    ['Apple pulled the plug on Project Titan', 'CANCELLED'],
    ['The developer abandoned the campus', 'CANCELLED'],
    ['Freyr shelved Giga Arctic', 'CANCELLED'],
    ['The deal fell through', 'CANCELLED'],
    ['Work was paused in May', 'ON_HOLD'],
    ['Construction was halted', 'ON_HOLD'],
    ['The plans were put on hold', 'ON_HOLD'],
    ['Ford resumed construction', 'RESUMED'],
    ['The project was revived', 'RESUMED'],
    ['Constellation will restart the reactor', 'RESUMED'],
    ['Micron broke ground on the fab', 'CONSTRUCTION_STARTED'],
    ['Samsung began construction of the plant', 'CONSTRUCTION_STARTED'],
    ['Construction began in March', 'CONSTRUCTION_STARTED'],
    ['They held a groundbreaking ceremony', 'CONSTRUCTION_STARTED'],
    ['Construction of the plant was completed in December', 'COMPLETED'],
    ['Hyundai finished building the plant', 'COMPLETED'],
    ['The data center opened on Monday', 'LAUNCHED'],
    ['The service went live', 'LAUNCHED'],
    ['The reactor came online', 'LAUNCHED'],
    ['Google launched Gemini 3', 'LAUNCHED'],
    ['OpenAI released GPT-5', 'LAUNCHED'],
    ['Google rolled out Gemini 3', 'LAUNCHED'],
    ['The plant began operations', 'LAUNCHED'],
    ['Meta announced plans to build a data center', 'ANNOUNCED'],
    ['LG unveiled plans for a plant', 'ANNOUNCED'],
    ['Samsung will build a chip plant', 'ANNOUNCED'],
    ['SK signed an MOU with the city', 'MOU_SIGNED'],
    ['They signed a memorandum of understanding', 'MOU_SIGNED'],
    ['The plant received final approval', 'APPROVED'],
    ['The fab won regulatory approval', 'APPROVED'],
    ['The permit was granted on Tuesday', 'APPROVED'],
    ['The council approved the rezoning', 'APPROVED'],
  ])('%s -> %s', (text, status) => {
    expect(statuses(text)).toContain(status);
  });
});

describe('English cues: other senses', () => {
  it.each([
    ['Regulators launched an investigation into the deal', 'LAUNCHED'],
    ['The brand launched a marketing campaign', 'LAUNCHED'],
    ['The board approved a dividend', 'APPROVED'],
    ['Shares opened higher on Monday', 'LAUNCHED'],
    ['Police opened fire', 'LAUNCHED'],
    ['The company released its quarterly results', 'LAUNCHED'],
    ['They published groundbreaking research', 'CONSTRUCTION_STARTED'],
    ['The firm completed the acquisition', 'COMPLETED'],
    ['an open source model', 'LAUNCHED'],
    ['Work began to open up', 'LAUNCHED'],
  ])('%s has no %s cue', (text, status) => {
    expect(statuses(text)).not.toContain(status);
  });

  it('"unveiled plans" is one ANNOUNCED cue, not a launch', () => {
    expect(statuses('Meta unveiled plans for a campus')).toEqual(['ANNOUNCED']);
  });
});

describe('English cue data', () => {
  it('every rule has a known status, a pattern that compiles and anchors', () => {
    for (const rule of EN_CUES) {
      expect(STATUSES).toContain(rule.status);
      expect(() => new RegExp(rule.pattern, 'yi')).not.toThrow();
      expect(rule.anchors.length).toBeGreaterThan(0);
    }
  });

  it('ids are unique', () => {
    const ids = EN_CUES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
