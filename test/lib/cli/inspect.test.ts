import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { radar } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'radar-inspect-'));

describe('radar feed', () => {
  it('prints {format, title, items} for an EUC-KR RSS file', async () => {
    const xml = `<?xml version="1.0" encoding="euc-kr"?><rss version="2.0"><channel><title>산업 뉴스</title><link>https://news.example/</link>
<item><title>삼성전자, 평택 P4 착공</title><link>https://news.example/a/1?utm_source=rss</link><pubDate>Tue, 14 May 2024 09:00:00 +0900</pubDate><description>평택캠퍼스 4라인 공사가 시작됐다.</description></item></channel></rss>`;
    const path = join(dir, 'euc.xml');
    writeFileSync(path, iconv.encode(xml, 'euc-kr'));
    const run = await radar(['feed', path, '--json']);
    expect(run.code).toBe(0);
    const feed = JSON.parse(run.stdout);
    expect(feed).toMatchObject({ format: 'rss', title: '산업 뉴스' });
    expect(feed.items[0]).toEqual({ title: '삼성전자, 평택 P4 착공', url: 'https://news.example/a/1', publishedAt: '2024-05-14T00:00:00.000Z', summary: '평택캠퍼스 4라인 공사가 시작됐다.' });
  });

  it('refuses an HTML page with exit 2 and one line', async () => {
    const path = join(dir, 'page.xml');
    writeFileSync(path, '<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="/x">here</a>.</h2></body></html>');
    const run = await radar(['feed', path, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('radar extract', () => {
  it('prints {title, publishedAt, lang, text} of a page', async () => {
    const path = join(dir, 'a.html');
    writeFileSync(path, `<html lang="ko"><head><meta property="og:title" content="네이버 각 세종 개소"><meta property="article:published_time" content="2023-11-06T09:30:00+09:00"></head>
<body><nav>홈 IT 경제</nav><article><h1>네이버 각 세종 개소</h1><p>네이버가 세종시에 지은 두 번째 데이터센터가 6일 문을 열었다.</p><p>이 데이터센터는 인공지능 학습의 거점이 된다.</p></article><footer>무단 전재 금지</footer></body></html>`);
    const run = await radar(['extract', path, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['title', 'publishedAt', 'lang', 'text']);
    expect(out).toMatchObject({ title: '네이버 각 세종 개소', publishedAt: '2023-11-06T00:30:00.000Z', lang: 'ko' });
    expect(out.text).toContain('문을 열었다');
    expect(out.text).not.toContain('무단');
  });
});
