/**
 * The notify function's publisher: the SNS topic in Korean and English (each
 * subscription's filter policy picks its language) plus webhook subscriptions. Its own
 * module because it needs the configuration (zod), which the api function does not bundle.
 * Rebuilt when a `radar config push` changes the configuration.
 */
import { createSnsPublisher } from '../alert/sns-publisher';
import type { RadarConfig } from '../config/schema';
import type { AlertPublisher } from '../core/ports';
import { createAlertChannels } from './alert-channels';
import { lambdaConfig } from './lambda-config';
import { powertools } from './lambda-observability';
import { lambdaSns, lambdaStore, requireEnv, systemClock } from './lambda-runtime';

let built: { config: RadarConfig; publisher: AlertPublisher } | undefined;

export async function lambdaAlertPublisher(env: NodeJS.ProcessEnv = process.env): Promise<AlertPublisher> {
  const { config } = await lambdaConfig(env);
  if (built?.config !== config) {
    const publisher = createAlertChannels({
      config,
      store: lambdaStore(env),
      now: systemClock,
      main: createSnsPublisher(lambdaSns(), requireEnv(env, 'RADAR_TOPIC_ARN')),
      mainId: 'sns',
      languages: ['ko', 'en'],
      log: (line) => powertools().logger.info(line),
    });
    built = { config, publisher };
  }
  return built.publisher;
}
