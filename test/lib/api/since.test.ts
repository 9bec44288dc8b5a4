import { parseSince } from '../../../lib/api/since';
import { InputError } from '../../../lib/core/errors';

const now = new Date('2024-03-10T12:00:00Z');

describe('parseSince', () => {
  it.each([
    ['7d', '2024-03-03T12:00:00.000Z'],
    ['24h', '2024-03-09T12:00:00.000Z'],
    ['30m', '2024-03-10T11:30:00.000Z'],
    ['2w', '2024-02-25T12:00:00.000Z'],
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['2024-03-01T09:00:00+09:00', '2024-03-01T00:00:00.000Z'],
  ])('%s', (input, expected) => {
    expect(parseSince(input, now)).toBe(expected);
  });

  it.each(['7', 'yesterday', '7y', '', '2024-13-45'])('refuses %j', (input) => {
    expect(() => parseSince(input, now)).toThrow(InputError);
  });

  it('bounds how far back a caller may reach when asked to', () => {
    expect(parseSince('366d', now, { maxDays: 366 })).toBe('2023-03-10T12:00:00.000Z');
    expect(() => parseSince('100000d', now, { maxDays: 366 })).toThrow(/at most 366 days/);
    expect(() => parseSince('2000-01-01', now, { maxDays: 366 })).toThrow(InputError);
  });
});
