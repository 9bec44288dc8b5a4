/**
 * How the CLI tells a person what went wrong: one sentence they can act on, and the
 * internal code, the causes and the stack only with `--verbose`. Exit codes follow
 * DESIGN section 6: 2 for bad usage or bad input, 1 for everything else.
 */
import { ConfigError, InputError, isRadarError } from '../core/errors';

/** True when the user can fix this by changing the command, its input or the configuration. */
export function isUsageError(error: unknown): boolean {
  if (error instanceof ConfigError || error instanceof InputError) return true;
  // A document that is not a feed or cannot be decoded is bad input too.
  return isRadarError(error) && !error.retryable && /PARSE|DECODE|BAD_INPUT/.test(error.code);
}

/** The exit code for an error a command threw. */
export function exitCodeFor(error: unknown): 1 | 2 {
  return isUsageError(error) ? 2 : 1;
}

/**
 * A stored or reported message without the code some layers put in front of it
 * (`RADAR_FETCH_STATUS: unexpected HTTP status …`), so a code is never shown twice.
 *
 * @example
 * withoutCode('RADAR_FETCH_STATUS', 'RADAR_FETCH_STATUS: unexpected HTTP status from https://a.example/ (HTTP 500)')
 * // => 'unexpected HTTP status from https://a.example/ (HTTP 500)'
 */
export function withoutCode(code: string | undefined, message: string): string {
  let text = message;
  if (code) while (text.startsWith(`${code}: `)) text = text.slice(code.length + 2);
  return text;
}

/** What to do about a failure, by code family: the second half of the sentence. */
const ADVICE: [RegExp, string][] = [
  [/^RADAR_FETCH_(TIMEOUT|NETWORK)$/, 'check the address and your connection, or try again later'],
  [/^RADAR_FETCH_BLOCKED_ADDRESS$/, 'radar only fetches public addresses; add the host to fetch.allowHosts if you mean it'],
  [/^RADAR_FETCH_ROBOTS$/, "the site's robots.txt asks crawlers to stay away"],
  [/^RADAR_LOCAL_STORE$/, 'stop the other radar process or set RADAR_DATA_DIR to another folder'],
  [/^RADAR_STORE$/, 'check RADAR_TABLE_NAME and your AWS credentials, or try again'],
  [/^RADAR_ALERT_PUBLISH$/, 'check RADAR_TOPIC_ARN and your AWS credentials, or try again'],
];

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s*\n\s*/g, ' ');
  return trimmed;
}

/**
 * The one-line message for an error (multi-line only for a configuration with several
 * problems, which are all listed at once).
 */
export function describeForPerson(error: unknown, options: { verbose?: boolean } = {}): string {
  if (error instanceof ConfigError) {
    const head = error.issues.length === 1 ? 'the configuration has a problem' : `the configuration has ${error.issues.length} problems`;
    const text = `${head}:\n  ${error.issues.join('\n  ')}`;
    return options.verbose ? `${text}\n  [${error.code}]` : text;
  }
  if (isRadarError(error)) {
    const message = sentence(withoutCode(error.code, error.message));
    const advice = ADVICE.find(([pattern]) => pattern.test(error.code))?.[1];
    const line = advice ? `${message}; ${advice}` : message;
    return options.verbose ? `${line} [${error.code}]${causes(error)}` : line;
  }
  const plain = error instanceof Error ? error : new Error(String(error));
  const known = (plain as NodeJS.ErrnoException).code;
  if (known === 'EADDRINUSE') return `${plain.message}; another program uses that port: choose another with --port`;
  if (known === 'EACCES' || known === 'EPERM') return `${plain.message}; check the permissions of the file or port`;
  if (options.verbose) return `${plain.name}: ${plain.message}\n${plain.stack ?? ''}${causes(plain)}`;
  return `unexpected error: ${sentence(plain.message)} (run again with --verbose for details)`;
}

function causes(error: Error): string {
  const lines: string[] = [];
  let cause = (error as { cause?: unknown }).cause;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    const c = cause as { name?: string; message?: string; code?: string; cause?: unknown };
    lines.push(`  caused by ${c.name ?? 'Error'}${c.code ? ` [${c.code}]` : ''}: ${c.message ?? String(cause)}`);
    cause = c.cause;
  }
  return lines.length ? `\n${lines.join('\n')}` : '';
}
