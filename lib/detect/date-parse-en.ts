/**
 * Parses one English date phrase at a position: what is written, not what it means (that is
 * ./date-resolve.ts). A phrase is an optional "the", an optional part ("early", "mid-",
 * "the end of") or clip ("earlier", "later"), then a core: a relative unit ("next year",
 * "this quarter"), an ordinal quarter or half ("the fourth quarter of 2025"), a month name
 * with its day and year ("March 5, 2025"), a day-first date ("5 March 2025"), a decade
 * ("the 2020s"), a year, a weekday or a season. Bare numbers are years only where English
 * makes them so ("in 2027", "by 2026", "early 2026"): "5 years", "2025 units", "No. 3" and
 * "$2.5 billion" never start a phrase.
 *
 * Function words are matched on a lower-cased copy of the sentence (`lower`); month and
 * weekday names on the original, because their capital is what tells "May" from "may".
 */
import type { DateSpec } from './date-resolve';
import { isAsciiLetter, isDigit, isNewsYear, readNumber, type ParsedDate } from './date-parse-util';
import {
  EN_AMBIGUOUS_MONTHS,
  EN_CLIPS,
  EN_DAY_WORDS,
  EN_DIRECTIONS,
  EN_MONTHS,
  EN_ORDINALS,
  EN_PART_WORDS,
  EN_QUANTITY_WORDS,
  EN_RELATIVE,
  EN_RELATIVE_UNITS,
  EN_SEASONS,
  EN_WEEKDAYS,
  EN_YEAR_PREPOSITIONS,
  type RelativeUnit,
} from './rules/date-words-en';

/** Phrase tables sorted longest first, so "the day before yesterday" beats "yesterday". */
const byLength = (record: Readonly<Record<string, unknown>>): string[] => Object.keys(record).sort((x, y) => y.length - x.length);
const DAY_PHRASES = byLength(EN_DAY_WORDS);
const PART_PHRASES = byLength(EN_PART_WORDS);
const RELATIVE_PHRASES = byLength(EN_RELATIVE);
const UNIT_PHRASES = byLength(EN_RELATIVE_UNITS);
const DIRECTION_PHRASES = byLength(EN_DIRECTIONS);
const CLIPS = Object.entries(EN_CLIPS);
const ORDINALS = Object.entries(EN_ORDINALS);
const SEASONS = Object.entries(EN_SEASONS);

/**
 * Every lower-cased word a phrase may start with; any other word is skipped at once, which
 * keeps the scan cheap on ordinary prose (most words start no date).
 */
const FIRST_WORDS = groupByFirst(
  [
    ...Object.keys(EN_DAY_WORDS),
    'the',
    ...Object.keys(EN_CLIPS),
    ...Object.keys(EN_PART_WORDS),
    'mid',
    'end',
    ...Object.keys(EN_RELATIVE),
    ...Object.keys(EN_DIRECTIONS),
    'year',
    'yearend',
    'fiscal',
    ...Object.keys(EN_ORDINALS),
    ...Object.keys(EN_SEASONS),
    ...Object.keys(EN_MONTHS),
    ...Object.keys(EN_WEEKDAYS),
  ].map((phrase) => (phrase.split(/[^A-Za-z]/)[0] ?? '').toLowerCase()),
);

/** Words grouped by first letter, so a lookup compares in place instead of slicing. */
function groupByFirst(words: string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const word of new Set(words)) {
    if (word === '') continue;
    const list = map.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    map.set(word.charCodeAt(0), list);
  }
  return map;
}

/** True when the whole word `lower[i..end)` is one of {@link FIRST_WORDS}. */
function isFirstWord(lower: string, i: number, end: number): boolean {
  const list = FIRST_WORDS.get(lower.charCodeAt(i));
  if (!list) return false;
  for (const word of list) if (word.length === end - i && lower.startsWith(word, i)) return true;
  return false;
}

