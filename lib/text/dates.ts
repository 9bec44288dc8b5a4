/**
 * Dates as feeds and news pages write them, turned into ISO 8601 UTC.
 *
 * Feeds promise RFC 822 (RSS) or RFC 3339 (Atom, JSON Feed) and often deliver something
 * else: obsolete zone names (KST, EST), two-digit years, localised month names, zone-less
 * "2023-11-24 14:05" from Korean CMSs, or "2023년 11월 24일 오후 2:05" on list pages. A date
 * with no zone is read in `defaultOffset` (KST for Korean sources) instead of the machine's
 * zone, so the result never depends on where the code runs.
 *
 * The first date found in the text wins, so labelled strings work as they are:
 * "입력 2023.11.24 14:05 | 수정 2023.11.25 09:00" gives the first. Pure: no clock unless
 * `now` is passed for relative ages ("3시간 전").
 */
import { InputError } from '../core/errors';
import { MERIDIEM, MONTHS, RELATIVE_UNITS, ZONES } from './date-words';

/** Options of {@link parseLooseDate}. */
export interface LooseDateOptions {
  /**
   * The zone of dates written without one: an offset (`+09:00`, `+0900`, `-05:00`, `Z`), a
   * zone abbreviation known to `date-words.ts` (`KST`, `UTC`), or an IANA name
   * (`Asia/Seoul`, `Europe/Berlin`, daylight saving applied). Default `Z` (UTC).
   */
  defaultOffset?: string;
  /** Reference time for relative ages ("3시간 전", "2 hours ago", "어제 14:05"); without it they give null. */
  now?: Date | string | number;
}

/** A zone spec turned into something that yields an offset for a wall-clock time. */
type ZoneRule = { kind: 'fixed'; minutes: number } | { kind: 'iana'; name: string };

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Offset written in the text, minutes east of UTC. */
  offset?: number;
}

const MIN_YEAR = 1970;
const MAX_YEAR = 2100;

/**
 * Parses a date in any of the forms feeds and news pages use and returns it as ISO 8601 UTC
 * (`2023-11-24T05:05:00.000Z`), or null when the text holds no valid date.
 *
 * @example
 * parseLooseDate('Fri, 24 Nov 2023 14:05:00 KST') // => '2023-11-24T05:05:00.000Z'
 * parseLooseDate('2023년 11월 24일 오후 2:05', { defaultOffset: '+09:00' }) // => '2023-11-24T05:05:00.000Z'
 * parseLooseDate('2023.11.24 14:05', { defaultOffset: 'Asia/Seoul' }) // => '2023-11-24T05:05:00.000Z'
 * parseLooseDate('3시간 전', { now: '2023-11-24T05:05:00Z' }) // => '2023-11-24T02:05:00.000Z'
 * parseLooseDate('soon') // => null
 */
export function parseLooseDate(text: string | null | undefined, options: LooseDateOptions = {}): string | null {
  if (!text) return null;
  const fast = parseStrictDate(text);
  if (fast !== undefined) return fast;
  const s = normalise(text);
  if (!s) return null;
  const zone = zoneRule(options.defaultOffset ?? 'Z');
  for (const parser of PARSERS) {
    const found = parser(s);
    if (found === undefined) continue;
    if (found === null) return null;
    return compose(found.date, found.time, zone);
  }
  const epoch = /^(\d{10})(\d{3})?$/.exec(s);
  if (epoch) return isoOrNull(Number(s) * (epoch[2] ? 1 : 1000));
  if (options.now !== undefined) return parseRelative(s, toMillis(options.now), zone);
  return null;
}

// Nearly every feed date is one of two exact shapes. They carry their own zone, so the
// engine's Date.parse reads them as the general parser would, at a tenth of the cost
// (NFKC normalisation and the parser chain were a tenth of parseFeed's time).
const ISO_STRICT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const RFC822_STRICT = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:[+-]\d{4}|GMT)$/;

/** The ISO result for a strictly shaped date, or undefined to take the general path. */
function parseStrictDate(text: string): string | null | undefined {
  const iso = ISO_STRICT.test(text);
  const rfc = iso ? null : RFC822_STRICT.exec(text);
  if (!iso && !rfc) return undefined;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  // Date.parse rolls "31 Feb" over into March: such dates go the general (strict) way.
  const day = Number(iso ? text.slice(8, 10) : rfc![1]);
  const zoneMinutes = iso ? isoZoneMinutes(text) : rfcZoneMinutes(text);
  if (new Date(ms + zoneMinutes * 60_000).getUTCDate() !== day) return undefined;
  return isoOrNull(ms);
}

