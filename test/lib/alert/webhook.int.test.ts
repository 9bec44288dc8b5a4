/**
 * Webhooks against a real receiver on loopback: the body for Slack and for anything else,
 * retries on 5xx / 429 (with Retry-After) and none on 4xx, and, through the channel
 * publisher on the real store, each webhook sent once per change however often the
 * change is retried, without a broken webhook holding up the other channels.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createChannelPublisher, isStaleNews, publisherLeg, webhookLegs } from '../../../lib/alert/channels';
import { buildAlert } from '../../../lib/alert/message';
import { checkWebhookUrl, postWebhook, webhookBody, webhookFlavour } from '../../../lib/alert/webhook';
import type { Alert, AlertPublisher, Subscription } from '../../../lib/core/ports';
import { startLocalTable, type LocalTable } from '../store/local-table';
import { change, slip } from './fixtures';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A receiver whose answers are scripted per path: a list of statuses, then 200. */
let server: Server;
let base: string;
const received: Received[] = [];
const script = new Map<string, { status: number; headers?: Record<string, string> }[]>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const next = script.get(req.url ?? '')?.shift() ?? { status: 200 };
      res.writeHead(next.status, next.headers ?? {}).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  script.clear();
});

const noSleep = { sleep: async () => {}, backoffMs: 1 };

describe('postWebhook', () => {
  it('POSTs the generic JSON body with the change', async () => {
    const alert = buildAlert(change({ newsDate: '2023-11-24' }), { lang: 'ko' });
    expect(await postWebhook(`${base}/generic`, alert, noSleep)).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(received[0]!.body).toEqual({ type: 'radar.change', lang: 'ko', subject: alert.subject, text: alert.text, change: alert.change });
  });

  it('retries 503 and 429 (waiting what Retry-After asks), then succeeds', async () => {
    script.set('/flaky', [{ status: 503 }, { status: 429, headers: { 'retry-after': '2' } }]);
    const waits: number[] = [];
    const attempts = await postWebhook(`${base}/flaky`, buildAlert(change()), { backoffMs: 10, sleep: async (ms) => void waits.push(ms) });
    expect(attempts).toBe(3);
    expect(received).toHaveLength(3);
    expect(waits).toEqual([10, 2000]);
  });

  it('gives up at once on a 404, not retryable', async () => {
    script.set('/gone', [{ status: 404 }]);
    await expect(postWebhook(`${base}/gone`, buildAlert(change()), noSleep)).rejects.toMatchObject({ code: 'RADAR_ALERT_PUBLISH', retryable: false, message: expect.stringMatching(/HTTP 404/) });
    expect(received).toHaveLength(1);
  });

  it('gives up after the last attempt on a server that keeps failing, retryable', async () => {
    script.set('/down', Array.from({ length: 10 }, () => ({ status: 500 })));
    await expect(postWebhook(`${base}/down`, buildAlert(change()), { ...noSleep, attempts: 3 })).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/failed 3 times/) });
    expect(received).toHaveLength(3);
  });

  it('retries a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(postWebhook(url, buildAlert(change()), { ...noSleep, attempts: 2 })).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/failed 2 times/) });
  });
});

describe('webhook bodies', () => {
  it('Slack gets text and blocks in mrkdwn, with <, > and & escaped', () => {
    const alert = buildAlert(slip());
    expect(webhookFlavour('https://hooks.slack.com/services/T0/B0/abc')).toBe('slack');
    const body = webhookBody({ ...alert, change: { ...alert.change, project: 'Meta <El Paso> & co', newsDate: '2025-03-02' } }, 'slack') as { text: string; blocks: { text?: { text: string }; elements?: { text: string }[] }[] };
    expect(body.text).toBe(alert.subject);
    expect(body.blocks[0]!.text!.text).toMatch(/^\*Meta &lt;El Paso&gt; &amp; co\*: launched slipped from H1 2026 to 2027\n>Meta now expects/);
    expect(body.blocks[1]!.elements![0]!.text).toBe('<https://news.example.com/meta-el-paso|news.example.com> · 2025-03-02 · 87%');
  });

  it.each([
    ['https://discord.com/api/webhooks/1/abc', 'discord'],
    ['https://acme.webhook.office.com/webhookb2/x', 'teams'],
    ['https://example.org/hook', 'generic'],
    ['https://slack.com.evil.example/hook', 'generic'],
  ])('%s is %s', (url, flavour) => {
    expect(webhookFlavour(url)).toBe(flavour);
  });

  it.each(['ftp://example.org/x', 'http://example.org/hook', 'not a url'])('refuses %s as a webhook URL', (url) => {
    expect(() => checkWebhookUrl(url)).toThrow(/--webhook needs/);
  });
});

