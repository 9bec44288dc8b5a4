/**
 * The status page in a real browser (Debian's Chromium through playwright-core), as a
 * person uses it: on a desktop and on a 390 px phone without sideways scrolling, with
 * JavaScript off (the page has none), filtering, searching by a Korean alias, opening a
 * project, switching language, and a hostile title shown as text.
 * Screenshots go to .scratch/screenshots/ (gitignored) so a person can look at them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startHttpServer, type RunningServer } from '../../../lib/api/http-server';
import { HOSTILE, NOW, WATCHLIST, openNewsroom, type Newsroom } from './fixture';

const SHOTS = join(__dirname, '../../../.scratch/screenshots');
let newsroom: Newsroom;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  newsroom = await openNewsroom('page-test');
  server = await startHttpServer({ port: 0, host: '127.0.0.1' }, { store: newsroom.store, now: () => NOW, watchlist: WATCHLIST });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await newsroom?.close();
});

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** A page with JavaScript off; any dialog (an injected alert) fails the test. */
async function open(options: { width?: number; locale?: string; dark?: boolean } = {}): Promise<{ page: Page; dialogs: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.dark ? 'dark' : 'light',
  });
  contexts.push(context);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs };
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const visibleRows = (page: Page) => page.locator('#projects tbody tr');

describe('the list page', () => {
  it('shows projects, changes with news and seen dates, source health, and a hostile title as text (desktop)', async () => {
    const { page, dialogs } = await open();
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Project Radar — status');
    expect(await visibleRows(page).count()).toBe(4);
    const projects = await page.locator('#projects').innerText();
    expect(projects).toContain('시흥 제2데이터센터');
    expect(projects).toContain(HOSTILE);
    expect(await page.locator('#projects script, #projects img').count()).toBe(0);
    // A javascript: URL never becomes a link.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    const cancel = page.locator('[data-change="c-cancel"]');
    expect(await cancel.innerText()).toMatch(/news\s+2023-11-24/);
    expect(await cancel.innerText()).toMatch(/seen by Radar\s+2024-05-13 15:00 KST/);
    expect(await page.locator('#changes').innerText()).toMatch(/MOU signed\s*→\s*Cancelled/);
    expect(await page.locator('#sources').innerText()).toContain('RADAR_FETCH_TIMEOUT');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'list-desktop.png'), fullPage: true });
    expect(dialogs).toEqual([]);
  }, 30_000);

  it.each([390, 360])('fits a %i px phone: no sideways scrolling, Korean kept whole, rows as cards', async (width) => {
    const { page } = await open({ width, locale: 'ko-KR' });
    await page.goto(server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // No element pokes out of the viewport either (overflow hidden somewhere would mask it).
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('keep-all');
    const row = page.locator('#projects tbody tr').first();
    expect((await row.boundingBox())!.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: join(SHOTS, `list-mobile-${width}.png`), fullPage: true });
  }, 30_000);

  it('filters by status and searches by a Korean alias of an organisation, without JavaScript', async () => {
    const { page } = await open();
    await page.goto(server.url);
    await page.selectOption('#status', 'CANCELLED');
    await page.click('button[type=submit]');
    expect(page.url()).toContain('status=CANCELLED');
    expect(await visibleRows(page).count()).toBe(1);
    expect(await visibleRows(page).innerText()).toContain('시흥 제2데이터센터');

    await page.goto(server.url);
    await page.fill('#q', '네이버');
    await page.click('button[type=submit]');
    expect(await visibleRows(page).count()).toBe(1);
    expect(await visibleRows(page).innerText()).toContain('각 세종');

    for (const q of ['삼성', 'samsung electronics', 'P4']) {
      await page.goto(`${server.url}/?q=${encodeURIComponent(q)}`);
      expect(await visibleRows(page).count()).toBe(1);
      expect(await page.locator('#projects tbody tr').getAttribute('data-project')).toBe('samsung-p4');
    }

    await page.goto(server.url);
    await page.selectOption('#org', 'kakao');
    await page.selectOption('#watch', 'watchlist');
    await page.click('button[type=submit]');
    expect(await visibleRows(page).count()).toBe(1);
    await page.goto(`${server.url}/?watch=discovered`);
    expect(await page.locator('#projects tbody tr').getAttribute('data-project')).toBe('hostile-project');
  }, 30_000);

  it('switches language by a link and keeps it while filtering', async () => {
    const { page } = await open({ locale: 'en-US' });
    await page.goto(server.url);
    await page.click('#lang-switch');
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.title()).toBe('프로젝트 레이더 — 현황');
    expect(await page.locator('#changes').innerText()).toContain('무산·취소');
    await page.fill('#q', '삼성');
    await page.click('button[type=submit]');
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await visibleRows(page).count()).toBe(1);
    await page.click('#lang-switch');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('q=%EC%82%BC%EC%84%B1');
  }, 30_000);

  it('follows the dark colour scheme', async () => {
    const { page } = await open({ dark: true });
    await page.goto(server.url);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(120);
    await page.screenshot({ path: join(SHOTS, 'list-dark.png') });
  }, 30_000);
});

describe('the project page', () => {
  it('opens from the list and shows status, milestone, strip and a merged timeline in date order', async () => {
    const { page, dialogs } = await open();
    await page.goto(server.url);
    await page.click('a[href="/projects/kakao-siheung-dc"]');
    expect(new URL(page.url()).pathname).toBe('/projects/kakao-siheung-dc');
    // The English name from the watchlist, with the original beside it.
    expect(await page.locator('#project-name').innerText()).toBe('Siheung data center 시흥 제2데이터센터');
    expect(await page.locator('#current').innerText()).toMatch(/Cancelled\s+2023-11-24/);
    const dates = await page.locator('ol.timeline > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-date')));
    expect(dates).toEqual([...dates].sort());
    // The MOU reported by two papers is one entry, the other paper named as corroboration.
    const mou = page.locator('ol.timeline > li', { hasText: 'MOU signed' });
    expect(await mou.count()).toBe(1);
    expect(await mou.innerText()).toMatch(/Also reported by:\s+hankyung/);
    expect(await mou.innerText()).toMatch(/confidence 85%/);
    expect(await page.locator('ol.timeline > li', { hasText: 'planned' }).innerText()).toContain('2024-01-01 ~ 2024-06-30');
    expect(await page.locator('#strip rect').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('ol.spans').innerText()).toMatch(/2022-04-01 Announced[\s\S]*2022-04-21 MOU signed[\s\S]*2023-11-24 Cancelled/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'project-desktop.png'), fullPage: true });
    expect(dialogs).toEqual([]);
  }, 30_000);

  it('reads well on a phone and in Korean, with the next milestone and its window', async () => {
    const { page } = await open({ width: 390, locale: 'ko-KR' });
    await page.goto(`${server.url}/projects/naver-gak-sejong`);
    expect(await page.locator('#next').innerText()).toMatch(/준공[\s\S]*예정 시기: 2023년 하반기 \(2023-07-01 ~ 2023-12-31\)/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`${server.url}/projects/kakao-siheung-dc`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'project-mobile.png'), fullPage: true });
  }, 30_000);

  it('shows a hostile project as text, and a missing one as a 404 page', async () => {
    const { page, dialogs } = await open();
    await page.goto(`${server.url}/projects/hostile-project`);
    expect(await page.locator('#project-name').innerText()).toBe(HOSTILE);
    expect(await page.locator('main script, main img').count()).toBe(0);
    const missing = await page.goto(`${server.url}/projects/nosuch`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('main').innerText()).toContain('No such project');
    expect(dialogs).toEqual([]);
  }, 30_000);
});
