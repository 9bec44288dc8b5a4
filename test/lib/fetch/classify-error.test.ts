import { BodyStreamError } from '../../../lib/fetch/body';
import { classifyFetchError } from '../../../lib/fetch/classify-error';
import { FetchError } from '../../../lib/fetch/errors';

const context = { url: 'https://news.example.kr/a', deadlineExpired: false, deadlineMs: 30_000 };
const coded = (code: string): Error => Object.assign(new Error(code), { code });

describe('classifyFetchError', () => {
  it.each([
    ['UND_ERR_CONNECT_TIMEOUT', 'RADAR_FETCH_TIMEOUT', true],
    ['UND_ERR_HEADERS_TIMEOUT', 'RADAR_FETCH_TIMEOUT', true],
    ['UND_ERR_BODY_TIMEOUT', 'RADAR_FETCH_TIMEOUT', true],
    ['ECONNREFUSED', 'RADAR_FETCH_NETWORK', true],
    ['ECONNRESET', 'RADAR_FETCH_NETWORK', true],
    ['ENOTFOUND', 'RADAR_FETCH_NETWORK', true],
    ['UND_ERR_SOCKET', 'RADAR_FETCH_NETWORK', true],
    ['HPE_INVALID_CONSTANT', 'RADAR_FETCH_PROTOCOL', false],
    ['UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'RADAR_FETCH_PROTOCOL', false],
    ['CERT_HAS_EXPIRED', 'RADAR_FETCH_NETWORK', false],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'RADAR_FETCH_NETWORK', false],
    ['SOMETHING_NEW', 'RADAR_FETCH_NETWORK', true],
  ])('%s -> %s (retryable %p)', (code, expected, retryable) => {
    const original = coded(code);
    const error = classifyFetchError(original, context);
    expect(error).toMatchObject({ code: expected, retryable, url: context.url });
    expect(error.cause).toBe(original);
  });

  it('unwraps a body stream failure', () => {
    const error = classifyFetchError(new BodyStreamError(coded('UND_ERR_BODY_TIMEOUT'), 10), context);
    expect(error.code).toBe('RADAR_FETCH_TIMEOUT');
  });

  it('calls anything a timeout once the deadline fired', () => {
    const error = classifyFetchError(coded('UND_ERR_ABORTED'), { ...context, deadlineExpired: true });
    expect(error.code).toBe('RADAR_FETCH_TIMEOUT');
    expect(error.message).toContain('deadline of 30000 ms');
  });

  it('passes our own errors through, also when wrapped', () => {
    const own = new FetchError('RADAR_FETCH_BLOCKED_ADDRESS', 'http://intranet.test/');
    expect(classifyFetchError(own, context)).toBe(own);
    expect(classifyFetchError(new Error('connect failed', { cause: own }), context)).toBe(own);
  });
});
