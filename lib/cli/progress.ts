/**
 * A progress line for long work ("polling 3/14 sources: etnews-all"), redrawn in place on
 * standard error, only when the user watches a terminal: in a pipe, a file, CI or a test
 * it would be noise, so there it prints nothing at all.
 */
import type { CliIo } from './io';
import { stripControls } from './sanitize';

export interface Progress {
  update(text: string): void;
  /** Clears the line so the next output starts clean. */
  done(): void;
}

export function createProgress(io: Pick<CliIo, 'isTTY' | 'terminal' | 'columns'>): Progress {
  const write = io.isTTY ? io.terminal : undefined;
  if (!write) return { update: () => {}, done: () => {} };
  let shown = false;
  const width = Math.max(20, (io.columns ?? 80) - 1);
  return {
    update(text) {
      // Our own text, but cut to the terminal width so the line never wraps (a wrapped
      // line cannot be redrawn with \r).
      const line = Array.from(stripControls(text).replace(/\n/g, ' ')).slice(0, width).join('');
      write(`\r\x1b[2K${line}`);
      shown = true;
    },
    done() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}
