/**
 * The loopback news site of `npm run bench:cycle`: one port per source, each serving an
 * RSS feed of 20 items (ETag and 304s, like a real feed server) and article pages of
 * 100–200 KB as news sites serve them: a large head (inline styles, scripts, a JSON
 * state blob, JSON-LD), menus, ad slots, "most read" lists, a comment widget, a footer,
 * and somewhere in the middle 2–4 KB of article text. Every word is generated here from
 * our own sentence templates (seeded, so runs are comparable); nothing is copied.
 *
 * Pages come from a pool built once (64 per language); article `n` of source `s` gets
 * pool page `(7s + n) mod 64` with its own URL and feed title, so memory stays small and
 * the server's CPU stays out of the way of the cycle it serves.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ITEMS_PER_FEED = 20;
const POOL = 64;

/** A small seeded PRNG (mulberry32), so every run serves the same site. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

// Projects of the bundled watchlist and a few the detector has to discover, with the org.
const KO_PROJECTS: readonly (readonly [string, string])[] = [
  ['카카오', '안산 데이터센터'], ['카카오', '시흥 제2데이터센터'], ['네이버', '각 세종'], ['SK텔레콤', '울산 AI 데이터센터'],
  ['삼성전자', '평택 P4'], ['SK하이닉스', '용인 반도체 클러스터'], ['SK하이닉스', '인디애나 패키징 공장'], ['삼성전자', '테일러 공장'],
  ['한빛에너지', '새만금 수소 생산기지'], ['동해물산', '포항 이차전지 소재 공장'],
];
const EN_PROJECTS: readonly (readonly [string, string])[] = [
  ['Intel', 'Ohio One'], ['TSMC', 'Arizona fab'], ['TSMC', 'Kumamoto fab'], ['Intel', 'Magdeburg fab'], ['Samsung', 'Taylor fab'],
  ['SK hynix', 'Indiana packaging plant'], ['Northwind Power', 'Cedar Ridge battery plant'], ['Bluefin Cloud', 'Harbor Point data center'],
];

const KO_EVENTS = [
  (o: string, p: string) => `${o}는 ${p} 착공식을 열고 본격적인 공사에 들어갔다고 밝혔다.`,
  (o: string, p: string) => `${o}가 추진하던 ${p} 건립 계획이 결국 무산됐다.`,
  (o: string, p: string) => `${o}는 ${p}를 내년 상반기에 가동할 계획이라고 말했다.`,
  (o: string, p: string) => `${p} 준공이 자재 수급 문제로 내년으로 연기됐다고 ${o} 관계자가 전했다.`,
  (o: string, p: string) => `${o}는 지난달 ${p} 건축 허가를 받았다.`,
  (o: string, p: string) => `${o}와 지방자치단체는 ${p} 조성을 위한 투자협약을 체결했다.`,
];
const KO_FILLER = [
  '업계에서는 인공지능 수요가 늘면서 전력과 냉각 설비 확보가 가장 큰 과제로 꼽힌다.',
  '증권가는 올해 설비투자 규모가 지난해보다 두 자릿수 늘어날 것으로 내다봤다.',
  '지역 주민들은 일자리 창출 효과에 기대를 나타내면서도 교통 혼잡을 걱정했다.',
  '정부는 전력망 확충과 인허가 절차 단축을 위한 특별법 개정을 검토하고 있다.',
  '회사 측은 세부 일정과 투자 금액은 확정되지 않았다며 말을 아꼈다.',
  '전문가들은 반도체 경기 회복 속도가 하반기 투자 판단의 변수가 될 것이라고 분석했다.',
  '이번 사업에는 지역 건설사와 장비 업체 수십 곳이 참여할 예정이다.',
  '한편 경쟁사들도 비슷한 규모의 시설을 잇따라 발표하며 주도권 경쟁에 나섰다.',
  '시 관계자는 주민 설명회를 거쳐 보완 대책을 마련하겠다고 말했다.',
  '데이터센터 한 곳이 쓰는 전력은 중소 도시 하나의 사용량과 맞먹는 것으로 알려졌다.',
];
const EN_EVENTS = [
  (o: string, p: string) => `${o} broke ground on the ${p} on Tuesday, starting a construction phase expected to last two years.`,
  (o: string, p: string) => `${o} said the ${p} has been postponed until 2027 because of equipment delays.`,
  (o: string, p: string) => `The ${p} began operating last week, ${o} said in a statement.`,
  (o: string, p: string) => `County officials approved the permits for the ${p} that ${o} proposed last year.`,
  (o: string, p: string) => `${o} scrapped its plans for the ${p} after the state withdrew a tax incentive.`,
  (o: string, p: string) => `${o} announced plans to build the ${p}, its largest investment in the region.`,
];
const EN_FILLER = [
  'Analysts said demand for advanced packaging continues to outpace supply across the industry.',
  'Local officials expect the site to bring several thousand construction jobs over the next few years.',
  'The company did not disclose the total cost of the project or the number of permanent staff.',
  'Power availability has become the main constraint for new facilities in the region, according to utility planners.',
  'Shares of the company rose 2 percent in morning trading after the announcement.',
  'Residents raised concerns about water use during a public hearing held at the town hall last month.',
  'The state legislature is weighing a bill that would shorten environmental reviews for large industrial sites.',
  'Competitors have announced similar investments, adding pressure on suppliers of cleanroom equipment.',
  'A spokesperson said the schedule remains subject to regulatory approval and market conditions.',
  'Industry groups estimate that chip demand from data centers will double within five years.',
];
const KO_MENU = ['정치', '경제', '사회', '국제', '산업', 'IT·과학', '문화', '스포츠', '오피니언', '포토', '영상', '지역', '부동산', '증권', '연예', '날씨'];
const EN_MENU = ['World', 'Business', 'Markets', 'Tech', 'Science', 'Politics', 'Opinion', 'Sports', 'Culture', 'Video', 'Podcasts', 'Weather', 'Local', 'Energy', 'Autos', 'Health'];

function para(rnd: () => number, lang: 'ko' | 'en', withEvent: boolean): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) sentences.push(pick(rnd, lang === 'ko' ? KO_FILLER : EN_FILLER));
  if (withEvent) {
    const [org, project] = pick(rnd, lang === 'ko' ? KO_PROJECTS : EN_PROJECTS);
    sentences.splice(Math.floor(rnd() * sentences.length), 0, pick(rnd, lang === 'ko' ? KO_EVENTS : EN_EVENTS)(org, project));
  }
  return sentences.join(' ');
}

function linkList(rnd: () => number, lang: 'ko' | 'en', count: number, cls: string): string {
  const items = Array.from({ length: count }, (_, i) => {
    const title = para(rnd, lang, false).split(/(?<=[.다])\s/)[0] ?? '';
    return `<li class="${cls}__item"><a href="/news/related-${Math.floor(rnd() * 1e6)}.html" class="${cls}__link" data-track="${cls}-${i}"><span class="${cls}__rank">${i + 1}</span><span class="${cls}__title">${title.slice(0, 60)}</span></a></li>`;
  });
  return `<ul class="${cls}">${items.join('')}</ul>`;
}

/** The inline CSS a site ships in every page: many rules, nothing the extractor needs. */
function styles(rnd: () => number): string {
  const rules = Array.from({ length: 300 + Math.floor(rnd() * 200) }, (_, i) => `.c-${i.toString(36)}-${Math.floor(rnd() * 1e4)}{margin:${i % 7}px ${i % 5}px;padding:0 ${i % 9}px;color:#${(0x100000 + Math.floor(rnd() * 0xefffff)).toString(16)};font-size:${12 + (i % 6)}px;line-height:1.${i % 9}}`);
  return `<style>${rules.join('\n')}</style>`;
}

