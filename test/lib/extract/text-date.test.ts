import { KST, findBylineDate, findPublishedInText, normaliseDateText } from '../../../lib/extract/text-date';

describe('findBylineDate', () => {
  it.each([
    ['입력 : 2023-11-24 오후 2:05:26', '2023-11-24T05:05:26.000Z'],
    ['기사입력 2023.11.24 14:05', '2023-11-24T05:05:00.000Z'],
    ['승인 2023.11.24 14:05', '2023-11-24T05:05:00.000Z'],
    ['등록 2023-11-24 14:05 / 수정 2023-11-25 09:00', '2023-11-24T05:05:00.000Z'],
    ['입력 2023.11.24. 오후 2:05', '2023-11-24T05:05:00.000Z'],
    ['[입력 2023.11.24 14:05]', '2023-11-24T05:05:00.000Z'],
    ['송고2023-11-24 14:05', '2023-11-24T05:05:00.000Z'],
    ['발행일 : 2023-11-24 14:05', '2023-11-24T05:05:00.000Z'],
    ['입력 2023.11.24 (14:05) 수정 2023.11.24 (21:30)', '2023-11-24T05:05:00.000Z'],
    ['최종수정 2023.11.25 09:00 | 최초입력 2023.11.24 14:05', '2023-11-24T05:05:00.000Z'],
  ])('%s', (text, expected) => {
    expect(findBylineDate(`홍길동 기자 | ${text} | 본문`, KST)).toBe(expected);
  });

  it.each([
    ['Published: November 24, 2023', '2023-11-24T00:00:00.000Z'],
    ['Posted on Nov 24, 2023 2:05 PM', '2023-11-24T14:05:00.000Z'],
    ['Published : 2023-11-24 14:05', '2023-11-24T14:05:00.000Z'],
  ])('%s (UTC default)', (text, expected) => {
    expect(findBylineDate(text, 'Z')).toBe(expected);
  });

  it.each([
    ['수정 2023.11.25 09:00'],
    ['회원 정보를 입력하면 2023년까지 혜택을 준다'],
    ['등록 3건, 승인 대기 5건'],
    ['no date here'],
  ])('finds nothing in %s', (text) => {
    expect(findBylineDate(text, KST)).toBeNull();
  });
});

describe('findPublishedInText', () => {
  it('reads Korean text in KST and English text in UTC', () => {
    expect(findPublishedInText('제목\n기사입력 2023.11.24 14:05\n본문', 'ko')).toBe('2023-11-24T05:05:00.000Z');
    expect(findPublishedInText('Title\nPublished: 2023-11-24 14:05\nBody', 'en')).toBe('2023-11-24T14:05:00.000Z');
  });
});

describe('normaliseDateText', () => {
  it.each([
    ['20231124140503', '2023-11-24 14:05:03'],
    ['202311241405', '2023-11-24 14:05:00'],
    ['20231124', '2023-11-24'],
    ['2023.11.24 (14:05)', '2023.11.24  14:05'],
    ['2023-11-24T14:05:00+09:00', '2023-11-24T14:05:00+09:00'],
    ['1700806365', '1700806365'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseDateText(input)).toBe(expected);
  });
});
