/**
 * The CLI end to end on loopback: `radar run --once` against the fixture news site,
 * then the query commands read the same embedded database; `radar demo` as a user runs it.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../../lib/demo/fixture-server';
import { radar } from '../../helpers/cli';

const ROOT = join(__dirname, '..', '..', '..');
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'radar-cli-'));
const env = { PATH: process.env.PATH, RADAR_DATA_DIR: join(dir, '.radar') };
const now = new Date('2023-11-24T07:00:00Z');
// A poll of three sources on a loaded 2-core machine can take longer than jest's 5 s.
jest.setTimeout(30_000);

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
  }, 60_000);

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

  it.each([['Kakao'], ['카카오'], ['KAKAO CORP'], ['kakao']])('radar status --org %s finds Kakao’s projects by any name, any case', async (org) => {
    const run = await radar(['status', '--org', org, '--json'], { cwd: dir, env, now });
    expect(run.code).toBe(0);
    const ids = JSON.parse(run.stdout).projects.map((p: { projectId: string }) => p.projectId);
    expect(ids).toContain('kakao-siheung-dc');
  });

  it('radar status --org with an unknown organisation is bad input with the close matches', async () => {
    const run = await radar(['status', '--org', 'kakoa'], { cwd: dir, env, now });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('radar status: --org: no organisation "kakoa" on the watchlist; did you mean "kakao"?\n');
  });

  it('radar run again at once polls nothing and says why; --force polls every source', async () => {
    const again = await radar(['run', '--once'], { cwd: dir, env, now });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 of 3 sources polled/);
    expect(again.stdout).toMatch(/2 source\(s\) not due yet \(the next, (ko|trade), at 2023-11-24 07:14 UTC\)/);
    expect(again.stdout).toMatch(/1 backing off after failures \(down; .*radar status --sources says why\); radar run --force polls the ones not due yet now/);
    const forced = await radar(['run', '--once', '--force', '--json'], { cwd: dir, env, now });
    expect(forced.code).toBe(0);
    const report = JSON.parse(forced.stdout.trim());
    // A source backing off (perhaps at the server's request) still waits.
    expect(report.polled.map((p: { sourceId: string; outcome: string }) => `${p.sourceId} ${p.outcome}`).sort()).toEqual(['down backing-off', 'ko not-modified', 'trade not-modified']);
    expect(forced.stderr).toMatch(/3 of 3 sources polled/);
  });

  it('radar status --sources shows the failing source and why', async () => {
    const run = await radar(['status', '--sources', '--json'], { cwd: dir, env, now });
    const down = JSON.parse(run.stdout).sources.find((s: { sourceId: string }) => s.sourceId === 'down');
    expect(down).toMatchObject({ failures: 1, lastError: { code: expect.stringMatching(/^RADAR_FETCH_/) } });
    // Every alert of the run went out: nothing waits, nothing is stuck.
    expect(JSON.parse(run.stdout).outbox).toEqual({ undelivered: 0, stuck: [], byPhase: {} });
    const text = await radar(['status', '--sources'], { cwd: dir, env, now });
    expect(text.stdout).toMatch(/Alerts: 0 waiting, 0 stuck/);
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

  it('radar changes shows the news date apart from when Radar saw it', async () => {
    const run = await radar(['changes', '--since', '1d'], { cwd: dir, env, now });
    expect(run.stdout).toMatch(/^2023-11-24 {2}시흥 제2데이터센터: (\(new\)|MOU_SIGNED) -> CANCELLED\n {4}seen 2023-11-24 07:00 UTC\n/m);
  });

  it('radar show lists the timeline oldest first by news date, one line per claim', async () => {
    const run = await radar(['show', 'kakao-siheung-dc'], { cwd: dir, env, now });
    const days = [...run.stdout.matchAll(/^ {2}(\d{4}-\d{2}-\d{2}) /gm)].map((m) => m[1]);
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort()).toEqual(days);
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

  it.each([
    [['subscribe', '--email', 'a@example.com', '--org', 'nosuchorg'], 'radar subscribe: --org: no organisation "nosuchorg" on the watchlist; see the watchlist in the configuration or radar status'],
    [['subscribe', '--email', 'a@example.com', '--project', 'siheung datacentre'], 'radar subscribe: --project: no project "siheung datacentre" on the watchlist; did you mean "kakao-siheung-dc"?'],
    [['subscribe', '--email', 'a@example.com', '--status', 'canceled'], 'radar subscribe: unknown status "canceled"; did you mean CANCELLED?'],
    [['subscribe', '--email', 'a@example.com', '--lang', 'fr'], 'radar subscribe: --lang must be ko or en, not "fr"'],
    [['subscribe', '--webhook', 'http://example.org/hook'], 'radar subscribe: --webhook needs an https URL (http only for localhost), not "http://example.org/hook"'],
    [['subscribe', '--email', 'a@example.com', '--sms', '+821012345678'], 'radar subscribe: give exactly one of --email ADDR, --sms +NUMBER or --webhook URL'],
  ])('radar %j is refused with exit 2 and one line', async (argv, message) => {
    const run = await radar(argv, { cwd: dir, env, now });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('radar subscriptions lists, filters and radar unsubscribe removes', async () => {
    const add = await radar(['subscribe', '--webhook', 'https://hooks.slack.com/services/T0/B0/x', '--org', '카카오', '--lang', 'ko', '--digest', 'daily', '--json'], { cwd: dir, env, now });
    expect(add.code).toBe(0);
    const { subscription } = JSON.parse(add.stdout);
    expect(subscription).toMatchObject({ protocol: 'webhook', orgs: ['kakao'], lang: 'ko', delivery: 'daily' });

    const list = JSON.parse((await radar(['subscriptions', '--json'], { cwd: dir, env, now })).stdout).subscriptions;
    expect(list.map((s: { endpoint: string }) => s.endpoint).sort()).toEqual(['https://hooks.slack.com/services/T0/B0/x', 'ops@example.com']);
    const naver = JSON.parse((await radar(['subscriptions', '--org', 'naver', '--json'], { cwd: dir, env, now })).stdout).subscriptions;
    expect(naver).toEqual([]);
    const table = await radar(['subscriptions'], { cwd: dir, env, now });
    expect(table.stdout).toMatch(/^ID +CHANNEL +ENDPOINT +LANG +DELIVERY +FILTERS +STATE$/m);
    expect(table.stdout).toMatch(/webhook +https:\/\/hooks\.slack\.com\/services\/T0\/B0\/x +ko +daily +org kakao +active \(local\)/);

    const missing = await radar(['unsubscribe', 'nobody@example.com'], { cwd: dir, env, now });
    expect(missing.code).toBe(2);
    const removed = await radar(['unsubscribe', subscription.id], { cwd: dir, env, now });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/^unsubscribed https:\/\/hooks\.slack\.com/);
    const after = JSON.parse((await radar(['subscriptions', '--json'], { cwd: dir, env, now })).stdout).subscriptions;
    expect(after.map((s: { endpoint: string }) => s.endpoint)).toEqual(['ops@example.com']);
  });

  it('radar digest previews the digest in either language and --send delivers it once a day, to a webhook too', async () => {
    const preview = await radar(['digest', '--lang', 'ko', '--org', '카카오'], { cwd: dir, env, now });
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^Project Radar: 프로젝트 \d+곳에 변경 \d+건\n\n2023-11-23 16:00 KST 이후 감지된 변경/);
    expect(preview.stdout).not.toMatch(/Ohio One/);

    const bodies: unknown[] = [];
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/digest`;
      expect((await radar(['subscribe', '--webhook', hook, '--digest', 'daily', '--org', 'intel'], { cwd: dir, env, now })).code).toBe(0);
      const sent = await radar(['digest', '--send'], { cwd: dir, env, now });
      expect(sent.code).toBe(0);
      expect(sent.stdout).toMatch(/radar: 1 digest\(s\) sent, 0 failed/);
      expect(bodies).toEqual([expect.objectContaining({ type: 'radar.digest', lang: 'en', subject: expect.stringMatching(/^Project Radar: \d+ changes? in 1 project$/) })]);
      expect(JSON.stringify(bodies[0])).not.toContain('subscribers');
      const again = await radar(['digest', '--send'], { cwd: dir, env, now });
      expect(again.stdout).toMatch(/radar: 0 digest\(s\) sent/);
      expect(bodies).toHaveLength(1);
      await radar(['unsubscribe', hook], { cwd: dir, env, now });
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });

  it.each([['extract'], ['analyze'], ['feed']])('radar %s refuses a binary file with exit 2 and one line', async (command) => {
    const path = join(dir, 'program.bin');
    writeFileSync(path, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0x1b, 0x5b, 0x32, 0x4a]));
    const run = await radar([command, path], { cwd: dir, env, now });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(`radar ${command}: ${path} is an ELF executable, not a page, a feed or text\n`);
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
  it('runs offline end to end, alerts the transition once, keeps its data and points to the next commands', async () => {
    const tour = mkdtempSync(join(tmpdir(), 'radar-tour-'));
    const run = await radar(['demo'], { cwd: tour, env: { PATH: process.env.PATH } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/MOU_SIGNED -> CANCELLED/);
    expect(run.stdout).toMatch(/cycle 3 alerted 0/);
    expect(run.stdout).toMatch(/“.*무산.*”/);
    expect(run.stdout).toMatch(/The demo's data stays in \.radar\/demo\. Next, try:\n {2}npx radar status .*\n {2}npx radar show kakao-siheung-dc .*\n {2}npx radar serve .*http:\/\/127\.0\.0\.1:8787\n$/);

    // The tour goes on: the next commands see the demo's projects.
    const status = await radar(['status', '--json'], { cwd: tour, env: { PATH: process.env.PATH } });
    expect(status.code).toBe(0);
    expect(status.stderr).toMatch(/showing the demo's data/);
    expect(JSON.parse(status.stdout).projects.map((p: { projectId: string }) => p.projectId)).toContain('kakao-siheung-dc');
    const show = await radar(['show', 'kakao-siheung-dc'], { cwd: tour, env: { PATH: process.env.PATH } });
    expect(show.code).toBe(0);
  }, 60_000);
});
