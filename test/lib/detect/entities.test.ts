/**
 * Entities: watchlist aliases (longest wins, word edges, particles), discovered projects and
 * organisations, class nouns, and project identity across an article.
 */
import { ArticleEntities, createEntityIndex, findMentions, keyTokens } from '../../../lib/detect/entities';
import type { Mention } from '../../../lib/detect/entities';
import { discoveredProjectId, normaliseName } from '../../../lib/detect/normalize';
import { WATCHLIST } from './helpers';

const index = createEntityIndex(WATCHLIST);
const lang = (text: string): 'ko' | 'en' => (/[가-힣]/.test(text) ? 'ko' : 'en');
const mentions = (text: string): Mention[] => findMentions(index, text, lang(text));
const ids = (text: string): string[] => mentions(text).filter((m) => m.source === 'alias' || m.source === 'org').map((m) => m.id);

describe('watchlist aliases', () => {
  it.each([
    ['카카오는 시흥 제2데이터센터를 짓는다', ['kakao', 'kakao-siheung-dc']],
    ['제2데이터센터 건립이 무산됐다', ['kakao-siheung-dc']],
    ['안산데이터센터가 문을 열었다', ['kakao-ansan-dc']], // spaces inside an alias are optional
    ['Naver opened Gak Sejong', ['naver', 'naver-gak-sejong']],
    ['NAVER and Kakao', ['naver', 'kakao']],
    ['OpenAI released GPT-5', ['openai', 'openai-gpt5']],
    ['오픈AI가 GPT-5를 공개했다', ['openai', 'openai-gpt5']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['메타버스 플랫폼이 인기다', 'meta'], // 메타 inside 메타버스
    ['카카오뱅크가 상장했다', 'kakao'], // another company
    ['KTX 열차가 지연됐다', 'kt'], // KT inside KTX
    ['a meta-analysis of studies', 'meta'], // lower case is not the company
    ['GPT-5.1 was released', 'openai-gpt5'], // a different version
    ['ms per request', 'microsoft'], // "MS" must be capitals
  ])('%s does not name %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('keeps the particle of a Korean mention', () => {
    const [m] = mentions('카카오는 발표했다');
    expect(m).toMatchObject({ id: 'kakao', particle: '는', text: '카카오' });
  });
});

describe('discovered projects and organisations', () => {
  it('names a Korean project phrase with its owner from a company-name ending', () => {
    const found = mentions('삼성바이오로직스 송도 5공장이 착공했다');
    expect(found.find((m) => m.source === 'org')).toMatchObject({ id: '삼성바이오로직스', discovered: true });
    expect(found.find((m) => m.source === 'phrase')).toMatchObject({ name: '송도 5공장', family: 'plant', org: '삼성바이오로직스' });
  });

  it('finds an owner from a stock code and a project with 제N', () => {
    const found = mentions('한빛(123456)은 평택 제3공장을 준공했다');
    expect(found.find((m) => m.source === 'org')?.id).toBe('한빛');
    expect(found.find((m) => m.source === 'phrase')?.name).toBe('평택 제3공장');
  });

  it('names an English phrase by its capitalised words or by its place', () => {
    expect(mentions("Micron broke ground on its Clay fab").find((m) => m.source === 'phrase')?.name).toBe('Clay fab');
    expect(mentions('Rapidus will build a new fab in Chitose, Hokkaido').find((m) => m.source === 'phrase')?.name).toBe('new fab in Chitose');
  });

  it('takes an appositive name: "Intuit Dome, the Clippers\' new arena"', () => {
    expect(mentions("Intuit Dome, the Clippers' new arena, opened").find((m) => m.source === 'phrase')?.name).toBe('Intuit Dome');
  });

  it('takes the name after a Korean head noun: "AI 모델 카나나를"', () => {
    expect(mentions('카카오는 AI 모델 카나나를 공개했다').find((m) => m.source === 'phrase')?.name).toBe('카나나');
  });

  it('a parenthesised Latin alias names a model: 하이퍼클로바(HCX)', () => {
    expect(mentions('네이버는 하이퍼클로바(HCX)를 선보였다').find((m) => m.source === 'phrase')?.name).toBe('하이퍼클로바');
  });

  it.each([
    ['전국 데이터센터 착공이 지연되고 있다'],
    ['데이터센터들이 늘고 있다'],
    ['국내 배터리 3사의 북미 공장 가운데 4곳이 가동을 늦췄다'],
    ['Three data centers were delayed'],
    ['data center industry growth slowed'],
  ])('a class noun names no project: %s', (text) => {
    const found = mentions(text);
    expect(found.some((m) => m.source === 'generic')).toBe(true);
    expect(found.some((m) => m.source === 'phrase')).toBe(false);
  });

  it('a head right after a watchlist alias is part of it ("용인 반도체 클러스터 1기 팹")', () => {
    const found = mentions('SK하이닉스는 용인 반도체 클러스터 1기 팹 기공식을 열었다');
    expect(found.filter((m) => m.source === 'alias').map((m) => m.id)).toEqual(['skhynix-yongin-cluster']);
    expect(found.some((m) => m.source === 'phrase')).toBe(false);
  });
});

