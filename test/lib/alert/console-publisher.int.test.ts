import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsolePublisher, type OutboxRecord } from '../../../lib/alert/console-publisher';
import { buildAlert } from '../../../lib/alert/message';
import type { Subscription } from '../../../lib/core/ports';
import type { Status } from '../../../lib/core/types';
import { change, slip } from './fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'radar-outbox-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createConsolePublisher', () => {
  it('writes one readable block per alert', async () => {
    const lines: string[] = [];
    const publisher = createConsolePublisher({ write: (line) => lines.push(line) });

    await publisher.publish(buildAlert(change()));
    await publisher.publish(buildAlert(slip()));

    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('ALERT [Radar] 새만금 하이퍼스케일 데이터센터: MOU signed → cancelled');
    expect(lines[0]).toContain('  Evidence:   "새만금 하이퍼스케일 데이터센터 건립 사업이 투자자 이탈로 결국 무산됐다."');
    expect(lines[0]).toContain('  SMS: Radar: 새만금');
    expect(lines[1]).toContain('launched slipped from H1 2026 to 2027');
  });

  it('appends one JSON line per alert to the outbox, creating its folder', async () => {
    const outboxPath = join(dir, 'nested', 'outbox.jsonl');
    const publisher = createConsolePublisher({ write: () => {}, outboxPath });

    await publisher.publish(buildAlert(change()));
    await createConsolePublisher({ write: () => {}, outboxPath }).publish(buildAlert(slip())); // a second run appends

    const records = readFileSync(outboxPath, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as OutboxRecord);
    expect(records.map((r) => r.id)).toEqual(['3f9a2c41d07be815', 'aa11bb22cc33dd44']);
    expect(records[0]).toEqual({ id: '3f9a2c41d07be815', recipients: [], ...(({ change: c, subject, text, short, attributes }) => ({ change: c, subject, text, short, attributes }))(buildAlert(change())) });
  });

  it('names the local subscribers whose filters an alert matches', async () => {
    const lines: string[] = [];
    const outboxPath = join(dir, 'outbox.jsonl');
    const alert = buildAlert(change());
    const subscriptions = async (): Promise<Subscription[]> => [
      { id: 'a', protocol: 'email', endpoint: 'ops@example.com', statuses: [alert.change.to as Status], createdAt: '2024-01-01T00:00:00Z' },
      { id: 'b', protocol: 'sms', endpoint: '+821012345678', statuses: ['LAUNCHED'], createdAt: '2024-01-01T00:00:00Z' },
      { id: 'c', protocol: 'email', endpoint: 'all@example.com', createdAt: '2024-01-01T00:00:00Z' },
    ];
    await createConsolePublisher({ write: (line) => lines.push(line), outboxPath, subscriptions }).publish(alert);
    expect(lines[0]).toContain('  To: ops@example.com (email), all@example.com (email)');
    expect((JSON.parse(readFileSync(outboxPath, 'utf8')) as OutboxRecord).recipients).toEqual(['ops@example.com (email)', 'all@example.com (email)']);
  });
});