/**
 * An English date phrase starting at `i`, or undefined. `lower` is `s.toLowerCase()`.
 *
 * @example
 * const s = 'expected in the first half of next year';
 * parseEnAt(s, s.toLowerCase(), 15); // { index: 15, end: 39, a: { half: 1, yearOffset: 1 } }
 */
export function parseEnAt(s: string, lower: string, i: number): ParsedDate | undefined {
  if (i > 0 && isWordChar(s.charCodeAt(i - 1))) return undefined;
  if (!isDigit(s.charCodeAt(i)) && s.charCodeAt(i) !== 0x27 && s.charCodeAt(i) !== 0x2019) {
    let q = i;
    while (q < lower.length && isAsciiLetter(lower.charCodeAt(q))) q++;
    if (!isFirstWord(lower, i, q)) return undefined;
  }

  if (articleBefore(lower, i) && STORY_RELATIVE_SET.has(lower.slice(i, wordEnd(lower, i)))) return undefined;

  for (const phrase of DAY_PHRASES) {
    if (lower.startsWith(phrase, i) && boundaryAt(s, i + phrase.length)) {
      // "to this day", "until this day": a duration up to now, not a date.
      if (phrase === 'this day' && /\b(?:to|until|till)\s+$/.test(lower.slice(Math.max(0, i - 7), i))) continue;
      return { index: i, end: i + phrase.length, a: { dayOffset: EN_DAY_WORDS[phrase] as number } };
    }
  }

  const a: DateSpec = {};
  let p = i;
  let qualified = false;
  if (wordAt(lower, p, 'the')) p = skip(s, p + 3);

  // "earlier this year", "later this month"
  for (const [word, clip] of CLIPS) {
    if (wordAt(lower, p, word) && wordAt(lower, skip(s, p + word.length), 'this')) {
      a.clip = clip;
      p = skip(s, p + word.length);
      qualified = true;
      break;
    }
  }
  if (a.clip === undefined) {
    const part = matchPart(s, lower, p);
    if (part) {
      // "by the end of 2027" is a deadline, not a season: the whole year, as the corpus
      // labels it (test/fixtures/detect/README.md); "the end of 2027" alone is its last quarter.
      const deadline = part.part === 'late' && /\bend\b/.test(lower.slice(p, part.end)) && /\bby\s+$/.test(lower.slice(Math.max(0, i - 4), i));
      a.part = deadline ? 'whole' : part.part;
      p = part.end;
      qualified = true;
      if (wordAt(lower, p, 'the')) p = skip(s, p + 3);
    }
  }

  // "the last year", "the next month", "the past week", "the following year": durations or
  // dates relative to the story, not to the publication day.
  const articled = p > i && !qualified;
  if (articled && STORY_RELATIVE.some((word) => wordAt(lower, p, word))) return undefined;

  const range: RangeHolder = {};
  const end = parseCore(s, lower, p, a, qualified || yearPrepositionBefore(s, i), range);
  if (end === undefined) return undefined;
  // "the" belongs to "the fourth quarter" and "the 2020s", not to "the 2012 book" or "the October talks".
  const index = articled && a.quarter === undefined && a.half === undefined && a.decade === undefined && a.season === undefined ? p : i;
  return range.b ? { index, end, a, b: range.b } : { index, end, a };
}

/** Words after "the" that make a relative phrase a duration or story-relative. */
const STORY_RELATIVE = ['last', 'next', 'past', 'previous', 'following', 'coming', 'this', 'current', 'same'];
const STORY_RELATIVE_SET: ReadonlySet<string> = new Set(STORY_RELATIVE);

function wordEnd(lower: string, p: number): number {
  let q = p;
  while (q < lower.length && isAsciiLetter(lower.charCodeAt(q))) q++;
  return q;
}

