import { createHash } from 'node:crypto';

/**
 * A short stable id: the first 16 hex digits of SHA-256. Used for article ids
 * (hash of the canonical URL) and change ids, so retries produce the same keys.
 *
 * @example
 * shortHash('https://example.com/a') // => '4a3b…' (16 hex digits)
 */
export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
