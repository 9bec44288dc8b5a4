import { defaultTimeZone, zonedIso } from '../../../lib/text/time-zone';

describe('zonedIso', () => {
  it.each([
    ['a Korean article before 09:00 KST keeps its Korean day', '2023-11-23T23:30:00Z', 'Asia/Seoul', '2023-11-24T08:30:00.000+09:00'],
    ['after 09:00 KST', '2023-11-24T05:05:00Z', 'Asia/Seoul', '2023-11-24T14:05:00.000+09:00'],
    ['UTC stays Z', '2023-11-24T05:00:00+00:00', 'UTC', '2023-11-24T05:00:00.000Z'],
    ['New York in winter', '2024-01-15T03:00:00Z', 'America/New_York', '2024-01-14T22:00:00.000-05:00'],
    ['New York in summer', '2024-07-15T03:00:00Z', 'America/New_York', '2024-07-14T23:00:00.000-04:00'],
    ['India, half an hour', '2024-07-15T20:00:00Z', 'Asia/Kolkata', '2024-07-16T01:30:00.000+05:30'],
    ['not a time', 'yesterday', 'Asia/Seoul', 'yesterday'],
  ])('%s', (_name, iso, zone, expected) => {
    const zoned = zonedIso(iso, zone);
    expect(zoned).toBe(expected);
    if (zoned !== iso) expect(Date.parse(zoned)).toBe(Date.parse(iso)); // the same instant
  });

  it('defaults Korean sources to KST', () => {
    expect(defaultTimeZone('ko')).toBe('Asia/Seoul');
    expect(defaultTimeZone('en')).toBe('UTC');
  });
});
