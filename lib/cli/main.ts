/**
 * `radar`: the command-line interface (DESIGN section 6). Each command lives in its own
 * module under `commands/`; this file parses arguments and maps errors to exit codes:
 * 0 success, 1 runtime failure, 2 bad usage or bad input (one-line reason on stderr).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, InputError, describeError, isRadarError } from '../core/errors';
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
  serve [--port 8787] [--public]     the page and API (--public: allow a non-loopback server.host)
  subscribe --email ADDR | --sms +NUMBER [--status S,...] [--org O,...] [--project P,...]

Every command takes --config FILE (default: ./radar.config.json, else the bundled one).
With RADAR_TABLE_NAME (and RADAR_TOPIC_ARN) set, commands use that DynamoDB table and
SNS topic; otherwise an embedded database under .radar/.
`;

type Options = NonNullable<ParseArgsConfig['options']>;

const common: Options = { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
const json: Options = { json: { type: 'boolean' } };

// Commands load on demand: `radar extract` should not pay for the AWS SDK and the
// embedded database (together ~400 ms of start-up) that only the store commands use.
const commands: Record<string, { options: Options; maxPositionals: number; load: () => Promise<Command> }> = {
  run: { options: { once: { type: 'boolean' }, port: { type: 'string' }, public: { type: 'boolean' }, 'no-serve': { type: 'boolean' } }, maxPositionals: 0, load: async () => (await import('./commands/run')).runCommand },
  demo: { options: { ...json, keep: { type: 'boolean' } }, maxPositionals: 0, load: async () => (await import('./commands/demo')).demoCommand },
  analyze: {
    options: { ...json, jsonl: { type: 'boolean' }, published: { type: 'string' }, lang: { type: 'string' } },
    maxPositionals: 1,
    load: async () => (await import('./commands/analyze')).analyzeCommand,
  },
  feed: { options: json, maxPositionals: 1, load: async () => (await import('./commands/inspect')).feedCommand },
  extract: { options: json, maxPositionals: 1, load: async () => (await import('./commands/inspect')).extractCommand },
  status: {
    options: { ...json, status: { type: 'string' }, org: { type: 'string' }, sources: { type: 'boolean' } },
    maxPositionals: 0,
    load: async () => (await import('./commands/query')).statusCommand,
  },
  show: { options: json, maxPositionals: 1, load: async () => (await import('./commands/query')).showCommand },
  changes: { options: { ...json, since: { type: 'string' } }, maxPositionals: 0, load: async () => (await import('./commands/query')).changesCommand },
  serve: { options: { port: { type: 'string' }, public: { type: 'boolean' } }, maxPositionals: 0, load: async () => (await import('./commands/serve')).serveCommand },
  subscribe: {
    options: { email: { type: 'string' }, sms: { type: 'string' }, status: { type: 'string' }, org: { type: 'string' }, project: { type: 'string' } },
    maxPositionals: 0,
    load: async () => (await import('./commands/subscribe')).subscribeCommand,
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
    const run = await command.load();
    return await run(args, io, { configPath });
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
