/**
 * `radar`: the command-line interface (DESIGN section 6). Each command lives in its own
 * module under `commands/`; this file parses arguments and maps errors to exit codes:
 * 0 success, 1 runtime failure, 2 bad usage or bad input (one-line reason on stderr).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, InputError, describeError, isRadarError } from '../core/errors';
import { analyzeCommand } from './commands/analyze';
import { changesCommand, showCommand, statusCommand } from './commands/query';
import { demoCommand } from './commands/demo';
import { extractCommand, feedCommand } from './commands/inspect';
import { runCommand } from './commands/run';
import { serveCommand } from './commands/serve';
import { subscribeCommand } from './commands/subscribe';
import type { Command, ParsedArgs } from './command';
import { processIo, type CliIo } from './io';

export const USAGE = `Usage: radar <command> [options]

  run [--once] [--config FILE]        poll sources (every 15 min, serving the page too)
  demo                                offline end-to-end run on bundled fixtures
  analyze [FILE|URL|-] [--published YYYY-MM-DD] [--lang ko|en] [--json]
  analyze --jsonl < in.jsonl          one {"id","text","published"?,"lang"?} per line
  feed FILE|URL [--json]              what a feed yields
  extract FILE|URL [--json]           the title, date, language and text of a page
  status [--status S] [--org O] [--sources] [--json]
  show PROJECT [--json]
  changes [--since 7d] [--json]
  serve [--port 8787]
  subscribe --email ADDR | --sms +NUMBER [--status S,...] [--org O,...] [--project P,...]

Every command takes --config FILE (default: ./radar.config.json, else the bundled one).
With RADAR_TABLE_NAME (and RADAR_TOPIC_ARN) set, commands use that DynamoDB table and
SNS topic; otherwise an embedded database under .radar/.
`;

type Options = NonNullable<ParseArgsConfig['options']>;

const common: Options = { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
const json: Options = { json: { type: 'boolean' } };

const commands: Record<string, { options: Options; maxPositionals: number; run: Command }> = {
  run: { options: { once: { type: 'boolean' }, port: { type: 'string' }, 'no-serve': { type: 'boolean' } }, maxPositionals: 0, run: runCommand },
  demo: { options: { ...json, keep: { type: 'boolean' } }, maxPositionals: 0, run: demoCommand },
  analyze: { options: { ...json, jsonl: { type: 'boolean' }, published: { type: 'string' }, lang: { type: 'string' } }, maxPositionals: 1, run: analyzeCommand },
  feed: { options: json, maxPositionals: 1, run: feedCommand },
  extract: { options: json, maxPositionals: 1, run: extractCommand },
  status: { options: { ...json, status: { type: 'string' }, org: { type: 'string' }, sources: { type: 'boolean' } }, maxPositionals: 0, run: statusCommand },
  show: { options: json, maxPositionals: 1, run: showCommand },
  changes: { options: { ...json, since: { type: 'string' } }, maxPositionals: 0, run: changesCommand },
  serve: { options: { port: { type: 'string' } }, maxPositionals: 0, run: serveCommand },
  subscribe: {
    options: { email: { type: 'string' }, sms: { type: 'string' }, status: { type: 'string' }, org: { type: 'string' }, project: { type: 'string' } },
    maxPositionals: 0,
    run: subscribeCommand,
  },
};

/** Runs the CLI with `argv` (without `node radar`); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`radar: unknown command "${name}" (see radar --help)\n`);
    return 2;
  }
  let args: ParsedArgs;
  try {
    args = parseArgs({ args: rest, options: { ...common, ...command.options }, allowPositionals: true, strict: true }) as ParsedArgs;
    if (args.positionals.length > command.maxPositionals) throw new InputError(`unexpected argument "${args.positionals[command.maxPositionals]}"`);
  } catch (error) {
    io.stderr(`radar ${name}: ${(error as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  if (args.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const configPath = args.values.config as string | undefined;
    return await command.run(args, io, { configPath });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`radar ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError || (isRadarError(error) && !error.retryable && /PARSE|DECODE|BAD_INPUT/.test(error.code))) {
      io.stderr(`radar ${name}: ${describeError(error).split('\n')[0]}\n`);
      return 2;
    }
    io.stderr(`radar ${name}: ${describeError(error)}\n`);
    return 1;
  }
}
