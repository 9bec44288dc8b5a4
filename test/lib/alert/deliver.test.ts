import type { Alert, AlertPublisher, AlertRecord } from '../../../lib/core/ports';
import { decide, deliverChanges, isAmbiguousPublishFailure, type DeliverDeps } from '../../../lib/alert/deliver';
import { AlertPublishError } from '../../../lib/alert/errors';
import { change, discovered, slip } from './fixtures';
import { memoryAlertStore } from './memory-alert-store';

/** An SDK-shaped failure: a refusal carries an HTTP status, a timeout none. */
function sdkError(name: string, status?: number): Error {
  return Object.assign(new Error(name), { name, $metadata: status === undefined ? {} : { httpStatusCode: status } });
}

function recorder(fail: (alert: Alert) => unknown = () => undefined): AlertPublisher & { sent: Alert[] } {
  const sent: Alert[] = [];
  return {
    sent,
    async publish(alert) {
      const error = fail(alert);
      if (error) throw error;
      sent.push(alert);
    },
  };
}

const now = () => new Date('2023-11-24T06:00:00.000Z');
const deps = (over: Partial<DeliverDeps> = {}): DeliverDeps => ({ store: memoryAlertStore(), publisher: recorder(), now, delivery: { owner: 'me' }, ...over });
const record = (over: Partial<AlertRecord>): AlertRecord => ({ changeId: change().id, phase: 'claimed', attempts: 0, updatedAt: '2023-11-24T05:59:00.000Z', rev: 2, ...over });

describe('deliverChanges', () => {
  it('publishes each change once, skipping one repeated in the list or delivered before', async () => {
    const d = deps();
    const first = await deliverChanges([change(), slip(), change(), discovered()], d);
    expect(first.sent).toEqual([change().id, slip().id, discovered().id]);
    expect(first.skipped).toEqual([change().id]);
    const again = await deliverChanges([change(), slip()], d);
    expect(again).toMatchObject({ sent: [], skipped: [change().id, slip().id], failed: [], held: [] });
    expect((d.publisher as ReturnType<typeof recorder>).sent).toHaveLength(3);
    const store = d.store as ReturnType<typeof memoryAlertStore>;
    expect(store.records.get(change().id)).toMatchObject({ phase: 'sent', attempts: 1, sentAt: now().toISOString() });
    expect(store.left).toEqual(expect.arrayContaining([change().id, slip().id, discovered().id]));
  });

  it('retries a refused publish (a 4xx) until maxAttempts, then holds it as exhausted', async () => {
    const store = memoryAlertStore();
    const publisher = recorder((a) => (a.change.id === slip().id ? new AlertPublishError(slip().id, 'throttled', { cause: sdkError('ThrottledException', 400) }) : undefined));
    const d = deps({ store, publisher, delivery: { owner: 'me', maxAttempts: 3 } });
    for (let round = 1; round <= 3; round++) {
      const report = await deliverChanges([slip()], d);
      if (round < 3) expect(report.failed).toEqual([expect.objectContaining({ id: slip().id, retry: true })]);
      else expect(report.held).toEqual([{ id: slip().id, phase: 'exhausted' }]);
      expect(store.records.get(slip().id)?.attempts).toBe(round);
    }
    expect(await deliverChanges([slip()], d)).toMatchObject({ held: [{ id: slip().id, phase: 'exhausted' }], failed: [] });
    expect(store.records.get(slip().id)).toMatchObject({ phase: 'exhausted', lastError: { code: 'RADAR_ALERT_PUBLISH' } });
  });

  it.each([
    ['a timeout after sending', sdkError('TimeoutError')],
    ['a reset connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a 500 from SNS', sdkError('InternalErrorException', 500)],
  ])('holds %s as ambiguous and never re-sends it', async (_name, error) => {
    const store = memoryAlertStore();
    let calls = 0;
    const publisher = recorder(() => (++calls === 1 ? error : undefined));
    const d = deps({ store, publisher });
    expect((await deliverChanges([change()], d)).held).toEqual([{ id: change().id, phase: 'ambiguous' }]);
    expect((await deliverChanges([change()], d)).held).toEqual([{ id: change().id, phase: 'ambiguous' }]);
    expect(calls).toBe(1);
    expect(store.records.get(change().id)?.lastError?.code).toBe('RADAR_ALERT_AMBIGUOUS');
  });

  it('reports a failed publish whose record cannot be written as failed with both errors, never as sent', async () => {
    const store = memoryAlertStore();
    store.failWrite = (r) => r.phase === 'pending';
    const publisher = recorder(() => sdkError('ThrottledException', 400));
    const report = await deliverChanges([change()], deps({ store, publisher }));
    expect(report.sent).toEqual([]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.retry).toBe(false);
    expect((report.failed[0]!.error as AggregateError).errors).toHaveLength(2);
    // The record still says "publishing": a later run treats it as interrupted, not sent.
    expect(store.records.get(change().id)?.phase).toBe('publishing');
  });

  it('reports a sent alert whose record could not be written as sent and unrecorded', async () => {
    const store = memoryAlertStore();
    store.failWrite = (r) => r.phase === 'sent';
    const report = await deliverChanges([change()], deps({ store }));
    expect(report.sent).toEqual([change().id]);
    expect(report.unrecorded.map((u) => u.id)).toEqual([change().id]);
  });

  it('goes on after a store failure on one change', async () => {
    const store = memoryAlertStore();
    store.failRead = (id) => id === change().id;
    const report = await deliverChanges([change(), slip()], deps({ store }));
    expect(report.sent).toEqual([slip().id]);
    expect(report.failed).toEqual([expect.objectContaining({ id: change().id, retry: true })]);
  });

  describe('taking over an interrupted delivery', () => {
    const lease = (ms: number) => new Date(now().getTime() + ms).toISOString();

    it('waits for a live claim, takes over one whose lease ended or whose owner is gone', async () => {
      for (const [over, gone, expected] of [
        [{ owner: 'other', leaseUntil: lease(30_000) }, false, 'busy'],
        [{ owner: 'other', leaseUntil: lease(-1) }, false, 'sent'],
        [{ owner: 'dead', leaseUntil: lease(30_000) }, true, 'sent'],
      ] as const) {
        const store = memoryAlertStore();
        store.records.set(change().id, record(over));
        const report = await deliverChanges([change()], deps({ store, delivery: { owner: 'me', isOwnerGone: () => gone } }));
        expect(report.busy.length ? 'busy' : report.sent.length ? 'sent' : 'other').toBe(expected);
      }
    });

    it.each([
      [true, 'marked sent without publishing again', 0],
      [false, 'published again', 1],
    ])('an interrupted publish the channel knows was delivered=%s is %s', async (delivered, _what, publishes) => {
      const store = memoryAlertStore();
      store.records.set(change().id, record({ phase: 'publishing', attempts: 1, owner: 'dead', leaseUntil: lease(-1) }));
      const publisher = { ...recorder(), wasDelivered: async () => delivered };
      const report = await deliverChanges([change()], deps({ store, publisher }));
      expect(report.sent).toEqual([change().id]);
      expect(publisher.sent).toHaveLength(publishes);
      expect(store.records.get(change().id)?.phase).toBe('sent');
    });

    it('holds an interrupted publish as ambiguous when the channel cannot tell (SNS)', async () => {
      const store = memoryAlertStore();
      store.records.set(change().id, record({ phase: 'publishing', attempts: 1, owner: 'dead', leaseUntil: lease(-1) }));
      const publisher = recorder();
      const report = await deliverChanges([change()], deps({ store, publisher }));
      expect(report.held).toEqual([{ id: change().id, phase: 'ambiguous' }]);
      expect(publisher.sent).toHaveLength(0);
    });

    it('lets only one of two deliverers racing for a released change publish it', async () => {
      const store = memoryAlertStore();
      const publisher = recorder();
      const [a, b] = await Promise.all([deliverChanges([change()], deps({ store, publisher, delivery: { owner: 'a' } })), deliverChanges([change()], deps({ store, publisher, delivery: { owner: 'b' } }))]);
      expect(publisher.sent).toHaveLength(1);
      expect([...a.sent, ...b.sent]).toEqual([change().id]);
    });
  });
});

