import { existsSync } from 'node:fs';
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
export async function runtimeFor(config: RadarConfig, io: CliIo, options: { write?: (line: string) => void; reader?: boolean } = {}): Promise<Runtime> {
  const { createRuntime } = await import('../runtime/runtime');
  return createRuntime(config, { env: io.env, now: io.now, write: options.write, dataDir: dataDirFor(io, options.reader) });
}

/** Where `radar demo` keeps its data: beside, never inside, the user's own store. */
export function demoDataDir(io: Pick<CliIo, 'env' | 'cwd'>): string {
  return join(io.env.RADAR_DATA_DIR ?? join(io.cwd, '.radar'), 'demo');
}

/**
 * The local data folder: RADAR_DATA_DIR, else `./.radar`. A command that only reads
 * (status, show, changes, serve) falls back to the demo's data while the user has no
 * store of their own, so the tour `radar demo`, `radar status`, `radar serve` shows
 * something; `radar run` always writes to the user's own store.
 */
export function dataDirFor(io: Pick<CliIo, 'env' | 'cwd' | 'stderr'>, reader = false): string {
  const own = io.env.RADAR_DATA_DIR ?? join(io.cwd, '.radar');
  if (!reader || io.env.RADAR_TABLE_NAME || existsSync(join(own, 'db'))) return own;
  const demo = demoDataDir(io);
  if (!existsSync(join(demo, 'db'))) return own;
  io.stderr(`radar: showing the demo's data (${demo}); radar run starts your own\n`);
  return demo;
}
