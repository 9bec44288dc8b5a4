/**
 * Golden files: every `test/fixtures/feeds/<name>.(xml|json|html)` is parsed and compared with
 * `<name>.expected.json` (a Feed, or `{error, message}` for a document that must be refused).
 * `<name>.options.json`, when present, holds the parseFeed options (url, lang, selectors, now).
 *
 * Fixtures are stored as UTF-8 so they can be read and diffed; `*.euc-kr.xml` and
 * `*.latin1.xml` are encoded to those charsets here, so the parser sees legacy bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FeedParseError } from '../../../lib/core/errors';
import { parseFeed, type ParseFeedOptions } from '../../../lib/feeds';

const DIR = join(__dirname, '../../fixtures/feeds');

const inputs = readdirSync(DIR)
  .filter((name) => /\.(xml|json|html)$/.test(name) && !/\.(expected|options)\.json$/.test(name))
  .sort();

function inputBytes(name: string): Uint8Array {
  const text = readFileSync(join(DIR, name), 'utf8');
  if (name.endsWith('.euc-kr.xml')) return iconv.encode(text, 'cp949');
  if (name.endsWith('.latin1.xml')) return iconv.encode(text, 'latin1');
  return Buffer.from(text, 'utf8');
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

describe('feed golden files', () => {
  it('has a fixture for every format and an expected file for every fixture', () => {
    const formats = new Set(
      inputs.map((name) => readJson<{ format?: string }>(join(DIR, `${name.replace(/\.[^.]+$/, '')}.expected.json`)).format).filter(Boolean),
    );
    expect([...formats].sort()).toEqual(['atom', 'html-list', 'jsonfeed', 'rdf', 'rss', 'sitemap']);
  });

  it.each(inputs)('%s', (name) => {
    const base = name.replace(/\.[^.]+$/, '');
    const expected = readJson<Record<string, unknown>>(join(DIR, `${base}.expected.json`));
    const optionsPath = join(DIR, `${base}.options.json`);
    const options = existsSync(optionsPath) ? readJson<ParseFeedOptions>(optionsPath) : {};
    const bytes = inputBytes(name);

    if ('error' in expected) {
      let thrown: unknown;
      try {
        parseFeed(bytes, options);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(FeedParseError);
      expect((thrown as FeedParseError).code).toBe(expected.error);
      expect((thrown as FeedParseError).message).toBe(expected.message);
      return;
    }
    expect(parseFeed(bytes, options)).toEqual(expected);
  });

  it('really feeds legacy bytes to the parser for the encoded fixtures', () => {
    const legacy = inputs.filter((name) => /\.(euc-kr|latin1)\.xml$/.test(name));
    expect(legacy.length).toBeGreaterThanOrEqual(3);
    for (const name of legacy) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(inputBytes(name))).toThrow();
  });
});
