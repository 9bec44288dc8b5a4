/**
 * Reads a FILE, URL or `-` argument into bytes, for `analyze`, `feed` and `extract`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RadarConfig } from '../config/schema';
import { InputError } from '../core/errors';
import type { CliIo } from './io';

export interface LoadedInput {
  body: Buffer;
  /** The file path or final URL; `-` for standard input. */
  origin: string;
  contentType?: string;
  /** `.html`/`.htm` files and HTML responses. */
  isHtml: boolean;
}

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

export async function loadInput(arg: string, io: CliIo, config: RadarConfig): Promise<LoadedInput> {
  if (arg === '-') return { body: await io.readStdin(), origin: '-', isHtml: false };
  if (isUrl(arg)) {
    // A user trying a source from the command line gets the same fetcher, with the
    // same safety rules, as the scheduled poller.
    const { createFetcherFromConfig } = await import('../runtime/fetcher');
    const fetcher = createFetcherFromConfig(config);
    try {
      const response = await fetcher.fetch({ url: arg });
      return { body: response.body, origin: response.url, contentType: response.contentType, isHtml: /html/i.test(response.contentType ?? '') };
    } finally {
      await fetcher.close();
    }
  }
  const path = resolve(io.cwd, arg);
  try {
    return { body: await readFile(path), origin: path, isHtml: /\.x?html?$/i.test(path) };
  } catch (cause) {
    throw new InputError(`cannot read ${arg}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
}
