/**
 * The composition root: reads configuration, creates clients and wires adapters to
 * ports. Two shapes share the `Runtime` type: `createAwsRuntime` (a table and a topic
 * named by environment variables; the Lambdas, and the CLI when RADAR_TABLE_NAME is set)
 * and `createLocalRuntime` in `local-runtime.ts` (embedded DynamoDB under `.radar/`,
 * alerts on the console). `createRuntime` in `runtime.ts` picks one for the CLI.
 * This module never loads the embedded database, so Lambda bundles stay free of it.
 */
import { createConsolePublisher } from '../alert/console-publisher';
import { processOwner, type DeliverOptions } from '../alert/deliver';
import { createSnsPublisher } from '../alert/sns-publisher';
import type { RadarConfig } from '../config/schema';
import type { AlertPublisher, Clock, Fetcher, RadarStore } from '../core/ports';
import { createDetector, type Detector } from '../detect';
import type { PollLimits } from '../pipeline/poll-source';
import type { ArticleAnalyzer } from '../pipeline/article-analyzer';
import { createDynamoStore } from '../store/dynamo-store';
import { documentClient, snsClient } from './aws-clients';
import { createAlertChannels } from './alert-channels';
import { createFetcherFromConfig } from './fetcher';

export interface Runtime {
  config: RadarConfig;
  store: RadarStore;
  publisher: AlertPublisher;
  detector: Detector;
  fetcher: Fetcher;
  /** Extraction and detection off the main thread (the local runner's worker pool), if any. */
  analyzer?: ArticleAnalyzer;
  now: Clock;
  mode: 'aws' | 'local';
  /** How this process delivers alerts: its claim owner, lease and attempts. */
  delivery: DeliverOptions;
  /** Bounds on one poll (`limits` in the configuration). */
  limits: PollLimits;
  /** Where local data lives (`.radar/`), for messages. */
  dataDir?: string;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Overrides the environment (tests). */
  env?: NodeJS.ProcessEnv;
  /** Local data folder; default `.radar` in the working directory. */
  dataDir?: string;
  /** Write console alerts here instead of stdout. */
  write?: (line: string) => void;
  now?: Clock;
}

/** True when the environment names a real table: the CLI then talks to AWS. */
export function isAwsMode(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.RADAR_TABLE_NAME);
}

/** The pieces every runtime has, whatever stores its data. */
export function createCommonDeps(config: RadarConfig) {
  return { detector: createDetector(config.watchlist), fetcher: createFetcherFromConfig(config) };
}

/** The configuration's `limits` as the poller takes them. */
export function pollLimits(config: RadarConfig): PollLimits {
  return { maxItemsPerPoll: config.limits.maxItemsPerPoll, maxChars: config.limits.maxArticleChars, maxSentenceChars: config.limits.maxSentenceChars };
}

/** Delivery settings from the configuration, for claims owned by this process. */
export function deliveryOptions(config: RadarConfig, extra: DeliverOptions = {}): DeliverOptions {
  return { owner: processOwner(), maxAttempts: config.alerts.maxAttempts, leaseMs: config.alerts.claimLeaseSeconds * 1000, ...extra };
}

/** DynamoDB table `RADAR_TABLE_NAME` (at `RADAR_DYNAMODB_ENDPOINT` if set) and SNS topic `RADAR_TOPIC_ARN`. */
export function createAwsRuntime(config: RadarConfig, options: RuntimeOptions = {}): Runtime {
  const env = options.env ?? process.env;
  const { detector, fetcher } = createCommonDeps(config);
  const store = createDynamoStore(documentClient(env.RADAR_DYNAMODB_ENDPOINT), env.RADAR_TABLE_NAME as string);
  const topicArn = env.RADAR_TOPIC_ARN;
  const main = topicArn ? createSnsPublisher(snsClient(), topicArn) : createConsolePublisher({ write: options.write });
  const publisher = createAlertChannels({
    config,
    store,
    now: options.now ?? (() => new Date()),
    main,
    mainId: topicArn ? 'sns' : 'console',
    languages: topicArn ? ['ko', 'en'] : [config.alerts.lang],
    log: options.write,
  });
  return { config, store, publisher, detector, fetcher, now: options.now ?? (() => new Date()), mode: 'aws', delivery: deliveryOptions(config), limits: pollLimits(config), close: () => fetcher.close() };
}
