/**
 * "Did you mean": the candidates closest to what someone typed, for configuration keys,
 * organisation and project filters. Compared case- and width-insensitively (NFKC), so
 * "Kakao" and "ｋａｋａｏ" find "kakao"; Hangul compares by syllable.
 */
import { distance } from 'fastest-levenshtein';

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Up to `limit` of the nearest candidates within a small edit distance of `input` (a
 * third of its length, at least 2 for words of four letters or more), or containing it.
 *
 * @example
 * closeMatches('intervalMinute', ['intervalMinutes', 'port']) // => ['intervalMinutes']
 * closeMatches('kakoa', ['kakao', 'naver']) // => ['kakao']
 */
export function closeMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const query = fold(input);
  if (!query) return [];
  // Short words get one edit (a swap of two letters counts two), longer ones a third.
  const budget = query.length <= 3 ? 1 : Math.max(2, Math.floor(query.length / 3));
  const scored = new Map<string, number>();
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const d = distance(query, folded);
    const score = d <= budget ? d : folded.includes(query) || (query.length >= 4 && query.includes(folded)) ? budget + 1 : Infinity;
    if (score !== Infinity && (scored.get(candidate) ?? Infinity) > score) scored.set(candidate, score);
  }
  // Only the nearest: a candidate one edit away hides those three edits away.
  const best = Math.min(...scored.values());
  return [...scored]
    .filter(([, score]) => score === best)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([c]) => c);
}
