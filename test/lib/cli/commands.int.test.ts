/**
 * The CLI end to end on loopback: `radar run --once` against the fixture news site,
 * then the query commands read the same embedded database; `radar demo` as a user runs it.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../../lib/demo/fixture-server';
import { radar } from '../../helpers/cli';

const ROOT = join(__dirname, '..', '..', '..');
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'radar-cli-'));
const env = { PATH: process.env.PATH, RADAR_DATA_DIR: join(dir, '.radar') };
const now = new Date('2023-11-24T07:00:00Z');

beforeAll(async () => {
  server = await startFixtureServer(join(ROOT, 'demo'), 'round-2');
  const config = JSON.parse(readFileSync(join(ROOT, 'radar.config.json'), 'utf8'));
  config.fetch = { userAgent: 'ProjectRadar-test/0.1 (+https://example.org)', minSpacingMs: 0, allowHosts: ['127.0.0.1'] };
  config.alerts = { confirmBelow: 0 };
  config.sources = [
    { id: 'ko', url: `${server.url}/feeds/ko-news.xml`, kind: 'rss', lang: 'ko' },
    { id: 'trade', url: `${server.url}/feeds/en-trade.atom`, kind: 'atom', lang: 'en' },
    { id: 'down', url: `${server.url}/broken/feed.xml`, kind: 'rss', lang: 'en' },
  ];
  writeFileSync(join(dir, 'radar.config.json'), JSON.stringify(config));
});

afterAll(async () => {
  await server.close();
});

describe('radar run --once, then the query commands', () => {
  it('polls, reports the broken source in one line, and prints the alerts', async () => {
    const run = await radar(['run', '--once'], { cwd: dir, env, now });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.includes('down'))).toHaveLength(1);
    expect(run.stdout).toMatch(/✗ down: .*500/);
    expect(run.stdout).toMatch(/시흥 제2데이터센터: MOU signed → cancelled|cancelled/i);
    expect(readFileSync(join(env.RADAR_DATA_DIR, 'outbox.jsonl'), 'utf8').trim().split('\n').length).toBeGreaterThan(0);
  });

  it('radar status lists the projects (and filters by status and org)', async () => {
    const all = JSON.parse((await radar(['status', '--json'], { cwd: dir, env, now })).stdout);
    expect(all.projects.map((p: { projectId: string }) => p.projectId)).toEqual(expect.arrayContaining(['kakao-siheung-dc', 'intel-ohio']));
    const cancelled = JSON.parse((await radar(['status', '--status', 'cancelled', '--json'], { cwd: dir, env, now })).stdout);
    expect(cancelled.projects.map((p: { projectId: string }) => p.projectId)).toEqual(['kakao-siheung-dc']);
    const intel = JSON.parse((await radar(['status', '--org', 'intel', '--json'], { cwd: dir, env, now })).stdout);
    expect(intel.projects.every((p: { org: string }) => p.org === 'intel')).toBe(true);
    const table = await radar(['status'], { cwd: dir, env, now });
    expect(table.stdout).toMatch(/kakao-siheung-dc\s+kakao\s+CANCELLED/);
  });

  it('radar status --sources shows the failing source and why', async () => {
    const run = await radar(['status', '--sources', '--json'], { cwd: dir, env, now });
    const down = JSON.parse(run.stdout).sources.find((s: { sourceId: string }) => s.sourceId === 'down');
    expect(down).toMatchObject({ failures: 1, lastError: { code: expect.stringMatching(/^RADAR_FETCH_/) } });
  });

  it('radar show finds a project by id or alias, with its timeline', async () => {
    const byAlias = await radar(['show', '시흥 제2데이터센터', '--json'], { cwd: dir, env, now });
    expect(byAlias.code).toBe(0);
    const record = JSON.parse(byAlias.stdout);
    expect(record.project.projectId).toBe('kakao-siheung-dc');
    expect(record.events.map((e: { status: string }) => e.status)).toEqual(expect.arrayContaining(['CANCELLED', 'MOU_SIGNED']));
    const missing = await radar(['show', 'no-such-project'], { cwd: dir, env, now });
    expect(missing.code).toBe(2);
  });

  it('radar changes --since shows what changed in the window', async () => {
    const recent = JSON.parse((await radar(['changes', '--since', '1d', '--json'], { cwd: dir, env, now })).stdout);
    expect(recent.changes.length).toBeGreaterThan(0);
    const future = JSON.parse((await radar(['changes', '--since', '2030-01-01', '--json'], { cwd: dir, env, now })).stdout);
    expect(future.changes).toEqual([]);
  });

  it('radar subscribe records a local subscription and validates its input', async () => {
    expect((await radar(['subscribe', '--email', 'ops@example.com', '--status', 'CANCELLED,delayed', '--org', 'kakao'], { cwd: dir, env, now })).code).toBe(0);
    const bad = await radar(['subscribe', '--sms', '010-1234'], { cwd: dir, env, now });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/E\.164/);
  });
});

describe('radar run --once with a configuration only the fetcher rejects', () => {
  it('exits 2 at once, without opening the database that would keep the process alive', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'radar-cli-bad-'));
    writeFileSync(join(bad, 'radar.config.json'), JSON.stringify({ fetch: { userAgent: 'no-contact-given' } }));
    const run = await radar(['run', '--once'], { cwd: bad, env: { PATH: process.env.PATH, RADAR_DATA_DIR: join(bad, '.radar') } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/fetch\.userAgent/);
    expect(existsSync(join(bad, '.radar', 'dynalite.json'))).toBe(false);
  });
});

describe('radar demo', () => {
  it('runs offline end to end and alerts the transition once', async () => {
    const run = await radar(['demo'], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/MOU_SIGNED -> CANCELLED/);
    expect(run.stdout).toMatch(/cycle 3 alerted 0/);
    expect(run.stdout).toMatch(/“.*무산.*”/);
  }, 30_000);
});
