/**
 * What a command may touch of the outside world, so tests run commands in-process
 * with captured output and a fixed clock.
 */
import type { Clock } from '../core/ports';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  readStdin: () => Promise<Buffer>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: Clock;
  /** Resolves when the user asks a long-running command to stop (Ctrl-C). */
  interrupted: Promise<void>;
  /**
   * True when standard output is a terminal: long work then shows a progress line on
   * standard error (never in a pipe, a file or a test, where it would be noise).
   */
  isTTY?: boolean;
  /** Width of the terminal for help text; 80 when unknown. */
  columns?: number;
  /** Writes to the terminal as is (the progress line's `\r`); absent when not a terminal. */
  terminal?: (text: string) => void;
}

export function processIo(): CliIo {
  const interrupted = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const isTTY = Boolean(process.stdout.isTTY && process.stderr.isTTY);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    interrupted,
    isTTY,
    columns: process.stdout.columns,
    terminal: isTTY ? (text) => process.stderr.write(text) : undefined,
  };
}

/** Prints JSON the same way everywhere: one document, two-space indent, final newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
