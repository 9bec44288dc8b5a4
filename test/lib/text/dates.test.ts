import { InputError } from '../../../lib/core/errors';
import { localDay, parseLooseDate, zoneOffsetMinutes } from '../../../lib/text/dates';

const KST = { defaultOffset: '+09:00' };

describe('parseLooseDate', () => {
  it.each([
    // RFC 822 / 1123 as RSS writes it, with numeric and obsolete named zones
    ['Fri, 24 Nov 2023 14:05:00 +0900', {}, '2023-11-24T05:05:00.000Z'],
    ['Fri, 24 Nov 2023 14:05:00 KST', {}, '2023-11-24T05:05:00.000Z'],
    ['Fri, 24 Nov 2023 09:15:00 EST', {}, '2023-11-24T14:15:00.000Z'],
    ['Fri, 24 Nov 2023 09:15:00 EDT', {}, '2023-11-24T13:15:00.000Z'],
    ['Fri, 24 Nov 2023 05:05:00 GMT', {}, '2023-11-24T05:05:00.000Z'],
    ['Fri, 24 Nov 2023 05:05:00 UT', {}, '2023-11-24T05:05:00.000Z'],
    ['Fri, 08 Jul 2016 13:40:00 UTC', {}, '2016-07-08T13:40:00.000Z'],
    ['Fri, 24 Nov 2023 14:05 +09:00', {}, '2023-11-24T05:05:00.000Z'],
    ['24 Nov 2023 14:05:00 +0900', {}, '2023-11-24T05:05:00.000Z'],
    // obsolete forms: two-digit year, time without a colon
    ['03 Apr 02 1500 GMT', {}, '2002-04-03T15:00:00.000Z'],
    ['Sat, 24 Nov 99 10:00:00 GMT', {}, '1999-11-24T10:00:00.000Z'],
    // localised names (Brazilian feeds) and a zone-less RFC date read in the default zone
    ['Seg, 24 Set 2018 19:42:40 -0300', {}, '2018-09-24T22:42:40.000Z'],
    ['Fri, 24 Nov 2023 14:05:00', KST, '2023-11-24T05:05:00.000Z'],
    // ISO 8601 / RFC 3339
    ['2023-11-24T14:05:00+09:00', {}, '2023-11-24T05:05:00.000Z'],
    ['2023-11-24T05:05:00Z', {}, '2023-11-24T05:05:00.000Z'],
    ['2016-06-03T07:38:00.000-07:00', {}, '2016-06-03T14:38:00.000Z'],
    ['2023-11-24T14:05:00.123456+0900', {}, '2023-11-24T05:05:00.123Z'],
    ['20231124T140500Z', {}, '2023-11-24T14:05:00.000Z'],
    ['2023-11-24T14:05:00', KST, '2023-11-24T05:05:00.000Z'],
    ['2023-11-24', KST, '2023-11-23T15:00:00.000Z'],
    ['2023-11-24', {}, '2023-11-24T00:00:00.000Z'],
    // Korean CMS and portal forms, zone-less: read in KST
    ['2023-11-24 14:05', KST, '2023-11-24T05:05:00.000Z'],
    ['2023-11-24 14:05:26', KST, '2023-11-24T05:05:26.000Z'],
    ['2023.11.24 14:05', KST, '2023-11-24T05:05:00.000Z'],
    ['2023. 11. 24. 14:05', KST, '2023-11-24T05:05:00.000Z'],
    ['2023/11/24 14:05', KST, '2023-11-24T05:05:00.000Z'],
    ['2023.11.24(금) 14:05', KST, '2023-11-24T05:05:00.000Z'],
    ['2023년 11월 24일 오후 2:05', KST, '2023-11-24T05:05:00.000Z'],
    ['2023년 11월 24일 (금) 오전 9:30', KST, '2023-11-24T00:30:00.000Z'],
    ['2023년 11월 24일 14시 5분', KST, '2023-11-24T05:05:00.000Z'],
    ['2023년 11월 24일', KST, '2023-11-23T15:00:00.000Z'],
    ['2023. 11. 24. 오전 12:30', KST, '2023-11-23T15:30:00.000Z'],
    ['2023. 11. 24. 오후 12:30', KST, '2023-11-24T03:30:00.000Z'],
    // labelled strings from article pages: the first date wins
    ['입력 : 2023-11-24 오후 2:05:26', KST, '2023-11-24T05:05:26.000Z'],
    ['기사입력 2023.11.24 14:05 | 최종수정 2023.11.25 09:00', KST, '2023-11-24T05:05:00.000Z'],
    ['승인 2023.11.24 14:05', { defaultOffset: 'KST' }, '2023-11-24T05:05:00.000Z'],
    // IANA zone names apply daylight saving for the date in question
    ['2023-07-01 12:00', { defaultOffset: 'Europe/Berlin' }, '2023-07-01T10:00:00.000Z'],
    ['2023-12-01 12:00', { defaultOffset: 'Europe/Berlin' }, '2023-12-01T11:00:00.000Z'],
    ['2023.11.24 14:05', { defaultOffset: 'Asia/Seoul' }, '2023-11-24T05:05:00.000Z'],
    // English prose dates
    ['November 24, 2023', {}, '2023-11-24T00:00:00.000Z'],
    ['Nov. 24, 2023, 2:05 p.m. EST', {}, '2023-11-24T19:05:00.000Z'],
    ['Friday, November 24, 2023 at 2:05 PM', KST, '2023-11-24T05:05:00.000Z'],
    ['24 November 2023', {}, '2023-11-24T00:00:00.000Z'],
    ['Wed Nov 24 2023 14:05:00 GMT+0900 (Korean Standard Time)', {}, '2023-11-24T05:05:00.000Z'],
    // day.month.year and unambiguous slashes
    ['24.11.2023 14:05', { defaultOffset: '+01:00' }, '2023-11-24T13:05:00.000Z'],
    ['11/24/2023', {}, '2023-11-24T00:00:00.000Z'],
    ['24/11/2023', {}, '2023-11-24T00:00:00.000Z'],
    // full-width digits from some Korean pages
    ['２０２３年11月24日', KST, null],
    ['２０２３년 １１월 ２４일', KST, '2023-11-23T15:00:00.000Z'],
    // Unix time
    ['1700802300', {}, '2023-11-24T05:05:00.000Z'],
  ])('%s %j -> %s', (text, options, expected) => {
    expect(parseLooseDate(text, options)).toBe(expected);
  });

  it.each([
    // not dates, or dates that do not exist
    ['soon'],
    ['미정'],
    ['2023-02-30'],
    ['2023-13-01'],
    ['2023-11-24 25:00'],
    ['Fri, 32 Nov 2023 10:00:00 GMT'],
    // ambiguous day/month order is refused rather than guessed
    ['03/04/2023'],
    // outside the range news can have
    ['1899-12-31'],
    ['9999-12-31'],
    // version numbers and phone numbers are not dates
    ['v1.2.3'],
    ['02-1234-5678'],
    // relative ages without a reference time
    ['3시간 전'],
    [''],
    [null],
    [undefined],
  ])('%p -> null', (text) => {
    expect(parseLooseDate(text, KST)).toBeNull();
  });

  describe('relative ages with `now`', () => {
    const now = '2023-11-24T05:05:00Z';
    it.each([
      ['3시간 전', '2023-11-24T02:05:00.000Z'],
      ['15분 전', '2023-11-24T04:50:00.000Z'],
      ['2일 전', '2023-11-22T05:05:00.000Z'],
      ['방금 전', '2023-11-24T05:05:00.000Z'],
      ['2 hours ago', '2023-11-24T03:05:00.000Z'],
      ['an hour ago', '2023-11-24T04:05:00.000Z'],
      // "yesterday 14:05" is the calendar day before today on the source's clock (KST here)
      ['어제 14:05', '2023-11-23T05:05:00.000Z'],
      ['오늘 오전 9:00', '2023-11-24T00:00:00.000Z'],
      ['yesterday', '2023-11-23T05:05:00.000Z'],
    ])('%s -> %s', (text, expected) => {
      expect(parseLooseDate(text, { ...KST, now })).toBe(expected);
    });

    it('an absolute date wins over `now`', () => {
      expect(parseLooseDate('2023-11-20 10:00', { ...KST, now })).toBe('2023-11-20T01:00:00.000Z');
    });
  });

  it('rejects an unknown default zone with a typed error', () => {
    expect(() => parseLooseDate('2023-11-24 14:05', { defaultOffset: 'Mars/Olympus' })).toThrow(InputError);
  });
});

