/**
 * `radar`: the command-line interface (DESIGN section 6), on commander. The commands
 * are listed in `registry.ts`, each in its own module under `commands/`; this file
 * builds the program, parses, and maps outcomes to exit codes: 0 success, 1 runtime
 * failure, 2 bad usage or bad input (a one-line reason on stderr).
 *
 * Everything a command prints passes through `stripControls`: text from feeds and pages
 * must never drive the terminal.
 */
import { Command as Program, CommanderError, Option } from 'commander';
import { version } from '../../package.json';
import type { Command, ParsedArgs } from './command';
import { describeForPerson, exitCodeFor } from './errors';
import { processIo, type CliIo } from './io';
import { COMMANDS, type CommandSpec } from './registry';
import { stripControls } from './sanitize';

const FOOTER = `
Every command takes --config FILE (default: ./radar.config.json, else the bundled one)
and --verbose (errors with their codes and causes). With RADAR_TABLE_NAME (and
RADAR_TOPIC_ARN) set, commands use that DynamoDB table and SNS topic; otherwise an
embedded database under RADAR_DATA_DIR (default .radar/).

New here? Start with: radar demo`;

/** Exit codes of commander's own errors that are not usage errors. */
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

interface Outcome {
  code?: number;
}

function examplesText(spec: CommandSpec): string {
  if (!spec.examples.length) return '';
  const width = Math.max(...spec.examples.map(([line]) => line.length));
  return `\nExamples:\n${spec.examples.map(([line, what]) => `  ${line.padEnd(width)}  ${what}`).join('\n')}\n`;
}

/** Option values by long name, as the command modules read them. */
function valuesOf(command: Program): ParsedArgs['values'] {
  const opts = command.opts() as Record<string, unknown>;
  const values: ParsedArgs['values'] = {};
  for (const option of command.options as Option[]) {
    const long = option.long?.replace(/^--/, '');
    if (!long) continue;
    const value = opts[option.attributeName()];
    if (option.negate) values[long] = value === false ? true : undefined;
    else values[long] = typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
  }
  return values;
}

function buildProgram(io: CliIo, outcome: Outcome, run: (spec: CommandSpec, args: ParsedArgs) => Promise<number>): Program {
  const program = new Program('radar')
    .description('Watches Korean and English news for status changes of named projects.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // main prints commander's errors itself, as one line.
      outputError: () => {},
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
    })
    .addHelpText('after', FOOTER);

  for (const spec of COMMANDS) {
    const command = program
      .command(spec.args ? `${spec.name} ${spec.args}` : spec.name)
      .summary(spec.summary)
      .description(spec.description ?? spec.summary)
      .helpOption('-h, --help', 'show help for this command')
      .allowExcessArguments(false)
      .showSuggestionAfterError(true);
    for (const option of spec.options) command.addOption(new Option(option.flags, option.description));
    command.addOption(new Option('--config <file>', 'configuration file (default: ./radar.config.json, else the bundled one)'));
    command.addOption(new Option('--verbose', 'show error codes, causes and stack traces'));
    command.addHelpText('after', examplesText(spec));
    command.action(async (...received: unknown[]) => {
      const self = received[received.length - 1] as Program;
      const positionals = self.args.slice(0, self.registeredArguments.length);
      outcome.code = await run(spec, { values: valuesOf(self), positionals });
    });
  }
  return program;
}

/** The program's usage (what `radar --help` prints), for documentation and tests. */
export function usage(io: CliIo = processIo()): string {
  let text = '';
  const program = buildProgram({ ...io, stdout: (t) => void (text += t) }, {}, async () => 0);
  program.outputHelp();
  return text;
}

/**
 * Commander's error text as one sentence with what to do next: "unknown option '--jsn';
 * did you mean --json?", or a pointer to the command's help when there is no suggestion.
 */
function commanderSentence(error: CommanderError, prefix: string): string {
  const [first = '', ...rest] = error.message.replace(/^error:\s*/i, '').split('\n');
  const suggestion = /\(Did you mean (.+)\?\)/.exec(rest.join(' '))?.[1];
  const reason = first.trim().replace(/\.$/, '').replace(/\. (?=[A-Z])/g, ': ').replace(/: ([A-Z])/, (_, c: string) => `: ${c.toLowerCase()}`);
  return suggestion ? `${reason}; did you mean ${suggestion}?` : `${reason}; see ${prefix} --help`;
}

/** Runs the CLI with `argv` (without `node radar`); resolves to the exit code. */
export async function runCli(argv: string[], rawIo: CliIo = processIo()): Promise<number> {
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(stripControls(text)), stderr: (text) => rawIo.stderr(stripControls(text)) };
  const commandName = COMMANDS.some((c) => c.name === argv[0]) ? argv[0] : undefined;
  const prefix = commandName ? `radar ${commandName}` : 'radar';

  if (argv.length === 0) {
    // Bare `radar` is a usage error: a reason, then the usage, all on stderr, exit 2.
    io.stderr(`radar: no command given; try radar demo, or radar --help for every command\n\n`);
    io.stderr(usage(io));
    return 2;
  }

  const outcome: Outcome = {};
  let verbose = argv.includes('--verbose');
  const program = buildProgram(io, outcome, async (spec, args) => {
    verbose = args.values.verbose === true;
    const configPath = typeof args.values.config === 'string' ? args.values.config : undefined;
    let command: Command;
    try {
      command = await spec.load();
    } catch (error) {
      io.stderr(`${prefix}: ${describeForPerson(error, { verbose })}\n`);
      return 1;
    }
    return command(args, io, { configPath, verbose });
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.code ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (COMMANDER_SUCCESS.has(error.code)) return 0;
      io.stderr(`${prefix}: ${commanderSentence(error, prefix)}\n`);
      return 2;
    }
    io.stderr(`${prefix}: ${describeForPerson(error, { verbose })}\n`);
    return exitCodeFor(error);
  }
}
