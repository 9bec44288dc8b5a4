import iconv from 'iconv-lite';
import { InputError } from '../../../lib/core/errors';
import { extractArticle } from '../../../lib/extract';

const P1 = '한빛클라우드가 세종시에 지은 인공지능 전용 데이터센터의 가동을 시작했다고 24일 밝혔다. 회사는 2021년 착공 이후 약 2년 8개월 만에 1단계 공사를 마쳤다.';
const P2 = '센터가 쓰는 전력은 최대 270메가와트로, 인근 변전소에서 전용 선로로 끌어온다. 냉각에는 바깥 공기를 그대로 쓰는 방식과 액체 냉각을 함께 적용했다.';
const P3 = '2단계 증설 공사는 내년 상반기 착공할 계획이다. 증설이 끝나면 전체 서버 수용 규모는 지금의 두 배로 늘어난다고 회사는 설명했다.';
const EN1 = 'Norwegian data center developer Nordlys Data has started construction of a 120MW campus near Narvik, the company said this week, after a year of planning.';
const EN2 = 'The first 30MW phase is expected to be ready for service in the third quarter of 2025, with the remaining capacity to follow in stages as customers sign on.';

function page(head: string, body: string, lang = 'ko'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('extractArticle', () => {
  it('decodes EUC-KR bytes using the Content-Type charset', () => {
    const html = page('<title>세종 데이터센터 가동 - 테크신문</title>', `<div id="articleBody"><p>${P1}</p><p>${P2}</p></div>`);
    const bytes = iconv.encode(html.replace('utf-8', 'euc-kr'), 'cp949');
    const article = extractArticle(new Uint8Array(bytes), { contentType: 'text/html; charset=EUC-KR' });
    expect(article.title).toBe('세종 데이터센터 가동');
    expect(article.text).toBe(`${P1}\n\n${P2}`);
    expect(article.lang).toBe('ko');
  });

  it('rejects input that is neither text nor bytes', () => {
    expect(() => extractArticle(42 as unknown as string)).toThrow(InputError);
  });

  it('returns empty values for an empty page, in the default language', () => {
    expect(extractArticle('', { defaultLang: 'ko' })).toEqual({ title: '', publishedAt: null, lang: 'ko', text: '' });
    expect(extractArticle('<html><body></body></html>')).toEqual({ title: '', publishedAt: null, lang: 'en', text: '' });
  });

  it('finds a <br>-separated Korean body in an unnamed div and drops the boxes inside it', () => {
    const html = page(
      '<title>데이터센터 가동</title>',
      `<div class="menu"><a href="/1">정치</a> <a href="/2">경제</a> <a href="/3">사회</a></div>
       <div class="cnt">${P1}<br><br><div class="relation"><a href="/a">관련 기사 하나</a><a href="/b">관련 기사 둘</a></div>
       ${P2}<br><br><div class="ad_box">광고</div>${P3}<br><br>이하늘 기자 sky@news.example</div>
       <div class="foot">회사소개 | 광고문의 | 개인정보처리방침</div>`,
    );
    expect(extractArticle(html).text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it('keeps headings and list items of the article, but not a heading that repeats the title', () => {
    const html = page(
      '<meta property="og:title" content="Nordlys breaks ground">',
      `<article><h1>Nordlys breaks ground</h1><p>${EN1}</p><h2>What comes next</h2><ul><li>Phase one in 2025</li><li>Heat for a fish farm</li></ul><p>${EN2}</p></article>`,
      'en',
    );
    expect(extractArticle(html).text).toBe(`${EN1}\n\nWhat comes next\n\nPhase one in 2025\n\nHeat for a fish farm\n\n${EN2}`);
  });

  it('scores the page instead of taking one teaser when a listing has many <article>s', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<article><h2><a href="/s/${i}">Story ${i}</a></h2><p>A short teaser for story number ${i} that runs for a line or two of text.</p></article>`).join('');
    const article = extractArticle(page('<title>Latest</title>', `<main>${teasers}</main>`, 'en'));
    expect(article.text).toContain('story number 0');
    expect(article.text).toContain('story number 5');
  });

  describe('publication date', () => {
    const body = `<div id="articleBody"><p>${P1}</p><p>${P2}</p></div>`;
    it.each([
      ['JSON-LD article before meta', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-24T14:05:00+09:00"}</script><meta property="article:published_time" content="2023-11-01T00:00:00Z">', body, '2023-11-24T05:05:00.000Z'],
      ['meta before a JSON-LD WebPage', '<script type="application/ld+json">{"@type":"WebPage","datePublished":"2020-01-01"}</script><meta property="article:published_time" content="2023-11-24T14:05:00+09:00">', body, '2023-11-24T05:05:00.000Z'],
      ['zone-less meta in KST on a Korean page', '<meta property="article:published_time" content="2023-11-24T14:05:00">', body, '2023-11-24T05:05:00.000Z'],
      ['itemprop datePublished on an element', '', `<span itemprop="datePublished" content="2023-11-24T14:05:00+09:00">2023.11.24</span>${body}`, '2023-11-24T05:05:00.000Z'],
      ['<time> next to the story, not the header clock', '', `<div class="top"><time datetime="2023-11-28">오늘</time></div><div class="wrap"><div class="info"><time datetime="2023-11-24T14:05:00+09:00">11.24</time></div>${body}</div>`, '2023-11-24T05:05:00.000Z'],
      ['a byline in the text', '', `<div class="info">기사입력 2023.11.24 14:05</div>${body}`, '2023-11-24T05:05:00.000Z'],
      ['no date: the footer registration date is not one', '', `${body}<div id="footer">등록일 : 2009.10.01 | 발행인 홍길동</div>`, null],
    ])('%s', (_why, head, html, expected) => {
      expect(extractArticle(page(head, html)).publishedAt).toBe(expected);
    });

    it('reads zone-less times of an English edition of a Korean site in KST', () => {
      const html = page('<title>Data center approved</title>', `<div class="date">Published : 2023-11-24 14:05</div><div class="news_text"><p>${EN1}</p><p>${EN2}</p></div>`, 'ko');
      const article = extractArticle(html);
      expect(article.lang).toBe('en');
      expect(article.publishedAt).toBe('2023-11-24T05:05:00.000Z');
    });

    it('reads them in UTC on an English site', () => {
      const html = page('<title>Data center approved</title>', `<div class="date">Published : 2023-11-24 14:05</div><div class="entry-content"><p>${EN1}</p><p>${EN2}</p></div>`, 'en');
      expect(extractArticle(html).publishedAt).toBe('2023-11-24T14:05:00.000Z');
    });
  });

  it('falls back to the JSON-LD articleBody when the page is a script-rendered shell', () => {
    const story = [EN1, EN2, 'The site will draw power from the regional hydroelectric grid and use outside air for cooling for most of the year.', 'Financing for the first phase comes from a group of Nordic pension funds, the company said.'];
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Nordlys breaks ground', articleBody: story.join('\n') });
    const html = page(`<script type="application/ld+json">${ld}</script>`, '<div id="root"><p>Loading…</p></div><script src="/app.js"></script>', 'en');
    expect(extractArticle(html).text).toBe(story.join('\n\n'));
  });

  it('survives pages that nest thousands of unclosed tags', () => {
    const depth = 5000;
    const html = `<html><body>${'<div><font>'.repeat(depth)}<p>${EN1}</p>${'</font></div>'.repeat(depth)}</body></html>`;
    expect(extractArticle(html).text).toBe(EN1);
  });

  it('uses the URL host to recognise the site name in the title', () => {
    const html = page('<title>Chip plant delayed | Globalwire</title>', `<div class="story-body"><p>${EN1}</p></div>`, 'en');
    expect(extractArticle(html, { url: 'https://www.globalwire.example/a/1' }).title).toBe('Chip plant delayed');
  });

  it('drops a script placeholder named "loading" inside the body, and keeps the story around it', () => {
    const html = page(
      '<title>Nordlys Data starts Narvik campus</title>',
      `<div class="article-body"><p>${EN1}</p><div class="video-loading"><table><tr><td>Please wait</td></tr></table></div><p>${EN2}</p></div>`,
      'en',
    );
    expect(extractArticle(html).text).toBe(`${EN1}\n\n${EN2}`);
  });
});