function isoZoneMinutes(text: string): number {
  if (text.endsWith('Z')) return 0;
  const sign = text.at(-6) === '-' ? -1 : 1;
  return sign * (Number(text.slice(-5, -3)) * 60 + Number(text.slice(-2)));
}

function rfcZoneMinutes(text: string): number {
  if (text.endsWith('GMT')) return 0;
  const sign = text.at(-5) === '-' ? -1 : 1;
  return sign * (Number(text.slice(-4, -2)) * 60 + Number(text.slice(-2)));
}

/**
 * The offset, in minutes east of UTC, of a fixed zone spec (`+09:00`, `-0500`, `Z`, `KST`),
 * or null when the spec is not a fixed offset (unknown, or an IANA name whose offset
 * depends on the date).
 *
 * @example
 * zoneOffsetMinutes('+09:00') // => 540
 * zoneOffsetMinutes('EST') // => -300
 */
export function zoneOffsetMinutes(spec: string): number | null {
  const t = spec.trim();
  const numeric = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return minutes <= 18 * 60 ? (numeric[1] === '-' ? -minutes : minutes) : null;
  }
  const named = ZONES[t.toLowerCase()];
  return named ?? null;
}

// --- text clean-up ---------------------------------------------------------------------

function normalise(text: string): string {
  // NFKC folds full-width digits and colons ("２０２３年") that some Korean pages use.
  return text.normalize('NFKC').replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
}

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function monthNumber(word: string): number | undefined {
  const w = stripAccents(word).toLowerCase().replace(/\.$/, '');
  const exact = MONTHS[w];
  if (exact !== undefined) return exact;
  // "Septembre", "Februari": long forms not listed share their first letters with a listed one.
  if (w.length > 4) return MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
  return undefined;
}

// --- the date part ---------------------------------------------------------------------

interface Found {
  date: { year: number; month: number; day: number };
  time: TimeOfDay | null;
}

/** A parser returns undefined when its pattern is absent, null when present but invalid. */
type Parser = (s: string) => Found | null | undefined;

