/**
 * Golden pages: every `test/fixtures/extract/NAME.html` is extracted from its bytes and
 * compared with `NAME.expected.json`. Title, date and language must match exactly; the
 * body is scored by word 4-gram shingles, per page and on average over the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedArticle } from '../../../lib/core/types';
import { extractArticle } from '../../../lib/extract';
import { shingleScore } from '../../../lib/extract/shingles';

const DIR = join(__dirname, '..', '..', 'fixtures', 'extract');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

/** No single page may fall below this; the folder's mean must reach the product target. */
const PAGE_FLOOR = 0.9;
const MEAN_TARGET = 0.95;

const scores: Array<{ precision: number; recall: number }> = [];

describe('extractArticle on the golden pages', () => {
  it('has at least 25 pages to check', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(NAMES)('%s', (name) => {
    // Bytes, not a string: the EUC-KR page must be decoded by the extractor itself.
    const bytes = readFileSync(join(DIR, `${name}.html`));
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as ExtractedArticle;
    const actual = extractArticle(bytes);

    it('finds the title, date and language', () => {
      expect({ title: actual.title, publishedAt: actual.publishedAt, lang: actual.lang }).toEqual({
        title: expected.title,
        publishedAt: expected.publishedAt,
        lang: expected.lang,
      });
    });

    it('keeps the story and drops the rest', () => {
      const score = shingleScore(expected.text, actual.text);
      scores.push(score);
      expect(score.precision).toBeGreaterThanOrEqual(PAGE_FLOOR);
      expect(score.recall).toBeGreaterThanOrEqual(PAGE_FLOOR);
    });

    it('separates paragraphs with one blank line', () => {
      expect(actual.text).not.toMatch(/\n{3,}/);
      expect(actual.text).toBe(actual.text.trim());
    });
  });

  afterAll(() => {
    // Runs after the per-page tests have filled `scores`; a failure here fails the suite.
    const mean = (k: 'precision' | 'recall'): number => scores.reduce((sum, s) => sum + s[k], 0) / scores.length;
    expect(scores).toHaveLength(NAMES.length);
    expect(mean('precision')).toBeGreaterThanOrEqual(MEAN_TARGET);
    expect(mean('recall')).toBeGreaterThanOrEqual(MEAN_TARGET);
  });
});
