import { shingleScore, shingles, tokenize } from '../../../lib/extract/shingles';

describe('tokenize', () => {
  it('lower-cases runs of letters, digits and underscores in any script', () => {
    expect(tokenize('AI 데이터센터, 2024년! snake_case')).toEqual(['ai', '데이터센터', '2024년', 'snake_case']);
  });
});

describe('shingleScore', () => {
  it('scores identical texts 1 and disjoint texts 0', () => {
    expect(shingleScore('a b c d e', 'a b c d e')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(shingleScore('a b c d e', 'v w x y z')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('gives recall for missing text and precision for extra text', () => {
    const half = shingleScore('a b c d e f', 'a b c d');
    expect(half.precision).toBe(1);
    expect(half.recall).toBeCloseTo(1 / 3);
    const extra = shingleScore('a b c d', 'a b c d e f');
    expect(extra.precision).toBeCloseTo(1 / 3);
    expect(extra.recall).toBe(1);
  });

  it('counts repeated passages as often as they occur', () => {
    expect(shingles('a b c d a b c d').get('a b c d')).toBe(2);
    expect(shingleScore('a b c d', 'a b c d a b c d').precision).toBeLessThan(1);
  });

  it('treats a text shorter than four words as one shingle, and two empty texts as equal', () => {
    expect([...shingles('two words').keys()]).toEqual(['two words']);
    expect(shingleScore('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
