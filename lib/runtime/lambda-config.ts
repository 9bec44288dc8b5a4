/**
 * The configuration a deployment runs with: the one pushed to its table with
 * `radar config push` (re-read at most once a minute per container, so a change takes
 * effect without a deploy), else the one bundled at deploy time. Its own module, so
 * functions that need no configuration do not bundle zod.
 */
import { defaultConfig } from '../config/load';
import { createCachedConfig, readStoredConfig, type ResolvedConfig } from '../config/remote';
import { documentClient } from './aws-clients';
import { traced } from './lambda-observability';
import { requireEnv } from './lambda-runtime';

let current: (() => Promise<ResolvedConfig>) | undefined;

/** The configuration in force now (cached; see `createCachedConfig`). */
export function lambdaConfig(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedConfig> {
  if (!current) {
    const tableName = requireEnv(env, 'RADAR_TABLE_NAME');
    const doc = traced(documentClient(env.RADAR_DYNAMODB_ENDPOINT));
    const ttlSeconds = Number(env.RADAR_CONFIG_TTL_SECONDS ?? 60);
    current = createCachedConfig({ read: () => readStoredConfig(doc, tableName), fallback: defaultConfig, ttlMs: (Number.isFinite(ttlSeconds) ? ttlSeconds : 60) * 1000 });
  }
  return current();
}