/** A framework's serialised state: a big JSON blob in a script tag. */
function stateBlob(rnd: () => number, lang: 'ko' | 'en'): string {
  const items = Array.from({ length: 120 + Math.floor(rnd() * 200) }, (_, i) => ({ id: Math.floor(rnd() * 1e9), slot: `ad-${i}`, title: para(rnd, lang, false).slice(0, 80), tags: ['a', 'b', 'c'].map((t) => `${t}${i}`) }));
  return `<script id="__APP_STATE__" type="application/json">${JSON.stringify({ page: { items }, build: 'b-2024-05' })}</script>`;
}

function scripts(rnd: () => number): string {
  const lines = Array.from({ length: 180 }, (_, i) => `  window.__cfg${i}=Object.assign(window.__cfg${i}||{}, {slot:"s${Math.floor(rnd() * 1e5)}", refresh:${i % 30}, lazy:${i % 2 === 0}});`);
  return `<script>\n(function(){\n${lines.join('\n')}\n})();\n</script>`;
}

export interface PooledPage {
  html: string;
  lang: 'ko' | 'en';
}

/** One article page of about 100–200 KB. */
export function articlePage(seed: number, lang: 'ko' | 'en'): string {
  const rnd = random(seed);
  const [org, project] = pick(rnd, lang === 'ko' ? KO_PROJECTS : EN_PROJECTS);
  const headline = lang === 'ko' ? `${org}, ${project} 사업 속도…업계 "연내 윤곽"` : `${org} moves ahead with ${project} as demand grows`;
  const day = 1 + Math.floor(rnd() * 27);
  const date = `2024-05-${String(day).padStart(2, '0')}`;
  const paragraphs = Array.from({ length: 8 + Math.floor(rnd() * 8) }, (_, i) => `<p>${para(rnd, lang, i % 3 === 0)}</p>`);
  paragraphs.splice(3, 0, `<figure class="photo"><img src="/img/${seed}.jpg" alt=""><figcaption>${lang === 'ko' ? '공사 현장 모습. 사진=회사 제공' : 'The construction site. Photo: company handout'}</figcaption></figure>`);
  paragraphs.splice(6, 0, `<div class="ad ad--inarticle" id="ad-mid-${seed}"><script>window.__adq=window.__adq||[];__adq.push("mid")</script></div>`);
  const menu = (lang === 'ko' ? KO_MENU : EN_MENU).map((m, i) => `<li class="gnb__item"><a href="/section/${i}" class="gnb__link">${m}</a><ul class="gnb__sub">${Array.from({ length: 8 }, (_, j) => `<li><a href="/section/${i}/${j}">${m} ${j + 1}</a></li>`).join('')}</ul></li>`).join('');
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: `${date}T09:30:00+09:00`, author: { '@type': 'Person', name: lang === 'ko' ? '김기자' : 'Jane Reporter' }, publisher: { '@type': 'Organization', name: 'Bench Daily' } });
  const byline = lang === 'ko' ? `<div class="byline">김기자 기자 <span class="date">입력 ${date.replaceAll('-', '.')} 09:30</span></div>` : `<div class="byline">By Jane Reporter <time datetime="${date}T09:30:00+09:00">May ${day}, 2024</time></div>`;
  const footer = Array.from({ length: 60 }, (_, i) => `<a href="/corp/${i}" class="footer__link">${lang === 'ko' ? `회사소개 ${i}` : `About ${i}`}</a>`).join(' ');
  const comments = Array.from({ length: 12 }, (_, i) => `<li class="comment"><span class="comment__user">user${Math.floor(rnd() * 1e4)}</span><p class="comment__text">${para(rnd, lang, false).slice(0, 90)}</p><button class="comment__like">${i}</button></li>`).join('');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline} | Bench Daily</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="${headline}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${date}T09:30:00+09:00"><link rel="canonical" href="/news/${seed}.html">
