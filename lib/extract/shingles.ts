/**
 * The body-text metric of article-extraction benchmarks: precision and recall of word
 * 4-gram shingles (a bag, so repeated passages count each time). Used by the golden test
 * and the benchmark to compare extracted text with the expected text.
 */

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Lower-case word tokens: runs of letters, digits and `_` in any script.
 *
 * @example
 * tokenize('AI 데이터센터, 2024년!') // => ['ai', '데이터센터', '2024년']
 */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Counts of the word n-grams of `text` (a text shorter than `n` words is one shingle). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Scores `predicted` against `expected`. Two empty texts agree perfectly.
 *
 * @example
 * shingleScore('a b c d e', 'a b c d') // => { precision: 1, recall: 0.5, f1: 0.667 } (rounded)
 */
export function shingleScore(expected: string, predicted: string, n = 4): ShingleScore {
  const truth = shingles(expected, n);
  const guess = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...truth.keys(), ...guess.keys()])) {
    const t = truth.get(k) ?? 0;
    const p = guess.get(k) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
