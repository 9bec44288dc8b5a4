/**
 * Date forms written with digits and codes, the same in Korean and English text:
 * "2025-03-05", "2025.3.5", "2025. 3. 5.", "2025/03", "2026-2028", "2026-28",
 * "1Q25", "1Q'25", "Q1 2025", "Q3", "2H25", "H2 2025", "FY2025", "FY25".
 * Fiscal years are read as calendar years: companies' fiscal calendars differ and the
 * article seldom says which one it means.
 */
import type { DateSpec } from './date-resolve';
import { isValidYmd } from './date-calendar';
import { expandShortYear, isAsciiLetter, isDigit, isNewsYear, readNumber, type ParsedDate } from './date-parse-util';

/** Years a "2026-2028" range may span; wider ones are more likely ids or scores. */
const MAX_RANGE_YEARS = 30;

/**
 * A numeric or coded date at `i`, or undefined.
 *
 * @example
 * parseNumericAt('가동일 2025.3.5 확정', 4); // { index: 4, end: 12, a: { year: 2025, month: 3, day: 5 } }
 */
export function parseNumericAt(s: string, i: number): ParsedDate | undefined {
  if (!leftBoundary(s, i)) return undefined;
  const c = s.charCodeAt(i);
  if (isDigit(c)) return parseDigitsAt(s, i);
  if (c === 0x51 /* Q */) return parseQuarterCode(s, i);
  if (c === 0x48 /* H */) return parseHalfCode(s, i);
  if (c === 0x46 /* F */) return parseFiscalCode(s, i);
  return undefined;
}

function parseDigitsAt(s: string, i: number): ParsedDate | undefined {
  const first = readNumber(s, i, 4);
  if (!first) return undefined;
  const [value, p] = first;
  const digits = p - i;
  if (digits === 1) {
    const next = s.charCodeAt(p);
    if (next === 0x51 /* Q */ && value >= 1 && value <= 4) return withShortYear(s, i, p + 1, { quarter: value }, true, true);
    if (next === 0x48 /* H */ && (value === 1 || value === 2)) return withShortYear(s, i, p + 1, { half: value }, true, true);
    return undefined;
  }
  if (!isNewsYear(value, digits)) return undefined;
  const sep = s.charCodeAt(p);
  if (sep !== 0x2e && sep !== 0x2d && sep !== 0x2f && sep !== 0x2013) return undefined;
  // "2025. 3. 5." (Korean) puts a space after each dot.
  let q = p + 1;
  if (sep === 0x2e && s.charCodeAt(q) === 0x20) q++;
  const second = readNumber(s, q, 4);
  if (!second) return undefined;
  const [v2, q2] = second;
  const d2 = q2 - q;
  if (sep === 0x2d || sep === 0x2013) {
    // "2026-2028", "2026–28", "2008-9": a range of years when the second number cannot be a
    // month (ISO months have two digits).
    const end =
      d2 === 4 ? v2 : d2 === 2 && v2 > 12 ? Math.floor(value / 100) * 100 + v2 : d2 === 1 ? Math.floor(value / 10) * 10 + v2 : undefined;
    if (end !== undefined && end > value && end - value <= MAX_RANGE_YEARS && rightBoundary(s, q2)) {
      return { index: i, end: q2, a: { year: value }, b: { year: end } };
    }
  }
  if (d2 > 2 || v2 < 1 || v2 > 12 || ((sep === 0x2d || sep === 0x2013) && d2 !== 2)) return undefined;
  if (s.charCodeAt(q2) === sep) {
    let r = q2 + 1;
    if (sep === 0x2e && s.charCodeAt(r) === 0x20) r++;
    const third = readNumber(s, r, 2);
    if (third && rightBoundary(s, third[1]) && isValidYmd(value, v2, third[0])) {
      return { index: i, end: third[1], a: { year: value, month: v2, day: third[0] } };
    }
    if (sep !== 0x2e) return undefined;
  }
  // "2025/03", "2025-03", "2025.03": a month; a one-digit "2025.3" could be a decimal.
  if (sep === 0x2e && d2 !== 2) return undefined;
  if (!rightBoundary(s, q2)) return undefined;
  return { index: i, end: q2, a: { year: value, month: v2 } };
}