describe('the channel publisher on the real store', () => {
  let table: LocalTable;
  beforeAll(async () => {
    table = await startLocalTable('radar-webhooks');
  });
  afterAll(() => table.close());

  const now = () => new Date('2023-11-25T00:00:00.000Z');
  const sub = (id: string, endpoint: string, extra: Partial<Subscription> = {}): Subscription => ({ id, protocol: 'webhook', endpoint, createdAt: '2023-11-01T00:00:00.000Z', ...extra });

  it('sends each leg once; a broken webhook fails the publish for a retry but never resends the legs that worked', async () => {
    const store = table.store();
    const console: Alert[] = [];
    const main: AlertPublisher = { publish: async (alert) => void console.push(alert) };
    const subs = [sub('ok', `${base}/ok`, { lang: 'ko' }), sub('broken', `${base}/broken`), sub('other-org', `${base}/other`, { orgs: ['naver'] })];
    script.set('/broken', [{ status: 500 }, { status: 500 }]);
    const publisher = createChannelPublisher({
      store,
      now,
      legs: async (c) => [publisherLeg('console', main, 'en'), ...webhookLegs(subs, c, { ...noSleep, attempts: 2 })],
    });
    const alert = buildAlert(change({ id: 'chan-1', newsDate: '2023-11-24' }));

    await expect(publisher.publish(alert)).rejects.toMatchObject({ code: 'RADAR_ALERT_PUBLISH', retryable: true, message: expect.stringMatching(/1 of 3 channel\(s\) failed \(webhook:broken\)/) });
    await publisher.publish(alert); // the retry
    await publisher.publish(alert); // a duplicate delivery

    expect(console).toHaveLength(1);
    expect(received.filter((r) => r.path === '/ok')).toHaveLength(1);
    expect((received.find((r) => r.path === '/ok')!.body as { lang: string }).lang).toBe('ko');
    expect(received.filter((r) => r.path === '/broken')).toHaveLength(3); // two failed tries, then the retry
    expect(received.filter((r) => r.path === '/other')).toHaveLength(0); // its filter does not match
  });

  it('keeps news older than maxAlertAgeDays quiet', async () => {
    const store = table.store();
    const sent: Alert[] = [];
    const lines: string[] = [];
    const publisher = createChannelPublisher({ store, now, maxAlertAgeDays: 7, log: (l) => lines.push(l), legs: async () => [publisherLeg('console', { publish: async (a) => void sent.push(a) }, 'en')] });
    await publisher.publish(buildAlert(change({ id: 'old-1', newsDate: '2022-04-21' })));
    await publisher.publish(buildAlert(change({ id: 'new-1', newsDate: '2023-11-20' })));
    await publisher.publish(buildAlert(change({ id: 'undated-1' })));
    expect(sent.map((a) => a.change.id)).toEqual(['new-1', 'undated-1']);
    expect(lines).toEqual([expect.stringMatching(/not alerted: .* news from 2022-04-21, older than 7 days/)]);
  });
});

describe('isStaleNews', () => {
  const now = new Date('2026-12-04T15:00:00Z');
  it.each([
    ['2026-12-04', 7, false],
    ['2026-11-27', 7, false],
    ['2026-11-26', 7, true],
    ['2022-04-21', 7, true],
    ['2022-04-21', 0, false],
    [undefined, 7, false],
  ])('news of %s with a limit of %s days: %s', (newsDate, days, stale) => {
    expect(isStaleNews({ newsDate }, now, days)).toBe(stale);
  });
});
