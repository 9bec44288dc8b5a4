/**
 * The CLI's runtime: AWS when RADAR_TABLE_NAME is set, else the embedded database.
 */
import type { RadarConfig } from '../config/schema';
import { createAwsRuntime, isAwsMode, type Runtime, type RuntimeOptions } from './deps';
import { createLocalRuntime } from './local-runtime';

export type { Runtime, RuntimeOptions };

export async function createRuntime(config: RadarConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  return isAwsMode(options.env ?? process.env) ? createAwsRuntime(config, options) : createLocalRuntime(config, options);
}
