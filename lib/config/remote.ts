/**
 * The configuration of a deployment, kept in its table (one item, `configKey()`), so a
 * new source or watchlist entry takes effect without a deploy: `radar config push`
 * validates a file and writes it, `radar config pull` prints it, and the Lambdas read it
 * through `createCachedConfig` (re-read at most once a minute per container).
 *
 * Writes are version-checked: a push names the version it replaces, so two people
 * pushing at once cannot silently overwrite each other.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConfigError, RadarError } from '../core/errors';
import { isConditionFailure } from '../store/errors';
import { configKey } from '../store/keys';
import { parseConfig } from './load';
import type { RadarConfig } from './schema';

/** The stored item's fields (beside its keys). */
export interface StoredConfig {
  /** The configuration file's JSON, as pushed (defaults not filled in). */
  json: string;
  /** 1 for the first push, then one more per push. */
  version: number;
  updatedAt: string;
  updatedBy?: string;
}

/** Another push happened between reading the version and writing. */
export class ConfigVersionError extends RadarError {
  override name = 'ConfigVersionError' as const;
  constructor(message: string) {
    super('RADAR_CONFIG_VERSION', message, { retryable: false });
  }
}

/** Reads the stored configuration, or null when none was pushed yet. */
export async function readStoredConfig(doc: DynamoDBDocumentClient, tableName: string): Promise<StoredConfig | null> {
  const out = await doc.send(new GetCommand({ TableName: tableName, Key: configKey(), ConsistentRead: true }));
  if (!out.Item) return null;
  const { json, version, updatedAt, updatedBy } = out.Item as Record<string, unknown>;
  return { json: String(json), version: Number(version), updatedAt: String(updatedAt), updatedBy: updatedBy === undefined ? undefined : String(updatedBy) };
}

/**
 * Validates `raw` and stores it as the next version after `expectedVersion` (0 = none
 * stored yet). Throws `ConfigError` listing every problem (nothing is written then) or
 * `ConfigVersionError` when the stored version moved.
 */
export async function writeStoredConfig(
  doc: DynamoDBDocumentClient,
  tableName: string,
  raw: unknown,
  options: { expectedVersion: number; now: Date; updatedBy?: string; origin?: string },
): Promise<{ config: RadarConfig; version: number }> {
  const config = parseConfig(raw, options.origin ?? 'config');
  const version = options.expectedVersion + 1;
  const item = { ...configKey(), entity: 'config', json: JSON.stringify(raw), version, updatedAt: options.now.toISOString(), ...(options.updatedBy ? { updatedBy: options.updatedBy } : {}) };
  try {
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ConditionExpression: options.expectedVersion === 0 ? 'attribute_not_exists(PK)' : '#version = :expected',
        ...(options.expectedVersion === 0 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': options.expectedVersion } }),
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) {
      throw new ConfigVersionError(`the stored configuration is no longer version ${options.expectedVersion}: pull it again and re-apply your change`);
    }
    throw error;
  }
  return { config, version };
}

/** A configuration in force and where it came from (for logs). */
export interface ResolvedConfig {
  config: RadarConfig;
  /** `table v3`, or `bundled` when nothing was pushed. */
  origin: string;
}

export interface CachedConfigOptions {
  /** Reads the stored item (null: nothing pushed). */
  read: () => Promise<StoredConfig | null>;
  /** The configuration bundled at deploy time, used until the first push. */
  fallback: () => RadarConfig;
  /** How long a read is trusted; default one minute. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * The stored configuration, re-read when the cached copy is older than `ttlMs`. The same
 * object is returned while the version is unchanged, so callers may rebuild what depends
 * on it (the detector) only when it changes. A failed read keeps the last good value
 * (a blip of the table should not stop polling); with none, the error is thrown.
 */
export function createCachedConfig(options: CachedConfigOptions): () => Promise<ResolvedConfig> {
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  let cached: (ResolvedConfig & { version: number; readAt: number }) | undefined;
  return async () => {
    if (cached && now() - cached.readAt < ttlMs) return cached;
    let stored: StoredConfig | null;
    try {
      stored = await options.read();
    } catch (error) {
      if (cached) return cached;
      throw error;
    }
    const version = stored?.version ?? 0;
    if (cached && cached.version === version) {
      cached.readAt = now();
      return cached;
    }
    let config: RadarConfig;
    if (!stored) config = options.fallback();
    else {
      let raw: unknown;
      try {
        raw = JSON.parse(stored.json);
      } catch (cause) {
        throw new ConfigError([`table config v${version}: not valid JSON: ${(cause as Error).message}`]);
      }
      config = parseConfig(raw, `table config v${version}`);
    }
    cached = { config, origin: stored ? `table v${version}` : 'bundled', version, readAt: now() };
    return cached;
  };
}
