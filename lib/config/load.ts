/**
 * Reads and validates the configuration. The file is the only input; environment
 * variables override a few deployment settings (see `applyEnv`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bundledConfig from '../../radar.config.json';
import { ConfigError } from '../core/errors';
import { configSchema, type RadarConfig } from './schema';

/** The file name looked for in the working directory when no `--config` is given. */
export const CONFIG_FILE_NAME = 'radar.config.json';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates a parsed configuration; throws one `ConfigError` listing every problem with its path.
 *
 * @example
 * parseConfig({ sources: [] }).schedule.intervalMinutes // => 15
 */
export function parseConfig(raw: unknown, origin = 'config'): RadarConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${origin}: ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    throw new ConfigError(issues);
  }
  return deepFreeze(result.data);
}

/**
 * The configuration in force: `path` when given; else `./radar.config.json` when the
 * working directory has one; else the default shipped with the project (bundled into
 * the CLI and every Lambda, so a deployment needs no file on disk).
 */
export function resolveConfig(path?: string, cwd = process.cwd()): RadarConfig {
  if (path) return loadConfig(path);
  const local = resolve(cwd, CONFIG_FILE_NAME);
  return existsSync(local) ? loadConfig(local) : defaultConfig();
}

/** The configuration shipped with the project (bundled, so it needs no file at run time). */
export function defaultConfig(): RadarConfig {
  return parseConfig(bundledConfig, 'default config');
}

/** Reads, parses and validates a configuration file. */
export function loadConfig(path: string): RadarConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ConfigError([`${path}: cannot read: ${(cause as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError([`${path}: not valid JSON: ${(cause as Error).message}`]);
  }
  return parseConfig(raw, path);
}
