/**
 * Turns a parsed date phrase ({@link DateSpec}, language-neutral) into an inclusive span of
 * days, against the publication day. The parsers (./date-parse-ko.ts, ./date-parse-en.ts)
 * only say what was written; every rule about which year or month a phrase means lives here.
 *
 * Rules for phrases that do not name their year (or month):
 * 1. A direction word decides: "지난 4월" / "last March" = the most recent one (this year if
 *    the month has begun, else last year); "오는 4월" / "next March" = the next one;
 *    "지난 21일" = the most recent 21st before the publication day, "오는 3일" the next 3rd
 *    after it.
 * 2. Else the sentence's earlier mention decides: "지난해 4월 착공해 10월 준공" puts October
 *    in last year too ("3월 5일 착공해 20일 준공": March 20) — unless that contradicts the
 *    sentence's tense (a plan in the past, a past event in the future).
 * 3. Else the tense decides at the far end of the year — the tense of the phrase's own clause
 *    ("3월 착공했으며 12월 완공 예정": March is past, December a plan), else the sentence's
 *    (see ./dates.ts `readTense`): in a plan ("예정", "will") a month or
 *    quarter that ended three or more months before publication means next year's ("1월 착공
 *    예정" in December); in a past-tense sentence one that starts three or more months after
 *    publication means last year's ("4분기 실적을 발표했다" in January). Otherwise the
 *    publication year.
 * 4. A bare day ("24일") is the nearest such day to the publication day among the previous,
 *    current and next month (ties go to the past): Korean news says "24일" for a day within
 *    a week or two either way, and "지난"/"오는" for anything further.
 * 5. A bare weekday ("on Tuesday", "화요일") is the most recent one on or before publication,
 *    whatever the sentence's tense ("said Tuesday it would resume" is the usual news
 *    form), unless its own clause is a plan ("will open on Tuesday", "is expected to … on
 *    Wednesday"): then the next one on or after it.
 */
import {
  addDays,
  addMonths,
  compareYmd,
  daysInMonth,
  daysSpan,
  fromDayNumber,
  isValidYmd,
  monthsSpan,
  toDayNumber,
  weekdayOf,
  type DaySpan,
  type Ymd,
} from './date-calendar';
import {
  DECADE_PARTS,
  HALF_PARTS,
  MONTH_PARTS,
  SEASON_MONTHS,
  WEEK_PARTS,
  YEAR_PARTS,
  type DatePart,
  type Season,
} from './rules/date-spans';

export type { DatePart, Season } from './rules/date-spans';

/** What a date phrase says, before resolution. Offsets count from the publication day/week/month/quarter/year. */
export interface DateSpec {
  year?: number;
  yearOffset?: number;
  month?: number;
  monthOffset?: number;
  quarter?: number;
  quarterOffset?: number;
  half?: number;
  season?: Season;
  day?: number;
  dayOffset?: number;
  weekOffset?: number;
  /** With `weekOffset`: Saturday and Sunday of that week. */
  weekend?: boolean;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** First year of a decade: 2020 for "the 2020s". */
  decade?: number;
  part?: DatePart;
  dir?: 'past' | 'future' | 'this';
  /** Cut the span at the publication day: "earlier this year" (`toPub`), "연내" / "later this year" (`fromPub`). */
  clip?: 'toPub' | 'fromPub';
}

/** The sentence's tense, from its markers: a plan, a past event, or neither. */
export type Tense = 'future' | 'past' | 'neutral';

/** What the resolver knows besides the phrase. */
export interface ResolveContext {
  pub: Ymd;
  tense: Tense;
  /** True when the phrase's own clause is a plan ("will open on Tuesday"): moves bare weekdays ahead. */
  planned?: boolean;
  /** Year of the sentence's previous calendar mention, if any. */
  year?: number;
  /** Month of the sentence's previous mention, when it named one. */
  month?: number;
}

/** A resolved phrase, with the year and month it fixes for the phrases after it. */
export interface Resolved {
  span: DaySpan;
  year?: number;
  month?: number;
}

/**
 * Copies the year (and, for a bare day, the month) of `from` into `to` where `to` names
 * none: the other end of a range ("2025년 3월부터 6월까지", "from March to June 2025").
 */
export function inheritCalendar(to: DateSpec, from: DateSpec): void {
  if (hasYear(to) || !hasYear(from)) {
    if (to.day !== undefined && to.month === undefined && to.monthOffset === undefined && from.month !== undefined && to.year === undefined) {
      to.month = from.month;
      if (from.year !== undefined) to.year = from.year;
    }
    return;
  }
  const dayOnly = to.day !== undefined && to.month === undefined;
  if (from.year !== undefined) to.year = from.year;
  if (from.yearOffset !== undefined) to.yearOffset = from.yearOffset;
  if (dayOnly && from.monthOffset !== undefined) to.monthOffset = from.monthOffset;
  if (dayOnly && from.month !== undefined) to.month = from.month;
}

