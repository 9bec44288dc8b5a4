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
 * Up to `limit` candidates within a small edit distance of `input` (a third of its
 * length, at least 1), or containing it, nearest first.
 *
 * @example
 * closeMatches('intervalMinute', ['intervalMinutes', 'port']) // => ['intervalMinutes']
 * closeMatches('kakoa', ['kakao', 'naver']) // => ['kakao']
 */
export function closeMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const query = fold(input);
  if (!query) return [];
  const budget = Math.max(1, Math.floor(query.length / 3));
  const scored = new Map<string, number>();
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const d = distance(query, folded);
    const score = d <= budget ? d : folded.includes(query) || (query.length >= 4 && query.includes(folded)) ? budget + 1 : Infinity;
    if (score !== Infinity && (scored.get(candidate) ?? Infinity) > score) scored.set(candidate, score);
  }
  return [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([c]) => c);
}
