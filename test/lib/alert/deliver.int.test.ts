import type { Alert, AlertPublisher } from '../../../lib/core/ports';
import { deliverChanges } from '../../../lib/alert/deliver';
import { deliverOutbox, outboxHealth } from '../../../lib/pipeline/deliver-outbox';
import { startLocalTable, type LocalTable } from '../store/local-table';
import { change, discovered, slip } from './fixtures';

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable();
});
afterAll(() => table.close());

const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException', $metadata: { httpStatusCode: 400 } });
const now = () => new Date('2023-11-24T06:00:00.000Z');

describe('deliverChanges on the real store', () => {
  it('two notifiers delivering the same changes at once send each alert once; a refused one is sent on retry', async () => {
    const store = table.store();
    const sent: Alert[] = [];
    let failOnce = true;
    const publisher: AlertPublisher = {
      async publish(alert) {
        if (alert.change.kind === 'slip' && failOnce) {
          failOnce = false;
          throw throttled();
        }
        sent.push(alert);
      },
    };
    const changes = [change(), slip()];
    for (const c of changes) await store.putChange(c);

    const [a, b] = await Promise.all([
      deliverChanges(changes, { store, publisher, now, delivery: { owner: 'a' } }),
      deliverChanges(changes, { store, publisher, now, delivery: { owner: 'b' } }),
    ]);
    const retry = await deliverChanges(changes, { store, publisher, now, delivery: { owner: 'c' } });

    expect([...a.sent, ...b.sent, ...retry.sent].sort()).toEqual([change().id, slip().id].sort());
    expect(sent.map((s) => s.change.id).sort()).toEqual([change().id, slip().id].sort());
    expect([...a.failed, ...b.failed].map((f) => f.id)).toEqual([slip().id]);
    expect(await store.listOutbox()).toEqual([]);
  });
});

describe('deliverOutbox', () => {
  it('sends what is left in the outbox and shows what is stuck', async () => {
    const store = table.store();
    const stuck = discovered();
    await store.putChange(stuck);
    const ambiguous = Object.assign(new Error('timed out'), { name: 'TimeoutError', $metadata: {} });
    const publisher: AlertPublisher = {
      async publish() {
        throw ambiguous;
      },
    };
    const report = await deliverOutbox({ store, publisher, now });
    expect(report).toMatchObject({ outbox: 1, held: [{ id: stuck.id, phase: 'ambiguous' }] });
    const health = await outboxHealth(store, now());
    expect(health).toMatchObject({ undelivered: 1, byPhase: { ambiguous: 1 }, stuck: [{ changeId: stuck.id, phase: 'ambiguous', attempts: 1 }] });
    expect(health.stuck[0]!.lastError).toMatch(/RADAR_ALERT_AMBIGUOUS/);
  });
});
