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

// Signatures of common binary formats, to name what was given instead of a page.
const MAGIC: [number[], string][] = [
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'a Mach-O executable'],
  [[0x4d, 0x5a], 'a Windows executable'],
];

/**
 * What kind of binary the bytes are, or undefined for text. Text in UTF-16 or UTF-32 has
 * NUL bytes but a byte-order mark; anything else with a NUL, or with many control bytes,
 * in its first 8 KB is not a page or an article.
 *
 * @example
 * binaryKind(Buffer.from('\x7fELF\x02\x01', 'latin1')) // => 'an ELF executable'
 * binaryKind(Buffer.from('안녕하세요')) // => undefined
 */
export function binaryKind(body: Buffer): string | undefined {
  const head = body.subarray(0, 8192);
  if (head.length === 0) return undefined;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)) return undefined;
  const magic = MAGIC.find(([bytes]) => bytes.every((b, i) => head[i] === b));
  if (magic) return magic[1];
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary data';
    // Control bytes other than TAB, LF, FF, CR and ESC (which some legacy encodings use).
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return controls > head.length * 0.1 ? 'binary data' : undefined;
}

function refuseBinary(input: LoadedInput, arg: string): LoadedInput {
  const kind = binaryKind(input.body);
  if (kind) throw new InputError(`${arg === '-' ? 'standard input' : arg} is ${kind}, not a page, a feed or text`);
  return input;
}

/** Reads the input and refuses binary data (exit 2) instead of printing it. */
export async function loadInput(arg: string, io: CliIo, config: RadarConfig): Promise<LoadedInput> {
  return refuseBinary(await readInput(arg, io, config), arg);
}

async function readInput(arg: string, io: CliIo, config: RadarConfig): Promise<LoadedInput> {
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
