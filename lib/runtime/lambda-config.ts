import { defaultConfig } from '../config/load';
import type { RadarConfig } from '../config/schema';

let config: RadarConfig | undefined;

/**
 * The configuration a deployment runs with: the one bundled at deploy time, validated on
 * first use. Its own module, so functions that need no configuration do not bundle zod.
 */
export function lambdaConfig(): RadarConfig {
  config ??= defaultConfig();
  return config;
}
