/**
 * What the Lambdas share: the runtime built from the bundled configuration and the
 * environment the CDK stack sets (see `cdk/constructs/radar-function.ts`), created on
 * the first invocation and kept while the container is warm.
 */
import { defaultConfig } from '../config/load';
import { ConfigError } from '../core/errors';
import { createAwsRuntime, type Runtime } from './deps';

let runtime: Promise<Runtime> | undefined;

export function lambdaRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  if (!env.RADAR_TABLE_NAME) throw new ConfigError(['RADAR_TABLE_NAME is not set (the stack sets it with bindTable())']);
  runtime ??= Promise.resolve().then(() => createAwsRuntime(defaultConfig(), { env })).catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

/** The variable holding a required setting, or a ConfigError naming it. */
export function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError([`${name} is not set`]);
  return value;
}
