import type { JsonLdArticle } from '../../../lib/extract/json-ld';
import { type TitleSources, chooseTitle } from '../../../lib/extract/title';

function sources(partial: Partial<Omit<TitleSources, 'meta'>> & { meta?: Record<string, string> }): TitleSources {
  return {
    meta: new Map(Object.entries(partial.meta ?? {})),
    jsonLd: partial.jsonLd ?? [],
    titleTag: partial.titleTag ?? '',
    h1s: partial.h1s ?? [],
    h2s: partial.h2s ?? [],
    url: partial.url,
  };
}

describe('chooseTitle', () => {
  it.each<[string, Parameters<typeof sources>[0], string]>([
    ['og:title that names the site in og:site_name', { meta: { 'og:title': 'AI 데이터센터 착공 | 테크데일리', 'og:site_name': '테크데일리' } }, 'AI 데이터센터 착공'],
    ['<title> with " - 사이트명" ending like a newspaper', { titleTag: '삼성, 평택 4라인 착공 - 전자신문' }, '삼성, 평택 4라인 착공'],
    ['<title> with " :: 블로그명" cut to the <h1>', { titleTag: 'LLM 후기 :: 개발하는 곰', h1s: ['LLM 후기'] }, 'LLM 후기'],
    ['Korean CMS breadcrumb "< 섹션 < 기사본문 - 사이트"', { titleTag: '누리랩스, 모델 공개 < 인공지능 < 기사본문 - 테크투데이' }, '누리랩스, 모델 공개'],
    ['the site name before the headline', { titleTag: '산업경제일보 - 액침냉각 데이터센터 가동', meta: { 'og:site_name': '산업경제일보' } }, '액침냉각 데이터센터 가동'],
    ['the host name as the site', { titleTag: 'Chip plant delayed | Globalwire', url: 'https://www.globalwire.example/tech/1' }, 'Chip plant delayed'],
    ['JSON-LD headline before og:title', { jsonLd: [{ type: 'NewsArticle', headline: 'Vision Pro hands-on: a Retina moment' }], meta: { 'og:title': 'Vision Pro is a Retina moment' } }, 'Vision Pro hands-on: a Retina moment'],
    ['a blog: <h1> is the blog, <h2> the post', { titleTag: 'Why we said yes – Notes from the Valley', h1s: ['Notes from the Valley'], h2s: ['Why we said yes'] }, 'Why we said yes'],
    ['a home-page og:title equal to the site name is skipped', { meta: { 'og:title': 'Tech Daily', 'og:site_name': 'Tech Daily' }, titleTag: 'Fab opens in Ohio | Tech Daily' }, 'Fab opens in Ohio'],
    ['no title anywhere but an <h1>', { h1s: ['Only a heading'] }, 'Only a heading'],
    ['a truncated JSON-LD headline gives way to og:title', { jsonLd: [{ type: 'NewsArticle', headline: '코리아파운드리, 2나노 시험…' }], meta: { 'og:title': '코리아파운드리, 2나노 시험 생산 돌입' } }, '코리아파운드리, 2나노 시험 생산 돌입'],
    ['og:title escaped twice', { meta: { 'og:title': 'Samsung&#039;s fab &amp;amp; more' } }, "Samsung's fab &amp; more"],
  ])('%s', (_why, input, expected) => {
    expect(chooseTitle(sources(input))).toBe(expected);
  });

  it.each<[string, Parameters<typeof sources>[0], string]>([
    ['a colon subtitle', { meta: { 'og:title': 'Zimbabwe coup: Mugabe insists on finishing his term' } }, 'Zimbabwe coup: Mugabe insists on finishing his term'],
    ['a hyphenated name', { titleTag: 'SK-Hynix and LG-Display sign supply deal' }, 'SK-Hynix and LG-Display sign supply deal'],
    ['a dash inside the headline with no site evidence', { meta: { 'og:title': 'Data centers - a thirsty business' } }, 'Data centers - a thirsty business'],
    ['the headline when only a section heading repeats a part', { titleTag: 'Fab delayed again as costs rise | Technology | Tech Daily', h2s: ['Technology'], meta: { 'og:site_name': 'Tech Daily' } }, 'Fab delayed again as costs rise | Technology'],
    ['"[단독]" at the start', { meta: { 'og:title': '[단독] AI 반도체 실증 1년 연기', 'og:site_name': '디지털경제' } }, '[단독] AI 반도체 실증 1년 연기'],
  ])('keeps %s', (_why, input, expected) => {
    expect(chooseTitle(sources(input))).toBe(expected);
  });

  it('reads the publisher of JSON-LD as a site name', () => {
    const jsonLd: JsonLdArticle[] = [{ type: 'WebPage', publisher: '바이트뉴스' }];
    expect(chooseTitle(sources({ jsonLd, titleTag: '딥칩스 투자 유치 | 바이트뉴스' }))).toBe('딥칩스 투자 유치');
  });
});
