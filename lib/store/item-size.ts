/**
 * DynamoDB refuses an item over 400 KB, and an article is written by a stranger: one
 * enormous sentence became an event item too large to store, the cycle threw, and every
 * restart threw again. The adapter therefore fits every item before writing it: while it
 * is too large, the longest string (evidence, a title, a summary) is cut, marked with an
 * ellipsis. Keys are never cut.
 */

/** Below DynamoDB's 400 KB by a margin: the estimate counts JSON, not DynamoDB's own encoding. */
export const MAX_ITEM_BYTES = 350_000;

const ELLIPSIS = '…';

type Item = Record<string, unknown>;

/** An upper bound of the item's stored size: its JSON in UTF-8 (quotes and commas included). */
export function itemBytes(item: Item): number {
  return Buffer.byteLength(JSON.stringify(item), 'utf8');
}

interface Leaf {
  holder: Item | unknown[];
  key: string | number;
  value: string;
}

function stringLeaves(value: unknown, skip: ReadonlySet<string>, out: Leaf[], depth = 0): void {
  if (depth > 32 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((x, i) => (typeof x === 'string' ? out.push({ holder: value, key: i, value: x }) : stringLeaves(x, skip, out, depth + 1)));
    return;
  }
  for (const [key, x] of Object.entries(value as Item)) {
    if (depth === 0 && skip.has(key)) continue;
    if (typeof x === 'string') out.push({ holder: value as Item, key, value: x });
    else stringLeaves(x, skip, out, depth + 1);
  }
}

/**
 * The item, cut to fit `maxBytes`: a copy with its longest strings shortened, or the item
 * itself when it fits. `truncated` names the attributes that were cut.
 *
 * @param keep Top-level attributes never cut (the keys).
 * @example
 * fitItem({ PK: 'A', evidence: 'x'.repeat(500_000) }, new Set(['PK'])).item.evidence.length // < 350_000
 */
export function fitItem(item: Item, keep: ReadonlySet<string>, maxBytes = MAX_ITEM_BYTES): { item: Item; truncated: string[] } {
  let size = itemBytes(item);
  if (size <= maxBytes) return { item, truncated: [] };
  const copy = structuredClone(item);
  const truncated = new Set<string>();
  for (let round = 0; round < 64 && size > maxBytes; round++) {
    const leaves: Leaf[] = [];
    stringLeaves(copy, keep, leaves);
    const longest = leaves.reduce<Leaf | undefined>((best, leaf) => (!best || leaf.value.length > best.value.length ? leaf : best), undefined);
    if (!longest || longest.value.length <= 1) break;
    const bytes = Buffer.byteLength(longest.value, 'utf8');
    const excess = size - maxBytes;
    // Characters to keep, assuming bytes spread evenly over the string; always some progress.
    const keepChars = Math.min(longest.value.length - 1, Math.floor(longest.value.length * (1 - (excess + 64) / bytes)));
    let cut = longest.value.slice(0, Math.max(0, keepChars));
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
    (longest.holder as Record<string | number, unknown>)[longest.key] = cut + ELLIPSIS;
    truncated.add(String(longest.key));
    size = itemBytes(copy);
  }
  return { item: copy, truncated: [...truncated] };
}