describe('zoneOffsetMinutes', () => {
  it.each([
    ['+09:00', 540],
    ['+0900', 540],
    ['-05:00', -300],
    ['Z', 0],
    ['UTC', 0],
    ['KST', 540],
    ['pst', -480],
    ['GMT+9', 540],
    ['Asia/Seoul', null],
    ['+25:00', null],
  ])('%s -> %p', (spec, minutes) => {
    expect(zoneOffsetMinutes(spec)).toBe(minutes);
  });
});

describe('parseLooseDate fast path (strict RFC 822 and ISO 8601 shapes)', () => {
  it.each([
    ['Tue, 14 May 2024 09:00:00 +0900', '2024-05-14T00:00:00.000Z'],
    ['Tue, 14 May 2024 09:00:00 GMT', '2024-05-14T09:00:00.000Z'],
    ['Mon, 01 Jan 2024 00:30:00 -0500', '2024-01-01T05:30:00.000Z'],
    ['2024-05-14T09:00:00+09:00', '2024-05-14T00:00:00.000Z'],
    ['2024-05-14T09:00:00.123Z', '2024-05-14T09:00:00.123Z'],
    ['2024-02-29T23:59:59-01:00', '2024-03-01T00:59:59.000Z'],
    // Impossible calendar days must not roll over into the next month.
    ['Tue, 31 Feb 2023 10:00:00 +0900', null],
    ['2023-02-30T10:00:00Z', null],
    // Outside the years news is dated in.
    ['2150-01-01T00:00:00Z', null],
  ])('%s', (input, expected) => {
    expect(parseLooseDate(input)).toBe(expected);
  });
});

describe('localDay', () => {
  it.each([
    ['2023-11-23T15:30:00Z', 'ko', '2023-11-24'],
    ['2023-11-23T15:30:00Z', 'en', '2023-11-23'],
    ['2023-12-31T14:59:59Z', 'ko', '2023-12-31'],
    ['2023-12-31T15:00:00Z', 'ko', '2024-01-01'],
  ] as const)('%s in %s is %s', (iso, lang, day) => {
    expect(localDay(iso, lang)).toBe(day);
  });
});
