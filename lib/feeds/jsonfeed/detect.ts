/**
 * JSON Feed 1.0 / 1.1: a JSON object whose `version` is a jsonfeed.org URL, or (leniently,
 * for generators that omit the version) one with an `items` array.
 *
 * @example
 * detectJsonFeed({ version: 'https://jsonfeed.org/version/1.1', items: [] }) // => true
 */
export function detectJsonFeed(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const doc = value as Record<string, unknown>;
  if (typeof doc.version === 'string' && /jsonfeed\.org\/version\//i.test(doc.version)) return true;
  return Array.isArray(doc.items);
}