/** "the" (or "a") right before `i`: "in the last year", "over the next month". */
function articleBefore(lower: string, i: number): boolean {
  return lower.endsWith('the ', i) && (i === 4 || !isAsciiLetter(lower.charCodeAt(i - 5)));
}

/** Where a phrase that holds its own range ("March 5-7") puts the second end. */
interface RangeHolder {
  b?: DateSpec;
}

/** The core of a phrase at `p`, filling `a`; returns its end. */
function parseCore(s: string, lower: string, p: number, a: DateSpec, qualified: boolean, range: RangeHolder): number | undefined {
  // "this year", "next quarter", "last week", "this coming Friday", "next March"
  for (const phrase of RELATIVE_PHRASES) {
    if (!wordAt(lower, p, phrase)) continue;
    const q = skip(s, p + phrase.length);
    const unit = matchUnit(lower, q);
    if (unit) {
      setRelative(a, unit.unit, EN_RELATIVE[phrase] as number);
      return unit.end;
    }
    break;
  }
  for (const phrase of DIRECTION_PHRASES) {
    if (!wordAt(lower, p, phrase)) continue;
    const q = skip(s, p + phrase.length);
    const dir = EN_DIRECTIONS[phrase];
    const weekday = capitalWord(s, q, EN_WEEKDAYS);
    if (weekday) {
      a.weekday = weekday.value;
      a.dir = dir;
      return weekday.end;
    }
    const season = seasonAt(lower, q);
    if (season) {
      a.season = season.season;
      a.yearOffset = phrase === 'last' ? -1 : phrase === 'this' ? 0 : 1;
      return season.end;
    }
    const month = monthAt(s, q, true);
    if (month) {
      a.month = month.value;
      a.dir = dir;
      return month.end;
    }
    break;
  }

  // "the year" / "the month" / "the quarter" / "the week" after a part: "the end of the year"
  if (a.part !== undefined || a.clip !== undefined) {
    for (const [word, unit] of [['year', 'year'], ['month', 'month'], ['quarter', 'quarter'], ['week', 'week'], ['decade', 'decade']] as const) {
      if (wordAt(lower, p, word) && s.charCodeAt(p - 1) === 0x20 && lower.startsWith('the ', p - 4)) {
        if (unit === 'decade') return undefined;
        setRelative(a, unit, 0);
        return p + word.length;
      }
    }
  }

  // "year-end", "year end", "yearend"
  for (const word of ['year-end', 'year end', 'yearend', 'end-of-year']) {
    if (wordAt(lower, p, word)) {
      if (a.year === undefined) a.yearOffset = 0;
      a.part = 'late';
      const year = yearAfter(s, lower, p + word.length, a);
      return year ?? p + word.length;
    }
  }

  // "first quarter", "the fourth-quarter", "second half of 2026", "fiscal third quarter"
  let q = p;
  if (wordAt(lower, q, 'fiscal')) q = skip(s, q + 6);
  for (const [word, n] of ORDINALS) {
    if (!lower.startsWith(word, q)) continue;
    const sep = s.charCodeAt(q + word.length);
    if (sep !== 0x20 && sep !== 0x2d) continue;
    const r = q + word.length + 1;
    const unit = wordAt(lower, r, 'quarter') ? 'quarter' : wordAt(lower, r, 'half') ? 'half' : undefined;
    if (!unit) continue;
    if (unit === 'half' && n > 2) return undefined;
    if (unit === 'quarter') a.quarter = n;
    else a.half = n;
    const end = r + unit.length;
    return yearAfter(s, lower, end, a) ?? end;
  }

  // "fiscal 2025", "fiscal year 2025"
  if (q > p) {
    let r = q;
    if (wordAt(lower, r, 'year')) r = skip(s, r + 4);
    const y = fourDigitYear(s, r);
    if (y) {
      a.year = y.value;
      return y.end;
    }
    return undefined;
  }

  const month = monthAt(s, p, qualified);
  if (month) return parseAfterMonth(s, lower, month.value, month.end, a, range);

  const dayFirst = parseDayFirst(s, lower, p, a);
  if (dayFirst !== undefined) return dayFirst;

  const decade = decadeAt(s, p, a);
  if (decade !== undefined) return decade;

  const year = fourDigitYear(s, p);
  if (year) {
    if (!qualified || quantityAfter(s, year.end)) return undefined;
    a.year = year.value;
    return year.end;
  }

  const weekday = capitalWord(s, p, EN_WEEKDAYS);
  if (weekday) {
    a.weekday = weekday.value;
    return weekday.end;
  }

  const season = seasonAt(lower, p);
  if (season) {
    const end = yearAfter(s, lower, season.end, a);
    if (end === undefined && !(a.part || a.clip)) return undefined; // "summer" alone is no date
    a.season = season.season;
    if (end === undefined) a.yearOffset = 0;
    return end ?? season.end;
  }
  return undefined;
}

