import type { Alert, AlertPublisher } from '../../../lib/core/ports';
import { deliverChanges } from '../../../lib/alert/deliver';
import { startLocalTable, type LocalTable } from '../store/local-table';
import { change, slip } from './fixtures';

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable();
});
afterAll(() => table.close());

describe('deliverChanges on the real store', () => {
  it('two notifiers delivering the same changes at once send each alert once; a failed one is sent on retry', async () => {
    const store = table.store();
    const sent: Alert[] = [];
    let failOnce = true;
    const publisher: AlertPublisher = {
      async publish(alert) {
        if (alert.change.kind === 'slip' && failOnce) {
          failOnce = false;
          throw new Error('SNS throttled');
        }
        sent.push(alert);
      },
    };
    const now = () => new Date('2023-11-24T06:00:00.000Z');
    const changes = [change(), slip()];
    for (const c of changes) await store.putChange(c);

    const [a, b] = await Promise.all([deliverChanges(changes, { store, publisher, now }), deliverChanges(changes, { store, publisher, now })]);
    const retry = await deliverChanges(changes, { store, publisher, now });

    expect([...a.sent, ...b.sent, ...retry.sent].sort()).toEqual([change().id, slip().id].sort());
    expect(sent.map((s) => s.change.id).sort()).toEqual([change().id, slip().id].sort());
    expect([...a.failed, ...b.failed].map((f) => f.id)).toEqual([slip().id]);
  });
});
