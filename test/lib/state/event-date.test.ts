import { eventDate, isLater, rangeLabel } from '../../../lib/state/event-date';

describe('eventDate', () => {
  it.each([
    ['occurred with a past when', 'occurred', { text: '지난해 4월', from: '2022-04-01', to: '2022-04-30' }, '2022-04-01'],
    ['occurred without when', 'occurred', null, '2023-11-24'],
    ['occurred with a when after the article', 'occurred', { text: '내년 6월', from: '2024-06-01', to: '2024-06-30' }, '2023-11-24'],
    ['occurred later the same day', 'occurred', { text: '오늘', from: '2023-11-24', to: '2023-11-24' }, '2023-11-24'],
    ['planned, dated by its report', 'planned', { text: '내년 상반기', from: '2024-01-01', to: '2024-06-30' }, '2023-11-24'],
  ] as const)('%s', (_label, modality, when, expected) => {
    expect(eventDate({ modality, when: when ? { ...when } : null, publishedAt: '2023-11-24T14:05:00+09:00' })).toBe(expected);
  });
});

describe('isLater', () => {
  const r = (from: string, to: string) => ({ text: `${from}..${to}`, from, to });
  it.each([
    ['H1 -> H2', r('2024-01-01', '2024-06-30'), r('2024-07-01', '2024-12-31'), true],
    ['year -> H2 (narrower)', r('2024-01-01', '2024-12-31'), r('2024-07-01', '2024-12-31'), false],
    ['month -> year (wider)', r('2024-03-01', '2024-03-31'), r('2024-01-01', '2024-12-31'), false],
    ['earlier', r('2025-01-01', '2025-12-31'), r('2024-01-01', '2024-12-31'), false],
    ['same', r('2024-01-01', '2024-12-31'), r('2024-01-01', '2024-12-31'), false],
  ])('%s', (_label, previous, next, expected) => {
    expect(isLater(next, previous)).toBe(expected);
  });

  it('is false when either side has no date', () => {
    expect(isLater(null, r('2024-01-01', '2024-01-31'))).toBe(false);
    expect(isLater(r('2024-01-01', '2024-01-31'), null)).toBe(false);
  });
});

describe('rangeLabel', () => {
  it.each([
    [{ text: '6월', from: '2024-06-01', to: '2024-06-30' }, '2024-06-01..2024-06-30'],
    [{ text: '6월 3일', from: '2024-06-03', to: '2024-06-03' }, '2024-06-03'],
    [null, ''],
  ])('%j -> %s', (range, expected) => {
    expect(rangeLabel(range)).toBe(expected);
  });
});
