/**
 * Publication dates known only in part: what is accepted, and which event dates survive.
 */
import { defaultConfig } from '../../../lib/config/load';
import { createDetector } from '../../../lib/detect';
import { detectWithPublication, parsePublication } from '../../../lib/detect/publication';

describe('parsePublication', () => {
  it.each([
    ['2025-04-15', { precision: 'day', day: '2025-04-15' }],
    ['2025-04', { precision: 'month', earliest: '2025-04-01', latest: '2025-04-30', anchor: '2025-04-15' }],
    ['2024-02', { precision: 'month', earliest: '2024-02-01', latest: '2024-02-29' }],
    ['2025', { precision: 'year', earliest: '2025-01-01', latest: '2025-12-31', anchor: '2025-07-01' }],
    [null, { precision: 'unknown', text: null }],
    [undefined, { precision: 'unknown', text: null }],
  ])('%j', (value, expected) => {
    expect(parsePublication(value)).toMatchObject(expected);
  });

  it.each([['2025-13'], ['2025-02-30'], ['25-04'], ['April 2025'], [''], [20250415], [true]])('refuses %j', (value) => {
    expect(() => parsePublication(value)).toThrow(/published must be YYYY-MM-DD, YYYY-MM, YYYY or null/);
  });
});

describe('detectWithPublication', () => {
  const detector = createDetector(defaultConfig().watchlist);
  const run = (text: string, published: unknown) =>
    detectWithPublication(detector, { text, lang: 'ko' }, parsePublication(published), '2030-06-30').find((e) => e.projectId === 'kakao-siheung-dc');

  it('is the plain detector for a known day', () => {
    const text = '카카오는 지난해 4월 시흥 제2데이터센터 건립을 위한 업무협약을 체결했다.';
    expect(run(text, '2023-11-24')).toEqual(detector.detect({ text, lang: 'ko', published: '2023-11-24' }).find((e) => e.projectId === 'kakao-siheung-dc'));
  });

  it.each([
    // [sentence, published, expected when]
    ['카카오는 지난해 4월 시흥 제2데이터센터 건립을 위한 업무협약을 체결했다.', null, null],
    ['카카오는 지난해 4월 시흥 제2데이터센터 건립을 위한 업무협약을 체결했다.', '2023-11', { from: '2022-04-01', to: '2022-04-30' }],
    ['카카오는 지난해 4월 시흥 제2데이터센터 건립을 위한 업무협약을 체결했다.', '2023', { from: '2022-04-01', to: '2022-04-30' }],
    ['카카오는 2022년 4월 시흥 제2데이터센터 건립을 위한 업무협약을 체결했다.', null, { from: '2022-04-01', to: '2022-04-30' }],
    ['카카오는 지난 20일 시흥 제2데이터센터 건립을 위한 업무협약을 체결했다.', '2023-11', null],
  ])('%s (published %j)', (text, published, when) => {
    const event = run(text, published);
    expect(event).toBeDefined();
    if (when === null) expect(event!.when).toBeNull();
    else expect(event!.when).toMatchObject(when);
  });
});
