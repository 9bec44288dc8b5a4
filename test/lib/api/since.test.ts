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

  it.each(['7', 'yesterday', '7y', '', '2024-13-45', '99999999999999999d', '999999999999d', '1000000w', '1969-12-31', '99999-01-01', '+275760-09-13'])('refuses %j', (input) => {
    expect(() => parseSince(input, now)).toThrow(InputError);
  });
});
