/**
 * Reads and validates the configuration. The file is the only input; environment
 * variables override a few deployment settings (see `applyEnv`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bundledConfig from '../../radar.config.json';
import { ConfigError } from '../core/errors';
import { closeMatches } from '../text/close-matches';
import { configSchema, crossFieldIssues, type RadarConfig } from './schema';

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
  const issues: string[] = [];
  const at = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(root)');
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One line per key, each with the keys that object does take.
        for (const key of issue.keys) issues.push(`${origin}: ${at([...issue.path, key])}: ${unknownKeyMessage(key, knownKeysAt(issue.path))}`);
      } else {
        issues.push(`${origin}: ${at(issue.path)}: ${issue.message}`);
      }
    }
  }
  for (const issue of crossFieldIssues(raw)) issues.push(`${origin}: ${at(issue.path)}: ${issue.message}`);
  if (issues.length || !result.success) throw new ConfigError(issues);
  return deepFreeze(result.data);
}

function unknownKeyMessage(key: string, known: string[]): string {
  const [best] = closeMatches(key, known, 1);
  if (best) return `unknown key "${key}"; did you mean "${best}"?`;
  return known.length ? `unknown key "${key}"; this object takes ${known.map((k) => `"${k}"`).join(', ')}` : `unknown key "${key}"`;
}

interface SchemaNode {
  shape?: Record<string, unknown>;
  element?: unknown;
  _zod?: { def?: { innerType?: unknown; in?: unknown; element?: unknown } };
}

/** The keys the schema's object at `path` accepts (array indexes are skipped). */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let node = configSchema as unknown as SchemaNode;
  const unwrap = (n: SchemaNode): SchemaNode => {
    for (let depth = 0; depth < 10 && n && !n.shape && !n.element; depth++) {
      const def = n._zod?.def;
      const inner = (def?.innerType ?? def?.in) as SchemaNode | undefined;
      if (!inner) break;
      n = inner;
    }
    return n;
  };
  for (const step of path) {
    node = unwrap(node);
    if (typeof step === 'number') node = (node.element ?? node._zod?.def?.element) as SchemaNode;
    else node = node.shape?.[String(step)] as SchemaNode;
    if (!node) return [];
  }
  return Object.keys(unwrap(node).shape ?? {});
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
