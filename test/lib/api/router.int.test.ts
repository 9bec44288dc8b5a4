/**
 * The API and the status page over a real store (dynalite), on a real node:http server;
 * the page is checked in headless Chromium as a person would use it.
 */
import { chromium, type Browser } from 'playwright-core';
import { startHttpServer, type RunningServer } from '../../../lib/api/http-server';
import type { RadarStore } from '../../../lib/core/ports';
import type { Change, ProjectState, SourceState } from '../../../lib/core/types';
import { documentClient } from '../../../lib/runtime/aws-clients';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { ensureTable, startLocalDynamo } from '../../../lib/store/local-dynamo';

const now = new Date('2023-11-25T00:00:00Z');
let database: { endpoint: string; close(): Promise<void> };
let store: RadarStore;
let server: RunningServer;

const state = (over: Partial<ProjectState>): ProjectState => ({
  projectId: 'p', name: 'P', org: null, status: 'ANNOUNCED', statusSince: '2023-01-01', nextMilestone: null, delayed: false, discovered: false,
  sources: ['s'], version: 1, updatedAt: '2023-11-24T00:00:00.000Z', evidence: 'evidence', url: 'https://news.example/p', ...over,
});

beforeAll(async () => {
  database = await startLocalDynamo({});
  const doc = documentClient(database.endpoint);
  await ensureTable(doc, 'api-test');
  store = createDynamoStore(doc, 'api-test');
  await store.putProjectState(state({ projectId: 'kakao-siheung-dc', name: '시흥 제2데이터센터', org: 'kakao', status: 'CANCELLED', statusSince: '2023-11-24', evidence: '카카오의 시흥 제2데이터센터 건립 계획이 무산됐다.' }), 0);
  await store.putProjectState(state({ projectId: 'intel-ohio', name: 'Ohio One', org: 'intel', status: 'CONSTRUCTION_STARTED', statusSince: '2022-09-09', delayed: true, evidence: 'Intel broke ground on Ohio One <b>today</b>.' }), 0);
  const change: Change = { id: 'c1', projectId: 'kakao-siheung-dc', project: '시흥 제2데이터센터', org: 'kakao', kind: 'status', from: 'MOU_SIGNED', to: 'CANCELLED', evidence: '계획이 무산됐다.', url: 'https://news.example/1', at: '2023-11-24T06:00:00.000Z', confidence: 0.9 };
  await store.putChange(change);
  const source: SourceState = { sourceId: 'dcd', failures: 2, lastError: { code: 'RADAR_FETCH_TIMEOUT', message: 'timed out', at: '2023-11-24T06:00:00.000Z' } };
  await store.putSourceState(source);
  server = await startHttpServer({ port: 0, host: '127.0.0.1' }, { store, now: () => now });
}, 30_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('JSON API', () => {
  it('lists projects, filtered by status and org', async () => {
    expect(JSON.parse((await get('/api/projects')).body).projects).toHaveLength(2);
    expect(JSON.parse((await get('/api/projects?status=cancelled')).body).projects.map((p: ProjectState) => p.projectId)).toEqual(['kakao-siheung-dc']);
    expect(JSON.parse((await get('/api/projects?org=intel')).body).projects.map((p: ProjectState) => p.projectId)).toEqual(['intel-ohio']);
  });

  it('returns one project with its timeline, or 404', async () => {
    const one = await get('/api/projects/kakao-siheung-dc');
    expect(one.status).toBe(200);
    expect(JSON.parse(one.body).project.status).toBe('CANCELLED');
    expect((await get('/api/projects/nope')).status).toBe(404);
  });

  it('lists changes since a time and source health', async () => {
    expect(JSON.parse((await get('/api/changes?since=7d')).body).changes).toHaveLength(1);
    expect(JSON.parse((await get('/api/changes?since=2023-11-25')).body).changes).toHaveLength(0);
    expect(JSON.parse((await get('/api/sources')).body).sources[0]).toMatchObject({ sourceId: 'dcd', failures: 2 });
  });

  it('answers bad input with 400 and a code, unknown routes with 404, writes with 405', async () => {
    const bad = await get('/api/changes?since=soon');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('RADAR_BAD_INPUT');
    expect((await get('/api/projects?status=FINISHED')).status).toBe(400);
    expect((await get('/nope')).status).toBe(404);
    expect((await fetch(`${server.url}/api/projects`, { method: 'POST' })).status).toBe(405);
  });
});

describe('status page in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows projects, changes and failing sources, escapes text, and filters', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.title()).toBe('Project Radar — status');
    const rows = page.locator('#projects tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.locator('#projects').innerText()).toContain('시흥 제2데이터센터');
    // Evidence is text, never markup.
    expect(await page.locator('#projects').innerText()).toContain('<b>today</b>');
    expect(await page.locator('#changes').innerText()).toMatch(/MOU SIGNED\s*→\s*CANCELLED/);
    expect(await page.locator('#sources').innerText()).toContain('RADAR_FETCH_TIMEOUT');

    await page.fill('#q', 'intel');
    expect(await rows.filter({ visible: true }).count()).toBe(1);
    await page.fill('#q', '');
    await page.selectOption('#status', 'CANCELLED');
    expect(await rows.filter({ visible: true }).count()).toBe(1);
    expect(await rows.filter({ visible: true }).innerText()).toContain('kakao');
    if (process.env.RADAR_SCREENSHOT) await page.screenshot({ path: process.env.RADAR_SCREENSHOT, fullPage: true });
  }, 30_000);
});
