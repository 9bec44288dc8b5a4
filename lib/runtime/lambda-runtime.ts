/**
 * What the Lambdas share, built on first use and kept while the container is warm:
 * the store on the table the stack names, the SNS and SQS clients, the run
 * ledger, each client traced by X-Ray. Each handler asks only for what it uses, so esbuild
 * leaves the rest out of its bundle: the api function carries no detector, fetcher, feed
 * parser or config validator (`lambda-config.ts` and `deps.ts` hold those).
 */
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { ConfigError } from '../core/errors';
import type { RadarStore } from '../core/ports';
import { createDynamoStore } from '../store/dynamo-store';
import { documentClient, snsClient, sqsClient } from './aws-clients';
import { traced } from './lambda-observability';
import { createDynamoRunLedger, type RunLedger } from './lambda-run-ledger';

let store: RadarStore | undefined;
let ledger: RunLedger | undefined;

/** The variable holding a required setting, or a ConfigError naming it. */
export function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError([`${name} is not set (the stack sets it with a bind*() helper)`]);
  return value;
}

/** The table named by RADAR_TABLE_NAME. */
export function lambdaStore(env: NodeJS.ProcessEnv = process.env): RadarStore {
  store ??= createDynamoStore(traced(documentClient(env.RADAR_DYNAMODB_ENDPOINT)), requireEnv(env, 'RADAR_TABLE_NAME'));
  return store;
}

/** Scheduled-run markers in the table named by RADAR_TABLE_NAME. */
export function lambdaRunLedger(env: NodeJS.ProcessEnv = process.env): RunLedger {
  ledger ??= createDynamoRunLedger(traced(documentClient(env.RADAR_DYNAMODB_ENDPOINT)), requireEnv(env, 'RADAR_TABLE_NAME'));
  return ledger;
}

export function lambdaSns(): SNSClient {
  return traced(snsClient());
}

export function lambdaSqs(): SQSClient {
  return traced(sqsClient());
}

export const systemClock = (): Date => new Date();
