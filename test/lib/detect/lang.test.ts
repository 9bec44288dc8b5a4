import { countScripts, detectLang, hangulShare } from '../../../lib/detect/lang';

describe('detectLang', () => {
  it.each<[string, 'ko' | 'en']>([
    ['카카오가 안산 데이터센터를 준공했다', 'ko'],
    ['SK하이닉스가 HBM4 양산을 위해 M15X 팹을 가동했다', 'ko'],
    ['삼성전자, 美 텍사스 테일러 팹 2026년 가동', 'ko'],
    ['NVIDIA·TSMC·ASML 등 AI 반도체 밸류체인 점검', 'ko'],
    ['Samsung broke ground on its new fab in Pyeongtaek', 'en'],
    ['Samsung broke ground on its 삼성 plant', 'en'],
    ['Kakao (카카오) opened its Ansan data center on Tuesday.', 'en'],
    ['Apple, iPhone 16 출시', 'ko'],
    ['Kakao opened its Ansan data center', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('lets the fallback decide a text between the clear shares', () => {
    const gloss = 'SK hynix said the Yongin cluster (용인 반도체 클러스터) will open in 2027.';
    expect(detectLang(gloss, 'en')).toBe('en');
    expect(detectLang('Kakao said its Ansan data center (카카오 데이터센터 안산) opened on Tuesday.', 'en')).toBe('en');
    expect(detectLang('Apple, iPhone 16 출시', 'en')).toBe('en');
    expect(detectLang('Apple, iPhone 16 출시', 'ko')).toBe('ko');
    expect(detectLang('카카오가 안산 데이터센터를 준공했다', 'en')).toBe('ko');
    expect(detectLang('Samsung broke ground on its new fab', 'ko')).toBe('en');
  });

  it('falls back when the text has no letters', () => {
    expect(detectLang('2025.03.05 12:00', 'ko')).toBe('ko');
    expect(detectLang('')).toBe('en');
  });

  it('ignores digits and punctuation', () => {
    expect(countScripts('SK하이닉스 HBM4, 2025!')).toEqual({ hangul: 4, latin: 5 });
  });

  it('weighs a Hangul syllable against three Latin letters', () => {
    expect(hangulShare('가나다')).toBe(1);
    expect(hangulShare('abc')).toBe(0);
    expect(hangulShare('가abc')).toBeCloseTo(0.5);
    expect(hangulShare('...')).toBe(0);
  });
});
