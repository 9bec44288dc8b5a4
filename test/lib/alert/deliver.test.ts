import type { Alert, AlertPublisher } from '../../../lib/core/ports';
import { deliverChanges, type DeliverDeps } from '../../../lib/alert/deliver';
import { change, discovered, slip } from './fixtures';

/** An in-memory claim table with the store's semantics (claim once, release). */
function claimStore(options: { failClaim?: string; failRelease?: boolean } = {}) {
  const claims = new Map<string, string>();
  const released: string[] = [];
  return {
    claims,
    released,
    async claimAlert(id: string, at: string) {
      if (id === options.failClaim) throw new Error('throttled');
      if (claims.has(id)) return false;
      claims.set(id, at);
      return true;
    },
    async releaseAlert(id: string) {
      if (options.failRelease) throw new Error('release failed');
      claims.delete(id);
      released.push(id);
    },
  };
}

function recorder(failFor: string[] = []): AlertPublisher & { sent: Alert[] } {
  const sent: Alert[] = [];
  return {
    sent,
    async publish(alert) {
      if (failFor.includes(alert.change.id)) throw new Error('SNS down');
      sent.push(alert);
    },
  };
}

const now = () => new Date('2023-11-24T06:00:00.000Z');

describe('deliverChanges', () => {
  it('claims and publishes each change once, skipping one claimed before or repeated', async () => {
    const store = claimStore();
    const publisher = recorder();
    store.claims.set(slip().id, 'earlier');

    const report = await deliverChanges([change(), slip(), change(), discovered()], { store, publisher, now });

    expect(report).toEqual({ sent: [change().id, discovered().id], skipped: [slip().id, change().id], failed: [] });
    expect(publisher.sent.map((a) => a.subject)).toEqual(['[Radar] 새만금 하이퍼스케일 데이터센터: MOU signed → cancelled', '[Radar] 광양 수소 플랜트: new project, construction started']);
    expect(store.claims.get(change().id)).toBe('2023-11-24T06:00:00.000Z');
  });

  it('a second delivery of the same changes sends nothing', async () => {
    const deps: DeliverDeps = { store: claimStore(), publisher: recorder(), now };
    await deliverChanges([change(), slip()], deps);
    expect(await deliverChanges([change(), slip()], deps)).toEqual({ sent: [], skipped: [change().id, slip().id], failed: [] });
  });

  it('releases the claim when publishing fails, reports it, and goes on with the rest', async () => {
    const store = claimStore();
    const publisher = recorder([change().id]);

    const report = await deliverChanges([change(), slip()], { store, publisher, now });

    expect(report.sent).toEqual([slip().id]);
    expect(report.failed).toEqual([{ id: change().id, error: new Error('SNS down') }]);
    expect(store.released).toEqual([change().id]);
    // The retry sends it.
    const retry = await deliverChanges([change()], { store, publisher: recorder(), now });
    expect(retry.sent).toEqual([change().id]);
  });

  it('reports a failed claim without publishing', async () => {
    const publisher = recorder();
    const report = await deliverChanges([change(), slip()], { store: claimStore({ failClaim: change().id }), publisher, now });
    expect(report.failed.map((f) => f.id)).toEqual([change().id]);
    expect(publisher.sent.map((a) => a.change.id)).toEqual([slip().id]);
  });

  it('keeps both errors when the claim cannot be released either', async () => {
    const report = await deliverChanges([change()], { store: claimStore({ failRelease: true }), publisher: recorder([change().id]), now });
    const error = report.failed[0]?.error as AggregateError;
    expect(error).toBeInstanceOf(AggregateError);
    expect(error.errors.map((e: Error) => e.message)).toEqual(['SNS down', 'release failed']);
  });
});
