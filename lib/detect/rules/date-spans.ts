/**
 * What "early", "mid" and "late" cover inside a unit, shared by Korean and English
 * ("내년 초" = "early next year"). News uses these loosely; the spans below are the team's
 * reading (the corpus README's table), chosen so that a slip ("early 2026" -> "late 2026") never overlaps.
 */

/** A part of a unit: the first, middle or last stretch, or the whole unit ("1분기 중"). */
export type DatePart = 'early' | 'mid' | 'late' | 'whole';

/**
 * Parts of a year, as `[firstMonth, lastMonth]`: early = Q1 ("연초", "내년 초", "early 2026"),
 * mid = April..September (the two middle quarters: "2025년 중반", "mid-2026"),
 * late = Q4 ("연말", "올해 말", "late 2026", "the end of 2025", "year-end").
 */
export const YEAR_PARTS: Readonly<Record<Exclude<DatePart, 'whole'>, readonly [number, number]>> = {
  early: [1, 3],
  mid: [4, 9],
  late: [10, 12],
};

/**
 * Parts of a month, as `[firstDay, lastDay]` (the last day is clamped to the month):
 * the Korean 상순/중순/하순 tenths ("3월 초", "3월 중순", "3월 말", "early/mid/late March").
 */
export const MONTH_PARTS: Readonly<Record<Exclude<DatePart, 'whole'>, readonly [number, number]>> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 31],
};

/**
 * Parts of a half year (6 months), as month indexes 1..6 inside the half: "하반기 초" = July..August.
 * A quarter or a season (3 months) splits into its first, middle and last month.
 */
export const HALF_PARTS: Readonly<Record<Exclude<DatePart, 'whole'>, readonly [number, number]>> = {
  early: [1, 2],
  mid: [3, 4],
  late: [5, 6],
};

/** Parts of a decade, as year offsets: "the mid-2020s" = 2023..2026, "2020년대 후반" = 2026..2029. */
export const DECADE_PARTS: Readonly<Record<Exclude<DatePart, 'whole'>, readonly [number, number]>> = {
  early: [0, 3],
  mid: [3, 6],
  late: [6, 9],
};

/** Parts of a week, as weekday offsets from Monday: "다음 주 초" = Mon..Wed, "이번 주말" = Sat..Sun. */
export const WEEK_PARTS: Readonly<Record<Exclude<DatePart, 'whole'>, readonly [number, number]>> = {
  early: [0, 2],
  mid: [2, 4],
  late: [5, 6],
};

/** Seasons as `[firstMonth, lastMonth]`; winter runs December..February, so its last month is 14. */
export const SEASON_MONTHS = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
} as const satisfies Record<string, readonly [number, number]>;

/** A season name, as {@link SEASON_MONTHS} keys it. */
export type Season = keyof typeof SEASON_MONTHS;
