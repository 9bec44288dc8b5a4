import { resolveConfig } from '../config/load';
import type { RadarConfig } from '../config/schema';
import type { CliIo } from './io';

export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] };
export interface CommandContext {
  configPath?: string;
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
