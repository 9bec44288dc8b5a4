/**
 * Parses one Korean date phrase at a position: what is written, not what it means (that is
 * ./date-resolve.ts). A phrase is an optional direction (지난/오는), an optional year
 * (2025년, '25년, 올해, 내년, 올), then a month (3월, 이달), quarter (1분기, 1·4분기), half
 * (상반기), season or part (초, 말, 중반), then a day (5일) or a part (중순, 말) — or one
 * standalone word (오늘, 다음 주, 연내). Counts that share the units ("3년간", "20일째",
 * "2분기 연속") are rejected by the word lists of ./rules/date-words-ko.ts.
 */
import type { DateSpec } from './date-resolve';
import {
  compileTable,
  expandShortYear,
  isAsciiLetter,
  isDigit,
  isHangul,
  isNewsYear,
  matchWord,
  readNumber,
  skipSpaces,
  type ParsedDate,
} from './date-parse-util';
import {
  KO_DAY_WORDS,
  KO_DIRECTIONS,
  KO_HALF_WORDS,
  KO_MONTH_WORDS,
  KO_NOT_DATE_AFTER,
  KO_NOT_DATE_BEFORE_DAY,
  KO_COUNT_BEFORE_YEAR,
  KO_SHORT_YEAR_PARTICLES,
  KO_SHORT_YEAR_RANGE,
  KO_PART_WORDS,
  KO_PARTICLE_STARTS,
  KO_QUARTER_WORDS,
  KO_SEASON_WORDS,
  KO_THIS_YEAR_PREFIX,
  KO_WEEKDAYS,
  KO_WEEKEND_WORDS,
  KO_WEEK_WORDS,
  KO_YEAR_SPAN_WORDS,
  KO_YEAR_WORDS,
} from './rules/date-words-ko';

const DAY_WORDS = compileTable(KO_DAY_WORDS);
const WEEK_WORDS = compileTable(KO_WEEK_WORDS);
const WEEKEND_WORDS = compileTable(KO_WEEKEND_WORDS);
const WEEKDAYS = compileTable(KO_WEEKDAYS);
const MONTH_WORDS = compileTable(KO_MONTH_WORDS);
const QUARTER_WORDS = compileTable(KO_QUARTER_WORDS);
const YEAR_WORDS = compileTable(KO_YEAR_WORDS);
const YEAR_SPAN_WORDS = compileTable(KO_YEAR_SPAN_WORDS);
const HALF_WORDS = compileTable(KO_HALF_WORDS);
const SEASON_WORDS = compileTable(KO_SEASON_WORDS);
const PART_WORDS = compileTable(KO_PART_WORDS);
const DIRECTIONS = compileTable(KO_DIRECTIONS);

/**
 * First syllables of every word a Korean phrase may start with; a word starting otherwise
 * is skipped at once (most words of a sentence start no date).
 */
const FIRST_SYLLABLES: ReadonlySet<string> = new Set(
  [
    KO_DAY_WORDS, KO_WEEK_WORDS, KO_WEEKEND_WORDS, KO_WEEKDAYS, KO_MONTH_WORDS, KO_QUARTER_WORDS, KO_YEAR_WORDS,
    KO_YEAR_SPAN_WORDS, KO_HALF_WORDS, KO_DIRECTIONS,
  ].flatMap((table) => Object.keys(table).map((word) => word.charAt(0))).concat([KO_THIS_YEAR_PREFIX]),
);

/** Range marks inside a number pair: "3~6월", "2026-2028년". */
function isRangeMark(c: number): boolean {
  return c === 0x7e || c === 0x223c || c === 0x301c || c === 0xff5e || c === 0x2d || c === 0x2013;
}

/** "·4분기" and its spellings: 1·4분기, 1ㆍ4분기, 1/4분기, 1.4분기. */
const QUARTER_INFIXES = ['·4분기', 'ㆍ4분기', '/4분기', '.4분기', '‧4분기', '・4분기', '분기'];

/**
 * A Korean date phrase starting at `i`, or undefined.
 *
 * @example
 * parseKoAt('내년 1분기 가동', 0); // { index: 0, end: 6, a: { yearOffset: 1, quarter: 1 } }
 */
