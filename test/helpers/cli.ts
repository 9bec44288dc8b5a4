import { runCli } from '../../lib/cli/main';
import type { CliIo } from '../../lib/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `radar …` in-process with captured output, a fixed clock and optional stdin. */
export async function radar(argv: string[], options: { stdin?: string; cwd?: string; env?: NodeJS.ProcessEnv; now?: Date } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    env: options.env ?? { PATH: process.env.PATH },
    cwd: options.cwd ?? process.cwd(),
    now: () => options.now ?? new Date('2024-05-14T03:00:00Z'),
    interrupted: new Promise(() => {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