const YMD = /(?<![\d.])(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)\.?/;
const KOREAN_YMD = /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/;
const ISO_BASIC = /(?<!\d)(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?(?![\d])/;
const LETTER = 'a-z\\u00c0-\\u024f';
const DAY_MONTH_NAME = new RegExp(
  `(?<![${LETTER}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s-]+([${LETTER}]{3,}\\.?)[\\s,-]+(\\d{4}|\\d{2})(?!\\d)`,
  'i',
);
const MONTH_NAME_DAY = new RegExp(
  `(?<![${LETTER}])([${LETTER}]{3,}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'i',
);
const DMY_DOTS = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

const PARSERS: Parser[] = [
  // 2023-11-24T14:05:00+09:00, 2023-11-24 14:05, 2023.11.24 14:05, 2023. 11. 24. 오후 2:05, 2023/11/24
  (s) => {
    const m = YMD.exec(s);
    if (!m) return undefined;
    return withTime(s, m, { year: +m[1]!, month: +m[3]!, day: +m[4]! });
  },
  // 2023년 11월 24일 (금) 오후 2시 5분
  (s) => {
    const m = KOREAN_YMD.exec(s);
    if (!m) return undefined;
    return withTime(s, m, { year: +m[1]!, month: +m[2]!, day: +m[3]! });
  },
  // 20231124T140500Z (ISO 8601 basic format)
  (s) => {
    const m = ISO_BASIC.exec(s);
    if (!m) return undefined;
    const offset = m[7] ? zoneOffsetMinutes(m[7] === 'Z' ? 'Z' : m[7]) ?? undefined : undefined;
    return {
      date: { year: +m[1]!, month: +m[2]!, day: +m[3]! },
      time: { hour: +m[4]!, minute: +m[5]!, second: +(m[6] ?? 0), millisecond: 0, offset },
    };
  },
  // Fri, 24 Nov 2023 14:05:00 +0900 (RFC 822), 03 Apr 02 1500 GMT, 24 November 2023, Seg, 24 Set 2018
  (s) => {
    const m = DAY_MONTH_NAME.exec(s);
    if (!m) return undefined;
    const month = monthNumber(m[2]!);
    if (month === undefined) return undefined;
    return withTime(s, m, { year: fullYear(m[3]!), month, day: +m[1]! }, true);
  },
  // Nov 24, 2023 2:05 PM EST; Wed Nov 24 2023 14:05:00 GMT+0900 (JavaScript's Date#toString)
  (s) => {
    const m = MONTH_NAME_DAY.exec(s);
    if (!m) return undefined;
    const month = monthNumber(m[1]!);
    if (month === undefined) return undefined;
    return withTime(s, m, { year: +m[3]!, month, day: +m[2]! });
  },
  // 24.11.2023 14:05 (German and Russian order with dots)
  (s) => {
    const m = DMY_DOTS.exec(s);
    if (!m) return undefined;
    return withTime(s, m, { year: +m[3]!, month: +m[2]!, day: +m[1]! });
  },
  // 11/24/2023 or 24/11/2023: read only when one part is over 12; 03/04/2023 is a guess we refuse.
  (s) => {
    const m = SLASHED.exec(s);
    if (!m) return undefined;
    const a = +m[1]!;
    const b = +m[2]!;
    if (a > 12 === b > 12) return null;
    return withTime(s, m, { year: +m[3]!, month: a > 12 ? b : a, day: a > 12 ? a : b });
  },
];

function fullYear(text: string): number {
  if (text.length === 4) return +text;
  // RFC 822 two-digit years: "02" is 2002, "99" is 1999.
  const yy = +text;
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function withTime(s: string, m: RegExpExecArray, date: Found['date'], compactTime = false): Found {
  const rest = s.slice(m.index + m[0].length);
  return { date, time: parseTime(rest, compactTime) };
}

// --- the time part ---------------------------------------------------------------------

const MERIDIEM_WORDS = '오전|오후|새벽|아침|낮|저녁|밤|a\\.m\\.|p\\.m\\.|am|pm';
const TIME = new RegExp(
  '^(?:\\s*\\([^)]{0,12}\\))?' + // weekday in brackets: "(금)", "(Fri)"
    '(?:\\s*,|\\s*T|\\s+at|\\s*@|\\s*\\|)?\\s*' +
    `(?:(${MERIDIEM_WORDS})\\s*)?` +
    '(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?|\\s*시(?!간)(?:\\s*(\\d{1,2})\\s*분)?(?:\\s*(\\d{1,2})\\s*초)?)' +
    `(?:\\s*(${MERIDIEM_WORDS})(?![a-z]))?`,
  'i',
);
/** RFC 822 as some old feeds write it: "03 Apr 02 1500 GMT". */
const COMPACT_TIME = /^\s+(\d{2})(\d{2})(?=\s|$)/;
const ZONE = /^\s*(?:(Z)(?![a-z])|(?:GMT|UTC|UT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)|\(?([a-z]{1,5})\)?(?![a-z]))/i;

function parseTime(rest: string, compactTime: boolean): TimeOfDay | null {
  const m = TIME.exec(rest);
  let time: TimeOfDay;
  let after: string;
  if (m) {
    let hour = +m[2]!;
    const minute = m[3] !== undefined ? +m[3] : m[6] !== undefined ? +m[6] : 0;
    const second = m[4] !== undefined ? +m[4] : m[7] !== undefined ? +m[7] : 0;
    const millisecond = m[5] ? Math.round(Number(`0.${m[5]}`) * 1000) : 0;
    const meridiem = MERIDIEM[(m[1] ?? m[8] ?? '').toLowerCase()];
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    time = { hour, minute, second, millisecond };
    after = rest.slice(m[0].length);
  } else {
    const c = compactTime ? COMPACT_TIME.exec(rest) : null;
    if (!c) return zoneOnly(rest);
    time = { hour: +c[1]!, minute: +c[2]!, second: 0, millisecond: 0 };
    after = rest.slice(c[0].length);
  }
  const offset = parseZone(after);
  if (offset !== undefined) time.offset = offset;
  return time;
}

/** A date with no time may still carry a zone ("2023-11-24Z" is rare; "24 Nov 2023 GMT" happens). */
function zoneOnly(rest: string): TimeOfDay | null {
  const offset = parseZone(rest);
  return offset === undefined ? null : { hour: 0, minute: 0, second: 0, millisecond: 0, offset };
}

function parseZone(rest: string): number | undefined {
  const z = ZONE.exec(rest);
  if (!z) return undefined;
  if (z[1]) return 0;
  if (z[2]) {
    const minutes = Number(z[3]) * 60 + Number(z[4] ?? 0);
    if (minutes > 18 * 60) return undefined;
    return z[2] === '-' ? -minutes : minutes;
  }
  const named = ZONES[(z[5] ?? '').toLowerCase()];
  return named;
}

// --- composing the result --------------------------------------------------------------

function compose(date: Found['date'], time: TimeOfDay | null, zone: ZoneRule): string | null {
  const wall: WallClock = {
    ...date,
    hour: time?.hour ?? 0,
    minute: time?.minute ?? 0,
    second: Math.min(time?.second ?? 0, 59), // a leap second is the last second of its minute
    millisecond: time?.millisecond ?? 0,
  };
  if (!isValidWallClock(wall)) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  const offset = time?.offset ?? offsetFor(zone, asUtc);
  return isoOrNull(asUtc - offset * 60_000);
}

function isValidWallClock(w: WallClock): boolean {
  if (w.year < MIN_YEAR || w.year > MAX_YEAR) return false;
  if (w.month < 1 || w.month > 12 || w.day < 1) return false;
  if (w.day > new Date(Date.UTC(w.year, w.month, 0)).getUTCDate()) return false;
  return w.hour <= 23 && w.minute <= 59;
}

function isoOrNull(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? d.toISOString() : null;
}

// --- zones -------------------------------------------------------------------------------

const zoneRules = new Map<string, ZoneRule>();

function zoneRule(spec: string): ZoneRule {
  const cached = zoneRules.get(spec);
  if (cached) return cached;
  const fixed = zoneOffsetMinutes(spec);
  let rule: ZoneRule;
  if (fixed !== null) rule = { kind: 'fixed', minutes: fixed };
  else if (ianaFormatter(spec)) rule = { kind: 'iana', name: spec };
  else throw new InputError(`unknown time zone "${spec}" (use an offset like +09:00 or a name like Asia/Seoul)`);
  zoneRules.set(spec, rule);
  return rule;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function ianaFormatter(name: string): Intl.DateTimeFormat | null {
  if (formatters.has(name)) return formatters.get(name) ?? null;
  let fmt: Intl.DateTimeFormat | null;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    fmt = null;
  }
  formatters.set(name, fmt);
  return fmt;
}

/** Minutes east of UTC that the zone is at the instant `utcMs`. */
function ianaOffsetAt(name: string, utcMs: number): number {
  const fmt = ianaFormatter(name);
  if (!fmt) return 0;
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((local - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** The offset to subtract from a wall-clock time read as UTC; two steps settle DST edges. */
function offsetFor(zone: ZoneRule, wallAsUtc: number): number {
  if (zone.kind === 'fixed') return zone.minutes;
  const first = ianaOffsetAt(zone.name, wallAsUtc);
  const second = ianaOffsetAt(zone.name, wallAsUtc - first * 60_000);
  return second;
}

// --- relative ages -----------------------------------------------------------------------

const KO_AGO = /(\d+)\s*(초|분|시간|일|주)\s*전/;
const EN_AGO = /(\d+|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/i;
const JUST_NOW = /^(?:방금(?:\s*전)?|just now|now)$/i;
const DAY_WORD = /^(오늘|어제|그제|today|yesterday)(?![a-z])/i;
const DAY_BACK: Readonly<Record<string, number>> = { 오늘: 0, today: 0, 어제: 1, yesterday: 1, 그제: 2 };

function toMillis(now: Date | string | number): number {
  return now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
}

function parseRelative(s: string, now: number, zone: ZoneRule): string | null {
  if (!Number.isFinite(now)) return null;
  if (JUST_NOW.test(s)) return isoOrNull(now);
  const ko = KO_AGO.exec(s);
  if (ko) return isoOrNull(now - Number(ko[1]) * (RELATIVE_UNITS[ko[2]!] ?? 0) * 1000);
  const en = EN_AGO.exec(s);
  if (en) {
    const count = /^\d+$/.test(en[1]!) ? Number(en[1]) : 1;
    return isoOrNull(now - count * (RELATIVE_UNITS[en[2]!.toLowerCase()] ?? 0) * 1000);
  }
  const day = DAY_WORD.exec(s);
  if (!day) return null;
  const back = DAY_BACK[day[1]!.toLowerCase()] ?? 0;
  const time = parseTime(s.slice(day[0].length), false);
  if (!time) return isoOrNull(now - back * 86_400_000);
  // The calendar day "today" is the one on the source's wall clock, not UTC's.
  const offsetNow = zone.kind === 'fixed' ? zone.minutes : ianaOffsetAt(zone.name, now);
  const local = new Date(now + offsetNow * 60_000 - back * 86_400_000);
  const date = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  return compose(date, time, zone);
}

/**
 * The calendar day (`YYYY-MM-DD`) of an instant where an article in `lang` was written:
 * KST for Korean, UTC otherwise. Relative dates in the text ("내년", "지난달") resolve
 * against this day, so a Korean story published at 00:30 KST is dated that day, not the
 * UTC day before.
 *
 * @example
 * localDay('2023-11-23T15:30:00Z', 'ko') // => '2023-11-24'
 */
export function localDay(iso: string, lang: 'ko' | 'en'): string {
  const offsetHours = lang === 'ko' ? 9 : 0;
  return new Date(Date.parse(iso) + offsetHours * 3_600_000).toISOString().slice(0, 10);
}