export function parseKoAt(s: string, i: number): ParsedDate | undefined {
  const c = s.charCodeAt(i);
  if (i > 0) {
    const prev = s.charCodeAt(i - 1);
    if (isHangul(c) && isHangul(prev)) return undefined;
    if (!isHangul(c) && (isDigit(prev) || isAsciiLetter(prev) || prev === 0x2e || prev === 0x2c)) return undefined;
  }
  if (isHangul(c)) return FIRST_SYLLABLES.has(s.charAt(i)) ? parseWordAt(s, i) : undefined;
  if (isDigit(c) || c === 0x27 || c === 0x2019) return parseCalendar(s, i, i, {});
  return undefined;
}

/** Phrases that start with a word: relative days, weeks, months, quarters, directions, years. */
function parseWordAt(s: string, i: number): ParsedDate | undefined {
  const day = matchWord(s, i, DAY_WORDS);
  if (day && particleOk(s, i + day[0].length)) return { index: i, end: i + day[0].length, a: { dayOffset: day[1] } };

  const weekend = matchWord(s, i, WEEKEND_WORDS);
  if (weekend && particleOk(s, i + weekend[0].length)) {
    return { index: i, end: i + weekend[0].length, a: { weekOffset: weekend[1], weekend: true } };
  }
  const week = matchWord(s, i, WEEK_WORDS);
  if (week && particleOk(s, i + week[0].length)) {
    const a: DateSpec = { weekOffset: week[1] };
    let end = i + week[0].length;
    const q = skipSpaces(s, end, 1);
    const weekday = matchWord(s, q, WEEKDAYS);
    if (weekday) {
      a.weekday = weekday[1];
      end = q + weekday[0].length;
    } else {
      end = parsePart(s, end, a, 'week');
    }
    return { index: i, end, a };
  }
  const quarter = matchWord(s, i, QUARTER_WORDS);
  if (quarter && particleOk(s, i + quarter[0].length)) {
    const a: DateSpec = { quarterOffset: quarter[1] };
    return { index: i, end: parsePart(s, i + quarter[0].length, a, 'quarter'), a };
  }
  const span = matchWord(s, i, YEAR_SPAN_WORDS);
  if (span && particleOk(s, i + span[0].length)) {
    const a: DateSpec = { yearOffset: 0, ...yearSpan(span[1]) };
    return { index: i, end: approx(s, i + span[0].length), a };
  }
  const dir = matchWord(s, i, DIRECTIONS);
  if (dir) {
    const q = skipSpaces(s, i + dir[0].length, 1);
    if (q > i + dir[0].length) {
      const weekday = matchWord(s, q, WEEKDAYS);
      if (weekday) return { index: i, end: q + weekday[0].length, a: { weekday: weekday[1], dir: dir[1] } };
      const directed = parseCalendar(s, i, q, { dir: dir[1] });
      if (directed) return directed;
    }
  }
  const weekday = matchWord(s, i, WEEKDAYS);
  if (weekday) return { index: i, end: i + weekday[0].length, a: { weekday: weekday[1] } };
  return parseCalendar(s, i, i, {});
}

/**
 * Year, then month / quarter / half / season / part, then day / part; `index` is where the
 * phrase starts (before a direction word), `p` where the calendar part starts.
 */
