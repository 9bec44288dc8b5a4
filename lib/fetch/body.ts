/**
 * Reads a response body with a size cap on both the bytes received and the bytes after
 * decompression. undici's `request()` does not decompress, so gzip, deflate and brotli are
 * undone here with node:zlib streams. The cap is checked chunk by chunk while the
 * decompressor runs under back-pressure, so a gzip bomb (a few KB that inflate to gigabytes)
 * is stopped one chunk past the cap instead of being inflated whole.
 */
import { Readable, pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import type { Transform } from 'node:stream';
import { FetchError } from './errors';

/** What {@link readBody} needs besides the stream. */
export interface ReadBodyOptions {
  url: string;
  maxBytes: number;
  /** The Content-Encoding header, e.g. `gzip` or `gzip, br`. */
  contentEncoding?: string;
  /** The Content-Length header, to tell a truncated body from other failures. */
  contentLength?: number;
}

/** A failure of the body stream itself (socket, timeout), as opposed to the decoder's. */
export class BodyStreamError extends Error {
  override name = 'BodyStreamError' as const;
  constructor(
    readonly original: unknown,
    readonly bytesReceived: number,
  ) {
    super('body stream failed', { cause: original });
  }
}

type Coding = 'gzip' | 'deflate' | 'br';

/**
 * The codings in the order they were applied; throws `RADAR_FETCH_DECOMPRESS` for ones we cannot undo.
 *
 * @example
 * parseContentEncoding('gzip, br', 'https://a.example/') // => ['gzip', 'br']
 */
export function parseContentEncoding(header: string | undefined, url: string): Coding[] {
  if (!header) return [];
  const codings: Coding[] = [];
  for (const raw of header.split(',')) {
    const c = raw.trim().toLowerCase();
    if (c === '' || c === 'identity') continue;
    if (c === 'gzip' || c === 'x-gzip') codings.push('gzip');
    else if (c === 'deflate') codings.push('deflate');
    else if (c === 'br') codings.push('br');
    else throw new FetchError('RADAR_FETCH_DECOMPRESS', url, { message: `unsupported Content-Encoding "${c}"` });
  }
  // More than two layers is an attack or a broken proxy; each layer multiplies the bomb.
  if (codings.length > 2) throw new FetchError('RADAR_FETCH_DECOMPRESS', url, { message: `too many Content-Encodings "${header}"` });
  return codings;
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate; the zlib
 * header is two bytes whose 16-bit value is a multiple of 31 with method 8.
 */
function looksZlibWrapped(head: Buffer): boolean {
  const b0 = head[0] ?? 0;
  const b1 = head[1] ?? 0;
  return (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
}

/** `head` is the stream's first bytes when known (the outermost layer); inner deflate is assumed wrapped. */
function decoderFor(coding: Coding, head: Buffer | undefined): Transform {
  if (coding === 'gzip') return createGunzip();
  if (coding === 'br') return createBrotliDecompress();
  return head === undefined || looksZlibWrapped(head) ? createInflate() : createInflateRaw();
}

/**
 * Reads the whole body into a Buffer, decompressed, at most `maxBytes` either way.
 * Throws `FetchError` (TOO_LARGE, DECOMPRESS, PROTOCOL for a body shorter than its
 * Content-Length) or a {@link BodyStreamError} wrapping the stream's own error for the
 * caller to classify (timeouts, resets).
 */
export async function readBody(body: Readable, options: ReadBodyOptions): Promise<Buffer> {
  const { url, maxBytes } = options;
  const codings = parseContentEncoding(options.contentEncoding, url);
  if (options.contentLength !== undefined && options.contentLength > maxBytes) {
    throw new FetchError('RADAR_FETCH_TOO_LARGE', url, { message: `Content-Length ${options.contentLength} exceeds the cap of ${maxBytes} bytes` });
  }

  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let received = 0;
  const next = async (): Promise<IteratorResult<Buffer>> => {
    let result: IteratorResult<Buffer>;
    try {
      result = await iterator.next();
    } catch (error) {
      throw truncatedOr(error, received, options);
    }
    if (!result.done) {
      received += result.value.length;
      if (received > maxBytes) throw new FetchError('RADAR_FETCH_TOO_LARGE', url, { message: `body exceeds the cap of ${maxBytes} bytes` });
    }
    return result;
  };

  // Deflate's framing is sniffed from the first two bytes, so read those before building decoders.
  const firstChunks: Buffer[] = [];
  let done = false;
  while (Buffer.concat(firstChunks).length < 2) {
    const r = await next();
    if (r.done) {
      done = true;
      break;
    }
    firstChunks.push(r.value);
  }
  const head = Buffer.concat(firstChunks);
  if (codings.length === 0) {
    const chunks: Buffer[] = [head];
    while (!done) {
      const r = await next();
      if (r.done) break;
      chunks.push(r.value);
    }
    return Buffer.concat(chunks);
  }
  if (head.length === 0) return head; // an empty compressed body is an empty body

  const source = Readable.from(
    (async function* () {
      yield head;
      for (;;) {
        const r = await next();
        if (r.done) return;
        yield r.value;
      }
    })(),
    { objectMode: false },
  );
  // Codings are listed in the order applied, so they are undone last to first.
  const decoders = [...codings].reverse().map((c, i) => decoderFor(c, i === 0 ? head : undefined));
  // pipeline() wires errors and destruction both ways; the last decoder is what we read.
  pipeline([source, ...decoders], () => {
    /* errors surface through the iteration below */
  });
  const output = decoders[decoders.length - 1]!;

  const out: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        throw new FetchError('RADAR_FETCH_TOO_LARGE', url, { message: `decompressed body exceeds the cap of ${maxBytes} bytes` });
      }
      out.push(chunk);
    }
  } catch (error) {
    output.destroy();
    source.destroy();
    if (error instanceof FetchError || error instanceof BodyStreamError) throw error;
    throw new FetchError('RADAR_FETCH_DECOMPRESS', url, { message: `corrupt ${codings.join('+')} stream`, cause: error });
  }
  return Buffer.concat(out, size);
}

/** A socket error before Content-Length bytes arrived means the server lied or hung up. */
function truncatedOr(error: unknown, received: number, options: ReadBodyOptions): Error {
  const code = (error as { code?: string } | null)?.code;
  const truncating = code === 'UND_ERR_SOCKET' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' || code === 'ECONNRESET';
  if (truncating && options.contentLength !== undefined && received < options.contentLength) {
    return new FetchError('RADAR_FETCH_PROTOCOL', options.url, {
      message: `body shorter than its Content-Length (${received} of ${options.contentLength} bytes)`,
      cause: error,
      retryable: true,
    });
  }
  return new BodyStreamError(error, received);
}