/** After a month name: "5", "5th", "5-7", ", 2025", " 2025", " of 2025", " next year". */
function parseAfterMonth(s: string, lower: string, month: number, end: number, a: DateSpec, range: RangeHolder): number {
  a.month = month;
  let p = end;
  if (s.charCodeAt(p) === 0x20 && isDigit(s.charCodeAt(p + 1))) {
    const day = readDay(s, p + 1);
    if (day) {
      a.day = day.value;
      p = day.end;
      // "March 5-7": the second day takes the month (and year) of the first when resolved.
      if (day.to !== undefined) range.b = { day: day.to };
      if (s.charCodeAt(p) === 0x2c && s.charCodeAt(p + 1) === 0x20) {
        const y = fourDigitYear(s, p + 2);
        if (y) {
          a.year = y.value;
          return y.end;
        }
      }
    }
  }
  return yearAfter(s, lower, p, a) ?? p;
}

/** "5 March", "5 March 2025", "5th of March". */
function parseDayFirst(s: string, lower: string, p: number, a: DateSpec): number | undefined {
  const day = readDay(s, p);
  if (!day || day.to !== undefined || s.charCodeAt(day.end) !== 0x20) return undefined;
  let q = day.end + 1;
  if (wordAt(lower, q, 'of')) q = skip(s, q + 2);
  const month = monthAt(s, q, true);
  if (!month) return undefined;
  a.day = day.value;
  a.month = month.value;
  return yearAfter(s, lower, month.end, a) ?? month.end;
}

/** "the 2020s", "the mid-2020s", "2030s" (a part, if any, was read before). */
function decadeAt(s: string, p: number, a: DateSpec): number | undefined {
  let q = p;
  if (s.charCodeAt(q) === 0x27 || s.charCodeAt(q) === 0x2019) q++;
  const n = readNumber(s, q, 4);
  if (!n || s.charCodeAt(n[1]) !== 0x73 /* s */ || isWordChar(s.charCodeAt(n[1] + 1))) return undefined;
  const digits = n[1] - q;
  if (digits === 4 && n[0] % 10 === 0 && isNewsYear(n[0], 4)) a.decade = n[0];
  else if (digits === 2 && n[0] % 10 === 0 && q > p) a.decade = n[0] < 70 ? 2000 + n[0] : 1900 + n[0];
  else return undefined;
  return n[1] + 1;
}