function parseCalendar(s: string, index: number, p: number, a: DateSpec): ParsedDate | undefined {
  let b: DateSpec | undefined;
  const decade = parseDecade(s, p, a);
  if (decade > 0) return { index, end: approx(s, parsePart(s, decade, a, 'decade')), a };

  const year = parseYear(s, p, a);
  let end = p;
  if (year) {
    end = year.end;
    if (year.to !== undefined) b = { year: year.to };
  }
  const q = year ? skipSpaces(s, end, 1) : p;

  const month = parseMonth(s, q, a, !year);
  if (month) {
    end = month.end;
    if (month.to !== undefined) b = { month: month.to };
    const r = skipSpaces(s, end, 1);
    const day = parseDay(s, r, false);
    if (day) {
      a.day = day.value;
      if (day.to !== undefined) b = { ...(b ?? {}), day: day.to };
      end = day.end;
    } else {
      end = parsePart(s, end, a, 'month');
    }
    return { index, end: approx(s, end), a, ...(b ? { b } : {}) };
  }

  const unit = parseUnitAfterYear(s, q, a, year !== undefined);
  if (unit) {
    if (unit.to !== undefined) b = { quarter: unit.to };
    return { index, end: approx(s, parsePart(s, unit.end, a, 'unit')), a, ...(b ? { b } : {}) };
  }

  if (year) {
    if (year.short && !shortYearAlone(s, p, end, a.year as number)) return undefined;
    // "내년 초", "2025년 말", "올해 중반": a part of the year.
    return { index, end: approx(s, parsePart(s, end, a, 'year')), a, ...(b ? { b } : {}) };
  }

  const day = parseDay(s, p, true);
  if (day) {
    a.day = day.value;
    if (day.to !== undefined) b = { day: day.to };
    return { index, end: approx(s, day.end), a, ...(b ? { b } : {}) };
  }
  return undefined;
}

interface Piece {
  end: number;
  /** The second number of a range written inside one unit: "3~6월" -> 6. */
  to?: number;
}

interface YearPiece extends Piece {
  /** A two-digit year ("25년") counts only before a month, quarter or part: "25년간" is a count. */
  short: boolean;
}

function parseYear(s: string, p: number, a: DateSpec): YearPiece | undefined {
  const word = matchWord(s, p, YEAR_WORDS);
  if (word) {
    a.yearOffset = word[1];
    return { end: p + word[0].length, short: false };
  }
  if (s.startsWith(KO_THIS_YEAR_PREFIX, p) && !s.startsWith('올해', p)) {
    // "올 1분기", "올 상반기", "올초", "올여름", "올 연말": only before a unit.
    const q = skipSpaces(s, p + 1, 1);
    const next = s.charCodeAt(q);
    if (isDigit(next) || matchWord(s, q, HALF_WORDS) || matchWord(s, q, SEASON_WORDS) || matchWord(s, q, YEAR_SPAN_WORDS) || matchWord(s, q, PART_WORDS)) {
      a.yearOffset = 0;
      return { end: p + 1, short: false };
    }
    return undefined;
  }
  let q = p;
  const apostrophe = s.charCodeAt(q) === 0x27 || s.charCodeAt(q) === 0x2019;
  if (apostrophe) q++;
  const n = readNumber(s, q, 4);
  if (!n) return undefined;
  const digits = n[1] - q;
  let r = n[1];
  let to: number | undefined;
  if (isRangeMark(s.charCodeAt(r))) {
    const m = readNumber(s, r + 1, 4);
    if (m && s.startsWith('년', m[1])) {
      const len = m[1] - r - 1;
      const value = len === 4 ? m[0] : len === 2 ? Math.floor(n[0] / 100) * 100 + m[0] : -1;
      if (value > n[0]) {
        to = value;
        r = m[1];
      }
    }
  }
  if (!s.startsWith('년', r)) return undefined;
  let end = r + 1;
  let short: boolean;
  if (isNewsYear(n[0], digits)) {
    a.year = n[0];
    short = false;
    if (notDateAfter(s, end, KO_NOT_DATE_AFTER.year)) return undefined;
  } else if (digits === 2) {
    a.year = expandShortYear(n[0]);
    short = !apostrophe;
    if (!apostrophe && notDateAfter(s, end, KO_NOT_DATE_AFTER.shortYear)) return undefined;
  } else {
    return undefined;
  }
  if (s.startsWith('도', end) && !isHangul(s.charCodeAt(end + 1))) end++; // "2025년도"
  return { end, short, ...(to !== undefined ? { to } : {}) };
}