/** True when the phrase fixes its year itself. */
export function hasYear(spec: DateSpec): boolean {
  return spec.year !== undefined || spec.yearOffset !== undefined || spec.monthOffset !== undefined || spec.quarterOffset !== undefined;
}

/**
 * Resolves a phrase to a span of days; undefined when it names no real day ("2월 30일").
 *
 * @example
 * resolveSpec({ yearOffset: -1, month: 4 }, { pub: { year: 2023, month: 11, day: 24 }, tense: 'neutral' });
 * // { span: { from: 2022-04-01, to: 2022-04-30 }, year: 2022, month: 4 }
 */
export function resolveSpec(spec: DateSpec, ctx: ResolveContext): Resolved | undefined {
  const resolved = resolveUnclipped(spec, ctx);
  if (!resolved || spec.clip === undefined) return resolved;
  const { from, to } = resolved.span;
  const span =
    spec.clip === 'toPub'
      ? { from, to: compareYmd(to, ctx.pub) > 0 ? ctx.pub : to }
      : { from: compareYmd(from, ctx.pub) < 0 ? ctx.pub : from, to };
  return compareYmd(span.from, span.to) > 0 ? resolved : { ...resolved, span };
}

function resolveUnclipped(spec: DateSpec, ctx: ResolveContext): Resolved | undefined {
  const { pub } = ctx;
  if (spec.dayOffset !== undefined) return single(addDays(pub, spec.dayOffset));
  if (spec.weekOffset !== undefined) return resolveWeek(spec, pub, spec.weekOffset);
  if (spec.weekday !== undefined && spec.day === undefined) return resolveWeekday(spec.weekday, spec.dir, ctx);
  if (spec.decade !== undefined) {
    const [a, b] = spec.part && spec.part !== 'whole' ? DECADE_PARTS[spec.part] : [0, 9];
    return { span: monthsSpan(spec.decade + a, 1, 12 + (b - a) * 12) };
  }

  let year = explicitYear(spec, pub);
  let month = spec.month;
  if (spec.monthOffset !== undefined) {
    const m = addMonths(pub.year, pub.month, spec.monthOffset);
    year = m.year;
    month = m.month;
  }
  if (spec.quarterOffset !== undefined) {
    const index = pub.year * 4 + Math.floor((pub.month - 1) / 3) + spec.quarterOffset;
    return finish(Math.floor(index / 4), { ...spec, quarter: (index % 4) + 1 }, monthsOf({ quarter: (index % 4) + 1 }));
  }

  if (spec.day !== undefined) {
    if (month === undefined) return resolveBareDay(spec, ctx);
    if (year === undefined) {
      year = contextYear(spec, ctx, month, month) ?? inferYear(month, month, spec.dir, ctx);
    }
    if (!isValidYmd(year, month, spec.day)) return undefined;
    return { ...single({ year, month, day: spec.day }), year, month };
  }

  const months = month !== undefined ? ([month, month] as const) : monthsOf(spec);
  if (months === undefined) {
    if (year === undefined) return undefined;
    return finish(year, spec, undefined);
  }
  if (year === undefined) year = contextYear(spec, ctx, months[0], months[1]) ?? inferYear(months[0], months[1], spec.dir, ctx);
  if (spec.season === 'winter' && spec.yearOffset === 0 && pub.month <= 2) year -= 1; // "this winter" in January
  return finish(year, { ...spec, month }, months);
}

/** The months a quarter, half or season covers, or undefined for a whole year. */
function monthsOf(spec: Pick<DateSpec, 'quarter' | 'half' | 'season'>): readonly [number, number] | undefined {
  if (spec.quarter !== undefined) return [spec.quarter * 3 - 2, spec.quarter * 3];
  if (spec.half !== undefined) return [spec.half * 6 - 5, spec.half * 6];
  if (spec.season !== undefined) return SEASON_MONTHS[spec.season];
  return undefined;
}

/** Applies the part ("early", "late") to a year or to its months `[first, last]`. */
function finish(year: number, spec: DateSpec, months: readonly [number, number] | undefined): Resolved {
  const part = spec.part && spec.part !== 'whole' ? spec.part : undefined;
  if (months === undefined) {
    const span = part ? monthsSpan(year, YEAR_PARTS[part][0], YEAR_PARTS[part][1]) : monthsSpan(year, 1, 12);
    return { span, year };
  }
  const [first, last] = months;
  const length = last - first + 1;
  if (length === 1) {
    const m = addMonths(year, first, 0);
    const span = part ? daysSpan(m.year, m.month, MONTH_PARTS[part][0], MONTH_PARTS[part][1]) : monthsSpan(m.year, m.month, m.month);
    return { span, year, month: m.month };
  }
  if (!part) return { span: monthsSpan(year, first, last), year };
  if (length === 6) return { span: monthsSpan(year, first + HALF_PARTS[part][0] - 1, first + HALF_PARTS[part][1] - 1), year };
  const offset = part === 'early' ? 0 : part === 'mid' ? Math.floor(length / 2) : length - 1;
  const m = addMonths(year, first + offset, 0);
  return { span: monthsSpan(m.year, m.month, m.month), year };
}

