/**
 * The body reader on in-memory streams: codings, caps, and proof that a bomb is not
 * inflated whole (the reader stops pulling compressed input soon after the cap).
 */
import { Readable } from 'node:stream';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { BodyStreamError, parseContentEncoding, readBody } from '../../../lib/fetch/body';
import { FetchError } from '../../../lib/fetch/errors';

const URL = 'https://news.example.kr/a';

/** A stream of `data` in `size`-byte chunks that counts what was pulled. */
function chunked(data: Buffer, size = 4096): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const stream = Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += size) {
        const chunk = data.subarray(i, i + size);
        pulled += chunk.length;
        yield chunk;
      }
    })(),
    { objectMode: false, highWaterMark: size },
  );
  return { stream, pulled: () => pulled };
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(error)}`);
  return error;
}

describe('parseContentEncoding', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['identity', []],
    ['GZIP', ['gzip']],
    ['x-gzip', ['gzip']],
    ['gzip, br', ['gzip', 'br']],
    ['deflate , identity', ['deflate']],
  ])('%p -> %p', (header, codings) => {
    expect(parseContentEncoding(header, URL)).toEqual(codings);
  });

  it.each(['compress', 'zstd', 'gzip, gzip, gzip'])('refuses %p', (header) => {
    expect(() => parseContentEncoding(header, URL)).toThrow(expect.objectContaining({ code: 'RADAR_FETCH_DECOMPRESS' }));
  });
});

describe('readBody', () => {
  const text = Buffer.from('평택 반도체 공장 착공 소식. '.repeat(500), 'utf8');

  it.each([
    ['gzip', gzipSync(text)],
    ['deflate', deflateSync(text)],
    ['br', brotliCompressSync(text)],
    ['', text],
  ])('reads %p bodies whole, in small odd-sized chunks', async (encoding, data) => {
    const { stream } = chunked(data, 7);
    const body = await readBody(stream, { url: URL, maxBytes: 1024 * 1024, contentEncoding: encoding });
    expect(body.equals(text)).toBe(true);
  });

  it('returns an empty body for an empty compressed response', async () => {
    const { stream } = chunked(Buffer.alloc(0));
    expect((await readBody(stream, { url: URL, maxBytes: 10, contentEncoding: 'gzip' })).length).toBe(0);
  });

  it('caps the received bytes', async () => {
    const { stream, pulled } = chunked(Buffer.alloc(10 * 1024 * 1024, 0x61), 64 * 1024);
    const error = await failure(readBody(stream, { url: URL, maxBytes: 1024 * 1024 }));
    expect(error.code).toBe('RADAR_FETCH_TOO_LARGE');
    expect(pulled()).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
  });

  it('refuses a Content-Length above the cap before reading anything', async () => {
    const { stream, pulled } = chunked(Buffer.alloc(1000));
    const error = await failure(readBody(stream, { url: URL, maxBytes: 100, contentLength: 1000 }));
    expect(error.code).toBe('RADAR_FETCH_TOO_LARGE');
    expect(pulled()).toBe(0);
  });

  it('stops a 1 GB gzip bomb after pulling a small part of it', async () => {
    // 1000 gzip members of 1 MB of zeros: about 1 MB on the wire, 1 GB inflated.
    const member = gzipSync(Buffer.alloc(1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 1000 }, () => member));
    const { stream, pulled } = chunked(bomb, 16 * 1024);

    const error = await failure(readBody(stream, { url: URL, maxBytes: 2 * 1024 * 1024, contentEncoding: 'gzip' }));

    expect(error.code).toBe('RADAR_FETCH_TOO_LARGE');
    // Inflating it all would have pulled every byte; back-pressure stopped us near the cap.
    expect(pulled()).toBeLessThan(bomb.length / 10);
  });

  it('stops a brotli bomb too', async () => {
    const bomb = brotliCompressSync(Buffer.alloc(8 * 1024 * 1024), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
    const { stream } = chunked(bomb);
    const error = await failure(readBody(stream, { url: URL, maxBytes: 1024 * 1024, contentEncoding: 'br' }));
    expect(error.code).toBe('RADAR_FETCH_TOO_LARGE');
  });

  it('reports a corrupt or truncated stream as a decompression error', async () => {
    const whole = gzipSync(text);
    const truncated = whole.subarray(0, whole.length - 12);
    const error = await failure(readBody(chunked(truncated).stream, { url: URL, maxBytes: 1024 * 1024, contentEncoding: 'gzip' }));
    expect(error.code).toBe('RADAR_FETCH_DECOMPRESS');

    const garbage = Buffer.from('this is not gzip at all');
    expect((await failure(readBody(chunked(garbage).stream, { url: URL, maxBytes: 1024, contentEncoding: 'gzip' }))).code).toBe('RADAR_FETCH_DECOMPRESS');
  });

  it('passes the stream own failures on for the caller to classify', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const stream = new Readable({
      read() {
        this.destroy(reset);
      },
    });
    const error = await readBody(stream, { url: URL, maxBytes: 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyStreamError);
    expect((error as BodyStreamError).original).toBe(reset);
  });

  it('calls a socket failure before Content-Length bytes a truncated body', async () => {
    const stream = new Readable({ read() {} });
    stream.push(Buffer.from('partial'));
    setImmediate(() => stream.destroy(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })));
    const error = await failure(readBody(stream, { url: URL, maxBytes: 1024, contentLength: 500 }));
    expect(error.code).toBe('RADAR_FETCH_PROTOCOL');
    expect(error.message).toContain('7 of 500');
  });
});
