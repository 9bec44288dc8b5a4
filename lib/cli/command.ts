import { join } from 'node:path';
import { resolveConfig } from '../config/load';
import type { RadarConfig } from '../config/schema';
import type { Runtime } from '../runtime/deps';
import type { CliIo } from './io';

/**
 * A command's parsed arguments: option values by their long name (`--no-serve` is
 * `values['no-serve'] === true`), and the positional arguments.
 */
export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] };
export interface CommandContext {
  configPath?: string;
  /** `--verbose`: errors with their codes and causes, more detail in reports. */
  verbose?: boolean;
}
/** A command: parsed arguments in, exit code out. Errors are mapped to exit codes by main. */
export type Command = (args: ParsedArgs, io: CliIo, context: CommandContext) => Promise<number>;

/** The configuration for a command: `--config`, ./radar.config.json, or the bundled default. */
export function configFor(context: CommandContext, io: CliIo): RadarConfig {
  return resolveConfig(context.configPath, io.cwd);
}

export function stringArg(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The runtime a command works with: AWS when RADAR_TABLE_NAME is set, else the embedded
 * database under RADAR_DATA_DIR or `./.radar`. Loaded on demand (the AWS SDK and dynalite
 * cost ~400 ms of start-up that `radar extract` should not pay).
 */
export async function runtimeFor(config: RadarConfig, io: CliIo, options: { write?: (line: string) => void } = {}): Promise<Runtime> {
  const { createRuntime } = await import('../runtime/runtime');
  return createRuntime(config, { env: io.env, now: io.now, write: options.write, dataDir: io.env.RADAR_DATA_DIR ?? join(io.cwd, '.radar') });
}
