/**
 * How alerts leave, for every runtime: the main channel in each language readers may
 * have chosen, then the webhook subscriptions, all behind one channel publisher that
 * claims each leg and keeps old news quiet (`lib/alert/channels.ts`).
 */
import { createChannelPublisher, publisherLeg, webhookLegs, type AlertLeg } from '../alert/channels';
import type { RadarConfig } from '../config/schema';
import type { AlertPublisher, Clock, RadarStore } from '../core/ports';
import type { Lang } from '../core/types';

export interface AlertChannelOptions {
  config: Pick<RadarConfig, 'alerts' | 'timeZone'>;
  store: RadarStore;
  now: Clock;
  /** The main channel (SNS topic or console) and the languages it is sent in. */
  main: AlertPublisher;
  mainId: string;
  languages: readonly Lang[];
  log?: (line: string) => void;
}

export function createAlertChannels(options: AlertChannelOptions): AlertPublisher {
  const { config, store } = options;
  return createChannelPublisher({
    store,
    now: options.now,
    maxAlertAgeDays: config.alerts.maxAlertAgeDays,
    log: options.log,
    legs: async (change) => {
      const main: AlertLeg[] = options.languages.map((lang) => publisherLeg(options.languages.length > 1 ? `${options.mainId}:${lang}` : options.mainId, options.main, lang, config.timeZone));
      const subscriptions = await store.listSubscriptions();
      return [...main, ...webhookLegs(subscriptions, change, { timeZone: config.timeZone })];
    },
  });
}