function explicitYear(spec: DateSpec, pub: Ymd): number | undefined {
  if (spec.year !== undefined) return spec.year;
  if (spec.yearOffset !== undefined) return pub.year + spec.yearOffset;
  return undefined;
}

/** Rule 2: the previous mention's year, unless the tense contradicts it. */
function contextYear(spec: DateSpec, ctx: ResolveContext, first: number, last: number): number | undefined {
  if (spec.dir !== undefined || ctx.year === undefined) return undefined;
  const from: Ymd = { year: ctx.year, month: Math.min(first, 12), day: 1 };
  const lastMonth = addMonths(ctx.year, last, 0);
  const to: Ymd = { year: lastMonth.year, month: lastMonth.month, day: daysInMonth(lastMonth.year, lastMonth.month) };
  if (ctx.tense === 'future' && compareYmd(to, ctx.pub) < 0) return undefined;
  if (ctx.tense === 'past' && compareYmd(from, ctx.pub) > 0) return undefined;
  return ctx.year;
}

/** Rules 1 and 3: the year of months `[first, last]` named without one. */
function inferYear(first: number, last: number, dir: DateSpec['dir'], ctx: ResolveContext): number {
  const { year, month } = ctx.pub;
  if (dir === 'past') return first <= month ? year : year - 1;
  if (dir === 'future') return last >= month ? year : year + 1;
  if (dir === 'this') return year;
  if (ctx.tense === 'future' && last <= month - 3) return year + 1;
  if (ctx.tense === 'past' && first >= month + 3) return year - 1;
  return year;
}

/** Rules 1, 2 and 4 for a day of an unnamed month. */
function resolveBareDay(spec: DateSpec, ctx: ResolveContext): Resolved | undefined {
  const day = spec.day as number;
  const { pub } = ctx;
  if (spec.dir === undefined && ctx.year !== undefined && ctx.month !== undefined && isValidYmd(ctx.year, ctx.month, day)) {
    const inContext: Ymd = { year: ctx.year, month: ctx.month, day };
    const contradicts =
      (ctx.tense === 'future' && compareYmd(inContext, pub) < 0) || (ctx.tense === 'past' && compareYmd(inContext, pub) > 0);
    if (!contradicts) return { ...single(inContext), year: ctx.year, month: ctx.month };
  }
  const candidates: Ymd[] = [];
  for (const offset of [-2, -1, 0, 1, 2]) {
    const m = addMonths(pub.year, pub.month, offset);
    if (isValidYmd(m.year, m.month, day)) candidates.push({ year: m.year, month: m.month, day });
  }
  const pubDay = toDayNumber(pub);
  let best: Ymd | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const delta = toDayNumber(c) - pubDay;
    if (spec.dir === 'past' && delta >= 0) continue;
    if (spec.dir === 'future' && delta <= 0) continue;
    if (spec.dir === 'this' && (c.month !== pub.month || c.year !== pub.year)) continue;
    const distance = Math.abs(delta) + (delta > 0 ? 0.5 : 0); // ties go to the past
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best ? { ...single(best), year: best.year, month: best.month } : undefined;
}

function resolveWeek(spec: DateSpec, pub: Ymd, offset: number): Resolved {
  const monday = toDayNumber(pub) - ((weekdayOf(pub) + 6) % 7) + offset * 7;
  if (spec.weekday !== undefined) return single(fromDayNumber(monday + ((spec.weekday + 6) % 7)));
  const part = spec.weekend ? 'late' : spec.part && spec.part !== 'whole' ? spec.part : undefined;
  const [a, b] = part ? WEEK_PARTS[part] : [0, 6];
  return { span: { from: fromDayNumber(monday + a), to: fromDayNumber(monday + b) } };
}

/** Rule 5 and the direction words for weekdays. */
function resolveWeekday(weekday: number, dir: DateSpec['dir'], ctx: ResolveContext): Resolved {
  const pubWeekday = weekdayOf(ctx.pub);
  const back = (pubWeekday - weekday + 7) % 7;
  const ahead = (weekday - pubWeekday + 7) % 7;
  if (dir === 'past') return single(addDays(ctx.pub, -(back === 0 ? 7 : back)));
  if (dir === 'future') return single(addDays(ctx.pub, ahead === 0 ? 7 : ahead));
  if (dir === 'this') return single(addDays(ctx.pub, ((weekday + 6) % 7) - ((pubWeekday + 6) % 7)));
  return single(addDays(ctx.pub, ctx.planned ? ahead : -back));
}

function single(day: Ymd): Resolved {
  return { span: { from: day, to: day } };
}
