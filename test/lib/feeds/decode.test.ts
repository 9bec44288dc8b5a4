import iconv from 'iconv-lite';
import { decodeFeedBytes, looksKorean } from '../../../lib/feeds/decode';

describe('decodeFeedBytes', () => {
  it('keeps the CP949 guess for undeclared Korean bytes', () => {
    const text = '<rss><title>용인 반도체 클러스터 착공, 똠방각하 쓩</title></rss>';
    expect(decodeFeedBytes(iconv.encode(text, 'cp949'))).toBe(text);
  });

  it.each([
    ['<rss><title>Notícias</title></rss>'],
    ['<rss><title>Ibope: simulações de 2º turno, inquérito aberto</title></rss>'],
    ['<rss><title>Zürich start-up opens café — München</title></rss>'.replace('—', '-')],
  ])('reads undeclared Latin-1 bytes as Windows-1252: %s', (text) => {
    expect(decodeFeedBytes(iconv.encode(text, 'latin1'))).toBe(text);
  });

  it('does not second-guess a declared charset', () => {
    const text = '<?xml version="1.0" encoding="euc-kr"?><rss><title>년</title></rss>';
    expect(decodeFeedBytes(iconv.encode(text, 'cp949'))).toBe(text);
  });
});

describe('looksKorean', () => {
  it('is true for EUC-KR text and false for Latin-1 text', () => {
    expect(looksKorean(iconv.encode('새만금 이차전지 소재 공장 건립 계획 잠정 보류', 'cp949'))).toBe(true);
    expect(looksKorean(iconv.encode('Promotoria abre inquérito para apurar suspeita de improbidade', 'latin1'))).toBe(false);
  });
});