/** A two-digit year with no unit after it: see {@link KO_SHORT_YEAR_PARTICLES}. */
function shortYearAlone(s: string, start: number, end: number, year: number): boolean {
  const yy = year % 100;
  if (yy < KO_SHORT_YEAR_RANGE[0] || yy > KO_SHORT_YEAR_RANGE[1]) return false;
  const particle = KO_SHORT_YEAR_PARTICLES.find((word) => s.startsWith(word, end));
  if (!particle || isHangul(s.charCodeAt(end + particle.length))) return false;
  let q = start;
  if (q > 0 && s.charCodeAt(q - 1) === 0x20) q--;
  return !KO_COUNT_BEFORE_YEAR.some((word) => q >= word.length && s.startsWith(word, q - word.length) && !(q > word.length && isHangul(s.charCodeAt(q - word.length - 1))));
}

/** "2020년대" (+ part): a decade. Returns the end or -1. */
function parseDecade(s: string, p: number, a: DateSpec): number {
  const n = readNumber(s, p, 4);
  if (!n || n[1] - p !== 4 || n[0] % 10 !== 0 || !isNewsYear(n[0], 4) || !s.startsWith('년대', n[1])) return -1;
  a.decade = n[0];
  return n[1] + 2;
}

/** A month number ("3월", "3~6월") or, at the start of a phrase, a month word ("이달", "다음 달"). */
function parseMonth(s: string, p: number, a: DateSpec, allowWords: boolean): Piece | undefined {
  if (allowWords) {
    const word = matchWord(s, p, MONTH_WORDS);
    if (word && particleOk(s, p + word[0].length)) {
      a.monthOffset = word[1];
      return { end: p + word[0].length };
    }
  }
  const n = readNumber(s, p, 2);
  if (!n) return undefined;
  const range = readRangeEnd(s, n[1], 2, '월', (m) => m >= 1 && m <= 12);
  const r = range?.end ?? n[1];
  const to = range?.to;
  if (!s.startsWith('월', r) || n[0] < 1 || n[0] > 12) return undefined;
  const end = r + 1;
  if (!particleOk(s, end) || notDateAfter(s, end, KO_NOT_DATE_AFTER.month)) return undefined;
  a.month = n[0];
  return { end, ...(to !== undefined ? { to } : {}) };
}

/**
 * The second half of a range written with one unit ("3~6월", "5~7일", "1~3분기"): a range
 * mark at `at`, a number of at most `digits` digits, then `unit`, accepted by `accept`.
 */
function readRangeEnd(s: string, at: number, digits: number, unit: string, accept: (to: number) => boolean): { to: number; end: number } | undefined {
  if (!isRangeMark(s.charCodeAt(at))) return undefined;
  const m = readNumber(s, at + 1, digits);
  return m && s.startsWith(unit, m[1]) && accept(m[0]) ? { to: m[0], end: m[1] } : undefined;
}

interface DayPiece extends Piece {
  value: number;
}

/** "5일", "5~7일", "21일(화)", "21일(현지시간)"; `bare` when no month precedes it. */
function parseDay(s: string, p: number, bare: boolean): DayPiece | undefined {
  const n = readNumber(s, p, 2);
  if (!n) return undefined;
  const range = readRangeEnd(s, n[1], 2, '일', (m) => m > n[0] && m <= 31);
  const r = range?.end ?? n[1];
  const to = range?.to;
  if (!s.startsWith('일', r) || n[0] < 1 || n[0] > 31) return undefined;
  let end = r + 1;
  const next = s.charCodeAt(end);
  if (isHangul(next) && !KO_PARTICLE_STARTS.has(s.charAt(end)) && next !== 0xc790 /* 자: "24일자" */) return undefined;
  if (notDateAfter(s, end, KO_NOT_DATE_AFTER.day)) return undefined;
  if (bare && countWordBefore(s, p)) return undefined;
  // "21일(화)", "21일(현지시간)": the weekday or time zone belongs to the phrase.
  if (next === 0x28) {
    const close = s.indexOf(')', end);
    if (close > end && close - end <= 6 && isHangul(s.charCodeAt(end + 1))) end = close + 1;
  }
  return { end, value: n[0], ...(to !== undefined ? { to } : {}) };
}