/** "Q1", "Q1 2025", "Q1'25", "Q1 FY25", "Q1/2025". */
function parseQuarterCode(s: string, i: number): ParsedDate | undefined {
  const q = s.charCodeAt(i + 1) - 0x30;
  if (q < 1 || q > 4) return undefined;
  return withShortYear(s, i, i + 2, { quarter: q }, true, false);
}

/** "H1 2025", "H2'26" (a year is required: "H2" alone is hydrogen as often as a half). */
function parseHalfCode(s: string, i: number): ParsedDate | undefined {
  const h = s.charCodeAt(i + 1) - 0x30;
  if (h !== 1 && h !== 2) return undefined;
  const parsed = withShortYear(s, i, i + 2, { half: h }, false, false);
  return parsed && hasYearField(parsed.a) ? parsed : undefined;
}

/** "FY2025", "FY25", "FY 2025", "FY'25". */
function parseFiscalCode(s: string, i: number): ParsedDate | undefined {
  if (s.charCodeAt(i + 1) !== 0x59 /* Y */) return undefined;
  const year = readYearAfter(s, i + 2, true);
  if (!year) return undefined;
  return { index: i, end: year[1], a: { year: year[0] } };
}

/**
 * After a quarter or half code ending at `p`: an optional year ("25", "'25", " 2025",
 * "/2025", " FY25"). Without one the code stands alone when `bareOk`. Two digits glued to
 * the code are a year only after a digit-led code ("1Q25", "2H25"): "H100" and "Q150" are products.
 */
function withShortYear(s: string, i: number, p: number, spec: DateSpec, bareOk: boolean, glued: boolean): ParsedDate | undefined {
  const year = readYearAfter(s, p, glued);
  if (year) return { index: i, end: year[1], a: { ...spec, year: year[0] } };
  if (!bareOk || !rightBoundary(s, p)) return undefined;
  return { index: i, end: p, a: spec };
}

/**
 * A year written right after a code: glued ("1Q25", "FY2025"), after an apostrophe ("Q1'25",
 * "Q1 '25"), after a space, slash or " of " when it has four digits ("Q1 2025", "Q1/2025",
 * "Q4 of 2025") or follows "FY" ("Q1 FY25").
 */
function readYearAfter(s: string, p: number, glued: boolean): readonly [number, number] | undefined {
  let q = p;
  let marked = false;
  const c = s.charCodeAt(q);
  if (s.startsWith(' of ', q)) {
    // "Q4 of 2025": four digits only.
    const n = readNumber(s, q + 4, 4);
    return n && isNewsYear(n[0], n[1] - q - 4) && rightBoundary(s, n[1]) ? [n[0], n[1]] : undefined;
  }
  if (c === 0x20 || c === 0x2f) {
    q++;
    if (s.startsWith('FY', q)) {
      q += 2;
      marked = true;
    }
  }
  const a = s.charCodeAt(q);
  if (a === 0x27 || a === 0x2019) {
    q++;
    marked = true;
  }
  const n = readNumber(s, q, 4);
  if (!n || !rightBoundary(s, n[1])) return undefined;
  const digits = n[1] - q;
  if (isNewsYear(n[0], digits) && (q > p || glued)) return [n[0], n[1]];
  if (digits === 2 && ((q === p && glued) || marked)) return [expandShortYear(n[0]), n[1]];
  return undefined;
}

function hasYearField(spec: DateSpec): boolean {
  return spec.year !== undefined;
}

/** The character before `i` may not continue a number, a code or a word. */
function leftBoundary(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return !(isDigit(c) || isAsciiLetter(c) || c === 0x2e || c === 0x2c || c === 0x24 || c === 0x23 || c === 0x2d || c === 0x2f || c === 0x5f || c === 0x20ac || c === 0xa3 || c === 0x20a9);
}

/** Nothing that continues a number or a word follows at `p`. */
function rightBoundary(s: string, p: number): boolean {
  if (p >= s.length) return true;
  const c = s.charCodeAt(p);
  if (isDigit(c) || isAsciiLetter(c) || c === 0x25 || c === 0x5f) return false;
  if ((c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2f) && isDigit(s.charCodeAt(p + 1))) return false;
  return true;
}