describe('ArticleEntities: one project, one id, across the article', () => {
  it('resolves a full name, a shorter one and a bare head noun to the same watchlist project', () => {
    const article = new ArticleEntities(index);
    const resolved = ['카카오 시흥 제2데이터센터 무산', '제2데이터센터는 2020년 발표됐다', '데이터센터는 결국 무산됐다'].map((s) => article.resolve(mentions(s)).map((m) => m.id));
    expect(resolved).toEqual([['kakao-siheung-dc'], ['kakao-siheung-dc'], ['kakao-siheung-dc']]);
  });

  it('gives a discovered project a stable id and resolves later mentions to it', () => {
    const article = new ArticleEntities(index);
    const first = article.resolve(mentions('삼성바이오로직스 송도 5공장이 착공했다'));
    const second = article.resolve(mentions('5공장은 2025년 완공된다'));
    const third = article.resolve(mentions('이 공장은 바이오의약품을 만든다'));
    expect(first.map((m) => m.id)).toEqual(['삼성바이오로직스:송도5공장']);
    expect(second.map((m) => m.id)).toEqual(['삼성바이오로직스:송도5공장']);
    expect(third.map((m) => m.id)).toEqual(['삼성바이오로직스:송도5공장']);
    expect(first[0]).toMatchObject({ discovered: true, org: '삼성바이오로직스' });
  });

  it('a bare head noun refers to the most recent project of its kind, not of another kind', () => {
    const article = new ArticleEntities(index);
    article.resolve(mentions('카카오 안산 데이터센터가 준공됐다'));
    article.resolve(mentions('코GPT 2.0 출시는 늦어졌다'));
    expect(article.resolve(mentions('데이터센터는 내년에 가동된다')).map((m) => m.id)).toEqual(['kakao-ansan-dc']);
    expect(article.resolve(mentions('the model will ship later')).map((m) => m.id)).toEqual(['kakao-kogpt']);
  });

  it('a bare head noun with nothing before it resolves to nothing', () => {
    const article = new ArticleEntities(index);
    expect(article.resolve(mentions('데이터센터는 결국 무산됐다'))).toEqual([]);
  });

  it('"안산 센터" stands for the known 안산 데이터센터, never for a new project', () => {
    const article = new ArticleEntities(index);
    article.resolve(mentions('카카오 시흥 제2데이터센터 무산'));
    expect(article.resolve(mentions('안산 센터는 내년 가동')).map((m) => m.id)).toEqual(['kakao-ansan-dc']);
    expect(new ArticleEntities(index).resolve(mentions('물류 센터는 내년 가동'))).toEqual([]);
  });
});

describe('names and ids', () => {
  it.each([
    ['시흥 제2 데이터센터', '시흥제2데이터센터'],
    ['Kakao Data Center (Ansan)', 'kakaodatacenteransan'],
    ['ＧＰＴ－５', 'gpt5'],
  ])('normaliseName(%s) = %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('builds discovered ids from the owner and the name', () => {
    expect(discoveredProjectId('samsung', '평택 P5 라인')).toBe('samsung:평택p5라인');
    expect(discoveredProjectId(null, 'Abilene data center')).toBe('unknown:abilenedatacenter');
  });

  it('key tokens leave out describing words and head nouns', () => {
    expect(keyTokens('Richland Parish 2-gigawatt data center')).toEqual(['richland', 'parish']);
    expect(keyTokens('국가 AI 데이터센터')).toEqual([]);
    expect(keyTokens('AI data center in Ulsan')).toEqual(['ulsan']);
  });
});