/** Quarter ("1분기", "1·4분기", "1~3분기"), half, season, or a part-of-year word after a year. */
function parseUnitAfterYear(s: string, p: number, a: DateSpec, afterYear: boolean): Piece | undefined {
  const n = readNumber(s, p, 1);
  if (n) {
    const range = readRangeEnd(s, n[1], 1, '분기', (m) => m > n[0] && m <= 4);
    const r = range?.end ?? n[1];
    const to = range?.to;
    if (n[0] < 1 || n[0] > 4) return undefined;
    for (const infix of QUARTER_INFIXES) {
      if (!s.startsWith(infix, r)) continue;
      if (infix !== '분기' && to !== undefined) return undefined;
      const end = r + infix.length;
      if (notDateAfter(s, end, KO_NOT_DATE_AFTER.quarter)) return undefined;
      a.quarter = n[0];
      return { end, ...(to !== undefined ? { to } : {}) };
    }
    return undefined;
  }
  const half = matchWord(s, p, HALF_WORDS);
  if (half) {
    a.half = half[1];
    return { end: p + half[0].length };
  }
  if (!afterYear) return undefined;
  const season = matchWord(s, p, SEASON_WORDS);
  if (season && particleOk(s, p + season[0].length)) {
    a.season = season[1];
    return { end: p + season[0].length };
  }
  const span = matchWord(s, p, YEAR_SPAN_WORDS);
  if (span && particleOk(s, p + span[0].length)) {
    Object.assign(a, yearSpan(span[1]));
    return { end: p + span[0].length };
  }
  return undefined;
}

/** An optional part word after a unit ("3월 말", "1분기 중", "내년 초"); returns the new end. */
function parsePart(s: string, end: number, a: DateSpec, unit: 'year' | 'month' | 'unit' | 'week' | 'quarter' | 'decade'): number {
  const q = skipSpaces(s, end, 1);
  const part = matchWord(s, q, PART_WORDS);
  if (!part || !particleOk(s, q + part[0].length)) return end;
  // 초순/중순/하순 divide a month; after a year they are unusual but mean the same stretch.
  if (unit === 'week' && part[1] === 'whole' && part[0] !== '중') return end;
  a.part = part[1];
  return q + part[0].length;
}

/** Approximation suffixes that belong to the phrase: "21일께", "3월경", "연말쯤". */
function approx(s: string, end: number): number {
  for (const suffix of ['께', '경', '쯤']) {
    if (s.startsWith(suffix, end) && particleOk(s, end + 1)) return end + 1;
  }
  return end;
}

function yearSpan(entry: { part?: DateSpec['part']; rest?: true }): DateSpec {
  return entry.rest ? { clip: 'fromPub' } : entry.part ? { part: entry.part } : {};
}

/** After a date word: no Hangul, or a particle ("내일부터", "오늘은"); not "오늘날", "말했다". */
function particleOk(s: string, p: number): boolean {
  return p >= s.length || !isHangul(s.charCodeAt(p)) || KO_PARTICLE_STARTS.has(s.charAt(p));
}

/** True when a count word follows the unit: "3년간", "20일 동안", "2분기 연속". */
function notDateAfter(s: string, end: number, rule: { attached: readonly string[]; spaced: readonly string[] }): boolean {
  for (const word of rule.attached) if (s.startsWith(word, end) && wordEnds(s, end + word.length)) return true;
  const q = skipSpaces(s, end, 1);
  if (q === end) return false;
  for (const word of rule.spaced) if (s.startsWith(word, q) && wordEnds(s, q + word.length)) return true;
  return false;
}

function wordEnds(s: string, p: number): boolean {
  return particleOk(s, p);
}

/** "주 5일", "매월 1일", "월 2일": a count word right before a bare day. */
function countWordBefore(s: string, p: number): boolean {
  let q = p;
  if (q > 0 && s.charCodeAt(q - 1) === 0x20) q--;
  for (const word of KO_NOT_DATE_BEFORE_DAY) {
    const start = q - word.length;
    if (start < 0 || !s.startsWith(word, start)) continue;
    const before = start > 0 ? s.charCodeAt(start - 1) : 0x20;
    if (!isHangul(before) && !isDigit(before)) return true;
  }
  return false;
}
