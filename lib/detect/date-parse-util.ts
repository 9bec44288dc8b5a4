/**
 * Character helpers and word-table matching shared by the date parsers. Tables are
 * compiled once into per-first-character lists, longest word first, so a lookup costs a
 * few `startsWith` calls and never backtracks.
 */
import type { DateSpec } from './date-resolve';

/** A phrase found by a parser: `a` alone, or a range `a..b`. Offsets are into the sentence. */
export interface ParsedDate {
  index: number;
  end: number;
  a: DateSpec;
  b?: DateSpec;
}

/** A compiled word table: the words of a record grouped by first character. */
export interface WordTable<V> {
  byFirst: Map<string, Array<readonly [string, V]>>;
}

/** Compiles `{ word: value }` for {@link matchWord}. */
export function compileTable<V>(record: Readonly<Record<string, V>>): WordTable<V> {
  const byFirst = new Map<string, Array<readonly [string, V]>>();
  for (const [word, value] of Object.entries(record)) {
    const first = word.charAt(0);
    const list = byFirst.get(first) ?? [];
    list.push([word, value]);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((x, y) => y[0].length - x[0].length);
  return { byFirst };
}

/** The longest word of the table starting at `p`, with its value. */
export function matchWord<V>(s: string, p: number, table: WordTable<V>): readonly [string, V] | undefined {
  const list = table.byFirst.get(s.charAt(p));
  if (!list) return undefined;
  for (const entry of list) if (s.startsWith(entry[0], p)) return entry;
  return undefined;
}

/** ASCII 0-9. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A precomposed Hangul syllable (가..힣). */
export function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** A-Z or a-z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Horizontal white space, including no-break and ideographic spaces. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/** Skips at most `max` spaces. */
export function skipSpaces(s: string, p: number, max = 2): number {
  let q = p;
  while (q < s.length && q - p < max && isSpace(s.charCodeAt(q))) q++;
  return q;
}

/** Reads 1..`maxDigits` digits at `p`; `[value, end]`, or undefined when there are none or more. */
export function readNumber(s: string, p: number, maxDigits: number): readonly [number, number] | undefined {
  let q = p;
  let value = 0;
  while (q < s.length && isDigit(s.charCodeAt(q))) {
    value = value * 10 + (s.charCodeAt(q) - 0x30);
    q++;
    if (q - p > maxDigits) return undefined;
  }
  return q === p ? undefined : [value, q];
}

/** A four-digit year of news (1900..2099) from its digits. */
export function isNewsYear(value: number, digits: number): boolean {
  return digits === 4 && value >= 1900 && value <= 2099;
}

/** 2-digit years ("'25", "1Q25") are 2000..2069, then 1970..1999. */
export function expandShortYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}