describe('decide', () => {
  const at = new Date('2023-11-24T06:00:00.000Z');
  it.each([
    ['no record', null, 'claim'],
    ['sent', record({ phase: 'sent' }), 'done'],
    ['pending with attempts left', record({ phase: 'pending', attempts: 2 }), 'claim'],
    ['pending with none left', record({ phase: 'pending', attempts: 5 }), 'held'],
    ['ambiguous', record({ phase: 'ambiguous' }), 'held'],
    ['claimed, lease running', record({ owner: 'x', leaseUntil: '2023-11-24T06:01:00.000Z' }), 'busy'],
    ['claimed, lease ended', record({ owner: 'x', leaseUntil: '2023-11-24T05:59:00.000Z' }), 'claim'],
    ['publishing, lease ended', record({ phase: 'publishing', owner: 'x', leaseUntil: '2023-11-24T05:59:00.000Z' }), 'confirm'],
  ])('%s -> %s', (_name, r, kind) => {
    expect(decide(r, at, { maxAttempts: 5 }).kind).toBe(kind);
  });
});

describe('isAmbiguousPublishFailure', () => {
  it.each([
    ['a throttle (400)', sdkError('ThrottledException', 400), false],
    ['a refusal (403)', sdkError('AuthorizationErrorException', 403), false],
    ['a server error (500)', sdkError('InternalErrorException', 500), true],
    ['a timeout', sdkError('TimeoutError'), true],
    ['a dropped connection', new Error('socket hang up'), true],
  ])('%s -> ambiguous %s', (_name, error, ambiguous) => {
    expect(isAmbiguousPublishFailure(error)).toBe(ambiguous);
    expect(isAmbiguousPublishFailure(new AlertPublishError('c', 'x', { cause: error }))).toBe(ambiguous);
  });
});
