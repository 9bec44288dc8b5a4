/**
 * The notify function's publisher: the SNS topic in Korean and English (each
 * subscription's filter policy picks its language) plus webhook subscriptions. Its own
 * module because it needs the configuration (zod), which the api function does not bundle.
 */
import { createSnsPublisher } from '../alert/sns-publisher';
import type { AlertPublisher } from '../core/ports';
import { createAlertChannels } from './alert-channels';
import { snsClient } from './aws-clients';
import { lambdaConfig } from './lambda-config';
import { lambdaStore, requireEnv, systemClock } from './lambda-runtime';

let publisher: AlertPublisher | undefined;

export function lambdaAlertPublisher(env: NodeJS.ProcessEnv = process.env): AlertPublisher {
  publisher ??= createAlertChannels({
    config: lambdaConfig(),
    store: lambdaStore(env),
    now: systemClock,
    main: createSnsPublisher(snsClient(), requireEnv(env, 'RADAR_TOPIC_ARN')),
    mainId: 'sns',
    languages: ['ko', 'en'],
    log: (line) => console.log(JSON.stringify({ level: 'info', message: line })),
  });
  return publisher;
}
