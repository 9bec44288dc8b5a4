/**
 * One alert, several channels: the main channel (SNS, or the console locally) in every
 * language readers chose, and each matching webhook subscription. Every channel ("leg")
 * is claimed on its own in the store before it is sent, so when one leg fails and the
 * whole change is retried later, the legs that worked are not sent twice and a broken
 * webhook never blocks (or duplicates) anyone else's alert.
 *
 * Old news is kept quiet here too: a change whose news date is older than
 * `maxAlertAgeDays` (a first run's backlog, a recap of a 2022 event) is stored, shown on
 * the timeline and in `radar changes`, but alerts nobody.
 */
import type { Alert, AlertPublisher, Clock, RadarStore, Subscription } from '../core/ports';
import type { Change, Lang } from '../core/types';
import { AlertPublishError } from './errors';
import { matchesSubscription } from './filter-policy';
import { buildAlert } from './message';
import { postWebhook, type WebhookOptions } from './webhook';

/** One way out for an alert, claimed as `<change id>#<leg id>`. */
export interface AlertLeg {
  id: string;
  send(change: Change): Promise<void>;
}

export interface ChannelOptions {
  store: Pick<RadarStore, 'claimAlert' | 'releaseAlert'>;
  now: Clock;
  legs: (change: Change) => Promise<AlertLeg[]>;
  /** Older news is recorded but not alerted; 0 turns the rule off. */
  maxAlertAgeDays?: number;
  /** Told about each change kept quiet and each leg that failed. */
  log?: (line: string) => void;
}

const DAY_MS = 86_400_000;

/**
 * True when the change's news is too old to alert: its news date (a calendar day) is
 * more than `maxAgeDays` whole days before today (UTC). A change without a news date is
 * alerted: its age is unknown.
 *
 * @example
 * isStaleNews({ newsDate: '2022-04-01' } as Change, new Date('2026-12-04T00:00:00Z'), 7) // => true
 */
export function isStaleNews(change: Pick<Change, 'newsDate'>, now: Date, maxAgeDays: number): boolean {
  if (!maxAgeDays || !change.newsDate) return false;
  const day = Date.parse(`${change.newsDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day)) return false;
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return today - day > maxAgeDays * DAY_MS;
}

/** The publisher that sends every leg of a change once, whatever is retried. */
export function createChannelPublisher(options: ChannelOptions): AlertPublisher {
  const log = options.log ?? (() => {});
  return {
    async publish(alert) {
      const change = alert.change;
      if (isStaleNews(change, options.now(), options.maxAlertAgeDays ?? 0)) {
        log(`not alerted: ${change.project} (${change.to}) is news from ${change.newsDate}, older than ${options.maxAlertAgeDays} days (alerts.maxAlertAgeDays)`);
        return;
      }
      const legs = await options.legs(change);
      const failures: { leg: string; error: unknown }[] = [];
      for (const leg of legs) {
        const claimId = `${change.id}#${leg.id}`;
        let claimed: boolean;
        try {
          claimed = await options.store.claimAlert(claimId, options.now().toISOString());
        } catch (error) {
          failures.push({ leg: leg.id, error });
          continue;
        }
        if (!claimed) continue;
        try {
          await leg.send(change);
        } catch (error) {
          failures.push({ leg: leg.id, error });
          await options.store.releaseAlert(claimId).catch((releaseError: unknown) => failures.push({ leg: leg.id, error: releaseError }));
        }
      }
      if (failures.length) {
        for (const f of failures) log(`alert ${change.id} via ${f.leg} failed: ${(f.error as Error).message}`);
        const retryable = failures.some((f) => (f.error as { retryable?: boolean }).retryable !== false);
        throw new AlertPublishError(change.id, `${failures.length} of ${legs.length} channel(s) failed (${failures.map((f) => f.leg).join(', ')})`, { retryable, cause: failures[0]?.error });
      }
    },
  };
}

/** A leg that sends the alert through a publisher in one language. */
export function publisherLeg(id: string, publisher: AlertPublisher, lang: Lang, timeZone?: string): AlertLeg {
  return { id, send: (change) => publisher.publish(buildAlert(change, { lang, timeZone })) };
}

/** The legs for every webhook subscription that wants this change. */
export function webhookLegs(subscriptions: Subscription[], change: Change, options: WebhookOptions & { timeZone?: string } = {}): AlertLeg[] {
  return subscriptions
    .filter((sub) => sub.protocol === 'webhook')
    .flatMap((sub) => {
      const alert: Alert = buildAlert(change, { lang: sub.lang ?? 'en', timeZone: options.timeZone });
      if (!matchesSubscription(alert, sub)) return [];
      return [{ id: `webhook:${sub.id}`, send: async () => void (await postWebhook(sub.endpoint, alert, options)) }];
    });
}