/** An optional year after a unit: " 2025", ", 2025", " of 2025", " of next year", " next year", "'s"? */
function yearAfter(s: string, lower: string, p: number, a: DateSpec): number | undefined {
  let q = p;
  if (s.charCodeAt(q) === 0x2c) q++;
  if (s.charCodeAt(q) !== 0x20) return undefined;
  q++;
  const direct = fourDigitYear(s, q);
  if (direct && !quantityAfter(s, direct.end)) {
    a.year = direct.value;
    return direct.end;
  }
  if (s.charCodeAt(p) === 0x2c) return undefined;
  if (wordAt(lower, q, 'of')) q = skip(s, q + 2);
  if (wordAt(lower, q, 'fiscal')) {
    let r = skip(s, q + 6);
    if (wordAt(lower, r, 'year')) r = skip(s, r + 4);
    const y = fourDigitYear(s, r);
    if (y) {
      a.year = y.value;
      return y.end;
    }
  }
  const y = fourDigitYear(s, q);
  if (y && q > p + 1) {
    a.year = y.value;
    return y.end;
  }
  if (wordAt(lower, q, 'the') && wordAt(lower, skip(s, q + 3), 'year')) {
    a.yearOffset = 0;
    return skip(s, q + 3) + 4;
  }
  for (const phrase of RELATIVE_PHRASES) {
    if (!wordAt(lower, q, phrase)) continue;
    const r = skip(s, q + phrase.length);
    if (wordAt(lower, r, 'year')) {
      a.yearOffset = EN_RELATIVE[phrase] as number;
      return r + 4;
    }
    if (lower.startsWith('fiscal year', r) && boundaryAt(s, r + 11)) {
      a.yearOffset = EN_RELATIVE[phrase] as number;
      return r + 11;
    }
  }
  return undefined;
}

function setRelative(a: DateSpec, unit: RelativeUnit | 'decade', offset: number): void {
  if (unit === 'year') a.yearOffset = offset;
  else if (unit === 'month') a.monthOffset = offset;
  else if (unit === 'quarter') a.quarterOffset = offset;
  else if (unit === 'week') a.weekOffset = offset;
  else if (unit === 'weekend') {
    a.weekOffset = offset;
    a.weekend = true;
  }
}

function matchUnit(lower: string, p: number): { unit: RelativeUnit; end: number } | undefined {
  for (const phrase of UNIT_PHRASES) {
    if (wordAt(lower, p, phrase)) return { unit: EN_RELATIVE_UNITS[phrase] as RelativeUnit, end: p + phrase.length };
  }
  return undefined;
}

/** "early", "mid-", "mid ", "late", "the end of", "end-" (as in "end-March"). */
function matchPart(s: string, lower: string, p: number): { part: NonNullable<DateSpec['part']>; end: number } | undefined {
  if (lower.startsWith('mid-', p) || lower.startsWith('end-', p)) {
    return { part: lower.startsWith('mid', p) ? 'mid' : 'late', end: p + 4 };
  }
  for (const phrase of PART_PHRASES) {
    if (phrase === 'end') continue;
    if (wordAt(lower, p, phrase)) return { part: EN_PART_WORDS[phrase] as NonNullable<DateSpec['part']>, end: skip(s, p + phrase.length) };
  }
  return undefined;
}

/** A capitalised month name at `p` ("March", "Sept.", "Jan."); ambiguous ones need `qualified` or a number after. */
function monthAt(s: string, p: number, qualified: boolean): { value: number; end: number } | undefined {
  const c = s.charCodeAt(p);
  if (!(c >= 0x41 && c <= 0x5a)) return undefined;
  let q = p + 1;
  while (q < s.length && isAsciiLetter(s.charCodeAt(q))) q++;
  const word = s.slice(p, q);
  const value = EN_MONTHS[word];
  if (value === undefined) return undefined;
  let end = q;
  const dotted = s.charCodeAt(q) === 0x2e && word.length <= 4 && word !== 'May' && word !== 'June' && word !== 'July';
  if (dotted) end = q + 1;
  else if (isWordChar(s.charCodeAt(q))) return undefined;
  const numberAfter = s.charCodeAt(end) === 0x20 && isDigit(s.charCodeAt(end + 1));
  if (EN_AMBIGUOUS_MONTHS.has(word) && !dotted && !qualified && !numberAfter) return undefined;
  if (dotted && !qualified && !numberAfter) return undefined;
  return { value, end };
}

