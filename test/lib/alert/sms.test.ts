/**
 * SMS segments as carriers count them: GSM-7 (160 / 153 a part, extension characters
 * cost two) against UCS-2 (70 / 67 a part, in UTF-16 units).
 */
import { fitSms, isGsm7, smsLength } from '../../../lib/alert/sms';

describe('smsLength', () => {
  it.each<[string, string, string, number, number]>([
    ['empty', '', 'GSM-7', 0, 0],
    ['160 Latin letters: one segment', 'a'.repeat(160), 'GSM-7', 160, 1],
    ['161 Latin letters: two parts of 153', 'a'.repeat(161), 'GSM-7', 161, 2],
    ['306 Latin letters: still two', 'a'.repeat(306), 'GSM-7', 306, 2],
    ['307 Latin letters: three', 'a'.repeat(307), 'GSM-7', 307, 3],
    ['GSM accents stay 7-bit', 'Café à Zürich: ÄÖÑÜ§¿ éùìò', 'GSM-7', 26, 1],
    ['extension characters cost two septets', '{}[]~|^€\\', 'GSM-7', 18, 1],
    ['80 euro signs: 160 septets, one segment', '€'.repeat(80), 'GSM-7', 160, 1],
    ['81 euro signs: 162 septets, two', '€'.repeat(81), 'GSM-7', 162, 2],
    ['one arrow makes it UCS-2', `${'a'.repeat(98)}→`, 'UCS-2', 99, 2],
    ['70 Hangul syllables: one segment', '가'.repeat(70), 'UCS-2', 70, 1],
    ['71 Hangul syllables: two parts of 67', '가'.repeat(71), 'UCS-2', 71, 2],
    ['134 Hangul syllables: two', '가'.repeat(134), 'UCS-2', 134, 2],
    ['135 Hangul syllables: three', '가'.repeat(135), 'UCS-2', 135, 3],
    ['an emoji is two UTF-16 units', '🏗️', 'UCS-2', 3, 1],
    ['a curly quote is not GSM', '“quoted”', 'UCS-2', 8, 1],
  ])('%s', (_label, text, encoding, units, segments) => {
    expect(smsLength(text)).toMatchObject({ encoding, units, segments });
  });

  it('knows which characters are GSM-7', () => {
    expect(isGsm7('Radar: Intel Ohio One: announced -> delayed (2024-02-29)')).toBe(true);
    expect(isGsm7('Radar: Intel Ohio One: announced → delayed')).toBe(false);
  });
});

describe('fitSms', () => {
  it.each([
    ['Latin, 400 characters', 'a'.repeat(400), 'GSM-7'],
    ['Hangul, 400 syllables', '가'.repeat(400), 'UCS-2'],
    ['extension characters near the edge', `${'a'.repeat(300)}{{{{{{{{`, 'GSM-7'],
    ['emoji near the edge', `${'가'.repeat(130)}🏗🏗🏗🏗`, 'UCS-2'],
  ])('cuts %s to two segments, ending with an ellipsis', (_label, text, encoding) => {
    const fitted = fitSms(text, 2);
    expect(smsLength(fitted)).toMatchObject({ encoding, segments: 2 });
    expect(fitted).toMatch(/(\.\.\.|…)$/);
    // As long as fits: one more character would not.
    expect(fitted.length).toBeGreaterThan(encoding === 'GSM-7' ? 290 : 125);
  });

  it('leaves a text that fits alone', () => {
    expect(fitSms('short', 1)).toBe('short');
  });
});