${Array.from({ length: 20 }, (_, i) => `<link rel="preload" href="/static/chunk-${i}-${Math.floor(rnd() * 1e8)}.js" as="script">`).join('\n')}
${styles(rnd)}${scripts(rnd)}<script type="application/ld+json">${jsonLd}</script></head>
<body class="article-page"><div id="wrap"><header class="header"><div class="header__top"><a class="logo" href="/">Bench Daily</a><form class="search"><input name="q"><button>Search</button></form></div>
<nav class="gnb"><ul>${menu}</ul></nav></header>
<div class="breaking">${linkList(rnd, lang, 6, 'breaking')}</div>
<main id="container"><div class="content-wrap"><article id="article-view" class="article"><header class="article__head"><h1 class="article__title">${headline}</h1>${byline}
<div class="share"><a href="#" class="share__fb">f</a><a href="#" class="share__x">x</a><a href="#" class="share__copy">URL</a></div></header>
<div class="article__body" itemprop="articleBody">${paragraphs.join('\n')}</div>
<p class="article__copyright">${lang === 'ko' ? 'ⓒ Bench Daily, 무단전재 및 재배포 금지' : '© Bench Daily. All rights reserved.'}</p></article>
<section class="related"><h2>${lang === 'ko' ? '관련기사' : 'Related'}</h2>${linkList(rnd, lang, 10, 'related')}</section>
<section class="comments"><h2>${lang === 'ko' ? '댓글' : 'Comments'}</h2><ul>${comments}</ul></section></div>
<aside class="sidebar"><section class="most-read"><h2>${lang === 'ko' ? '많이 본 뉴스' : 'Most read'}</h2>${linkList(rnd, lang, 20, 'ranking')}</section>
<div class="ad ad--side" id="ad-side"></div><section class="latest">${linkList(rnd, lang, 20, 'latest')}</section></aside></main>
<footer class="footer"><div class="footer__links">${footer}</div><p>Bench Daily · 123 Example Street · ${lang === 'ko' ? '등록번호 서울 아00000' : 'Registered in Example City'}</p></footer></div>
${stateBlob(rnd, lang)}</body></html>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

