import { detectLang, hangulShare } from '../../../lib/extract/lang';

const KO = '삼성전자가 경기 평택캠퍼스에 새 반도체 생산라인을 짓는다고 24일 밝혔다. 투자 규모는 30조원이다.';
const EN = 'The Seoul Metropolitan Government approved a plan on Friday to build a data center campus in Gasan-dong.';

describe('detectLang', () => {
  it.each<[string, Parameters<typeof detectLang>[0], 'ko' | 'en']>([
    ['Korean text, nothing declared', { declared: [], text: KO }, 'ko'],
    ['English text under a template that says ko', { declared: ['ko'], text: EN }, 'en'],
    ['Korean text under a template that says en', { declared: ['en-US'], text: KO }, 'ko'],
    ['Korean text with English names in it', { declared: [], text: `${KO} HBM3E, SK hynix, TSMC, NVIDIA H100.` }, 'ko'],
    ['little text: the declaration decides (ko-KR)', { declared: ['ko-KR'], text: 'AI' }, 'ko'],
    ['little text: og:locale ko_KR', { declared: [undefined, 'ko_KR'], text: 'GPU' }, 'ko'],
    ['little text: another language declared', { declared: ['fr'], text: 'Paris' }, 'en'],
    ['nothing at all: the default', { declared: [], text: '', defaultLang: 'ko' }, 'ko'],
    ['nothing at all, no default', { declared: [], text: '' }, 'en'],
  ])('%s', (_why, input, expected) => {
    expect(detectLang(input)).toBe(expected);
  });
});

describe('hangulShare', () => {
  it('counts Hangul among letters only', () => {
    expect(hangulShare('삼성 HBM, 2024!')).toEqual({ share: 2 / 5, letters: 5 });
  });
});
