/**
 * Calendar arithmetic for the date resolver: pure, on plain year/month/day numbers, UTC
 * only (a publication date has no time zone once it is a calendar day).
 */

/** A calendar day; `month` 1..12, `day` 1..31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** An inclusive span of days. */
export interface DaySpan {
  from: Ymd;
  to: Ymd;
}

const MS_PER_DAY = 86_400_000;

/**
 * True for leap years of the Gregorian calendar.
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month, February by leap year.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the day exists ("2025-02-29" does not). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date); undefined when invalid.
 *
 * @example
 * parseYmd('2023-11-24T14:05:00+09:00'); // { year: 2023, month: 11, day: 24 }
 */
export function parseYmd(text: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}

/**
 * `YYYY-MM-DD` of a day.
 *
 * @example
 * formatYmd({ year: 2025, month: 3, day: 5 }); // '2025-03-05'
 */
export function formatYmd(d: Ymd): string {
  return `${String(d.year).padStart(4, '0')}-${d.month < 10 ? '0' : ''}${d.month}-${d.day < 10 ? '0' : ''}${d.day}`;
}

/** Days since 1970-01-01. */
export function toDayNumber(d: Ymd): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

/** The day of a day number. */
export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The day `days` after `d` (negative: before), across months and years.
 *
 * @example
 * addDays({ year: 2024, month: 2, day: 28 }, 1); // { year: 2024, month: 2, day: 29 }
 */
export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(d) + days);
}

/**
 * The month `months` after year/month, across years.
 *
 * @example
 * addMonths(2024, 1, -1); // { year: 2023, month: 12 }
 */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

/** Months `firstMonth..lastMonth` of a year (lastMonth may pass 12 into the next year). */
export function monthsSpan(year: number, firstMonth: number, lastMonth: number): DaySpan {
  const last = addMonths(year, 1, lastMonth - 1);
  return {
    from: { year, month: firstMonth, day: 1 },
    to: { year: last.year, month: last.month, day: daysInMonth(last.year, last.month) },
  };
}

/** Days `firstDay..lastDay` of a month, `lastDay` clamped to the month's length. */
export function daysSpan(year: number, month: number, firstDay: number, lastDay: number): DaySpan {
  return { from: { year, month, day: firstDay }, to: { year, month, day: Math.min(lastDay, daysInMonth(year, month)) } };
}

/** Compares two days: negative when `a` is earlier. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day;
}