function feedXml(base: string, source: number, lang: 'ko' | 'en', generation: number): string {
  const items: string[] = [];
  for (let n = generation + ITEMS_PER_FEED - 1; n >= generation; n--) {
    const title = lang === 'ko' ? `소스 ${source} 산업 소식 ${n}번: 데이터센터와 반도체 공장 동향` : `Source ${source} industry report ${n}: data centers and chip plants`;
    const published = new Date(Date.UTC(2024, 4, 14, 0, 0, 0) + n * 3_600_000).toUTCString();
    items.push(`<item><title>${escapeXml(title)}</title><link>${base}/news/${n}.html</link><guid>${base}/news/${n}.html</guid><pubDate>${published}</pubDate><description>${escapeXml(title)}</description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench source ${source}</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

export interface NewsSite {
  /** One feed URL per source, in order. */
  feeds: string[];
  langs: ('ko' | 'en')[];
  /** From now on every feed lists articles `generation … generation+19` (one new per step). */
  setGeneration(generation: number): void;
  requests(): number;
  close(): Promise<void>;
}

/** Starts `sources` loopback servers (one port each, like one host each). */
export async function startNewsSite(sources: number): Promise<NewsSite> {
  const pool = { ko: [] as Buffer[], en: [] as Buffer[] };
  for (let i = 0; i < POOL; i++) {
    pool.ko.push(Buffer.from(articlePage(1000 + i, 'ko')));
    pool.en.push(Buffer.from(articlePage(2000 + i, 'en')));
  }
  let generation = 0;
  let requests = 0;
  const servers: Server[] = [];
  const feeds: string[] = [];
  const langs: ('ko' | 'en')[] = [];
  for (let s = 0; s < sources; s++) {
    const lang = s % 2 === 0 ? 'ko' : 'en';
    let base = '';
    const server = createServer((req, res) => {
      requests++;
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      if (path === '/feed.xml') {
        const etag = `"g${generation}"`;
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
        return void res.writeHead(200, { etag, 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedXml(base, s, lang, generation));
      }
      const article = /^\/news\/(\d+)\.html$/.exec(path);
      if (article) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pool[lang][(7 * s + Number(article[1])) % POOL]);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    servers.push(server);
    feeds.push(`${base}/feed.xml`);
    langs.push(lang);
  }
  return {
    feeds,
    langs,
    setGeneration: (g) => void (generation = g),
    requests: () => requests,
    close: async () => {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