function capitalWord(s: string, p: number, table: Readonly<Record<string, number>>): { value: number; end: number } | undefined {
  let q = p;
  while (q < s.length && isAsciiLetter(s.charCodeAt(q))) q++;
  const value = table[s.slice(p, q)];
  return value !== undefined && !isWordChar(s.charCodeAt(q)) ? { value, end: q } : undefined;
}

function seasonAt(lower: string, p: number): { season: NonNullable<DateSpec['season']>; end: number } | undefined {
  for (const [word, season] of SEASONS) {
    if (wordAt(lower, p, word)) return { season, end: p + word.length };
  }
  return undefined;
}

/** A day of month: "5", "05", "5th", and "5-7" / "5–7" as a range of days. */
function readDay(s: string, p: number): { value: number; end: number; to?: number } | undefined {
  const n = readNumber(s, p, 2);
  if (!n || n[0] < 1 || n[0] > 31) return undefined;
  let end = n[1];
  for (const suffix of ['st', 'nd', 'rd', 'th']) {
    if (s.startsWith(suffix, end) && !isWordChar(s.charCodeAt(end + 2))) {
      end += 2;
      break;
    }
  }
  const c = s.charCodeAt(end);
  if (isWordChar(c) || c === 0x25) return undefined;
  if ((c === 0x2e || c === 0x2c) && isDigit(s.charCodeAt(end + 1))) return undefined;
  if ((c === 0x2d || c === 0x2013) && isDigit(s.charCodeAt(end + 1))) {
    const m = readNumber(s, end + 1, 2);
    if (m && m[0] > n[0] && m[0] <= 31 && !isWordChar(s.charCodeAt(m[1]))) return { value: n[0], end: m[1], to: m[0] };
    return undefined;
  }
  return { value: n[0], end };
}

/** A four-digit news year standing alone ("2025", not "2025,000", "2025.5", "20250"). */
function fourDigitYear(s: string, p: number): { value: number; end: number } | undefined {
  if (p > 0 && (isWordChar(s.charCodeAt(p - 1)) || s.charCodeAt(p - 1) === 0x24)) return undefined;
  const n = readNumber(s, p, 4);
  if (!n || !isNewsYear(n[0], n[1] - p)) return undefined;
  const c = s.charCodeAt(n[1]);
  if (isAsciiLetter(c) || isDigit(c) || c === 0x25) return undefined;
  if ((c === 0x2c || c === 0x2e) && isDigit(s.charCodeAt(n[1] + 1))) return undefined;
  return { value: n[0], end: n[1] };
}

/** "2025 units", "2025 people": a quantity, not a year. */
function quantityAfter(s: string, end: number): boolean {
  if (s.charCodeAt(end) !== 0x20) return false;
  let q = end + 1;
  while (q < s.length && isAsciiLetter(s.charCodeAt(q))) q++;
  return EN_QUANTITY_WORDS.has(s.slice(end + 1, q));
}

/** True when the word before `i` makes a bare number a year: "in 2027", "by 2026". */
function yearPrepositionBefore(s: string, i: number): boolean {
  let q = i;
  while (q > 0 && s.charCodeAt(q - 1) === 0x20) q--;
  const wordEnd = q;
  while (q > 0 && isAsciiLetter(s.charCodeAt(q - 1))) q--;
  return wordEnd > q && EN_YEAR_PREPOSITIONS.has(s.slice(q, wordEnd));
}

/** `word` (lower case) at `p`, ending at a word boundary. */
function wordAt(lower: string, p: number, word: string): boolean {
  return lower.startsWith(word, p) && boundaryAt(lower, p + word.length);
}

function boundaryAt(s: string, p: number): boolean {
  return p >= s.length || !isWordChar(s.charCodeAt(p));
}

function skip(s: string, p: number): number {
  let q = p;
  while (q < s.length && s.charCodeAt(q) === 0x20) q++;
  return q;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}
