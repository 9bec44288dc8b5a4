/**
 * English date words, as data: word -> number, offset or part. The parser
 * (../date-parse-en.ts) matches them case-sensitively where case carries meaning (month
 * and weekday names are capitalised; "may" is a verb, "May" a month), and the resolver
 * (../date-resolve.ts) turns them into days against the publication date.
 */
import type { DatePart, Season } from './date-spans';

/** Month names and their abbreviations ("Sept." and "Sep." both occur). */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  January: 1, Jan: 1,
  February: 2, Feb: 2,
  March: 3, Mar: 3,
  April: 4, Apr: 4,
  May: 5,
  June: 6, Jun: 6,
  July: 7, Jul: 7,
  August: 8, Aug: 8,
  September: 9, Sept: 9, Sep: 9,
  October: 10, Oct: 10,
  November: 11, Nov: 11,
  December: 12, Dec: 12,
};

/**
 * Month names that are also words or first names: a date only next to a day or year number,
 * after a date preposition or with a part or direction ("in May", "May 5", "June 2026",
 * "last April"), never in "May be delayed" or "June Park said". Abbreviations without their
 * period ("Mar", "Jan") are names or words as often as months.
 */
export const EN_AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'May', 'June', 'April', 'August', 'Mar', 'Jan', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Feb', 'Apr', 'Sept',
]);

/** Weekday names, 0 = Sunday. */
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
};

/** Days relative to the publication day (lower case; a capital first letter is accepted too). */
export const EN_DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0,
  // "held its opening ceremony this day": the reported day. "to this day" (until now) is no date: see date-parse-en.ts.
  'this day': 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  yesterday: -1,
  'last night': -1,
  'the day before yesterday': -2,
  tomorrow: 1,
  'the day after tomorrow': 2,
};

/** "this/next/last" + unit. `past` is left out: "the past year" is a duration. */
export const EN_RELATIVE: Readonly<Record<string, number>> = {
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  'this coming': 1,
  last: -1,
  previous: -1,
};

/** Units that take a relative word: "next year", "last month", "this quarter", "next week". */
export type RelativeUnit = 'year' | 'month' | 'quarter' | 'week' | 'weekend';
/** Unit words after a relative word, "fiscal year" read as the calendar year. */
export const EN_RELATIVE_UNITS: Readonly<Record<string, RelativeUnit>> = {
  year: 'year',
  'fiscal year': 'year',
  month: 'month',
  quarter: 'quarter',
  week: 'week',
  weekend: 'weekend',
};

/** Direction before a month or weekday name: "last March", "next Tuesday", "this June". */
export const EN_DIRECTIONS: Readonly<Record<string, 'past' | 'future' | 'this'>> = {
  last: 'past',
  next: 'future',
  coming: 'future',
  'this coming': 'future',
  this: 'this',
};

/**
 * Parts before a unit: "early 2026", "mid-March", "late next year", "the end of 2025",
 * "the beginning of next year". `end of`/`beginning of` need "of"; "end-March" the hyphen.
 */
export const EN_PART_WORDS: Readonly<Record<string, DatePart>> = {
  early: 'early',
  'the beginning of': 'early',
  'beginning of': 'early',
  'the start of': 'early',
  'start of': 'early',
  'the early part of': 'early',
  mid: 'mid',
  'the middle of': 'mid',
  'middle of': 'mid',
  late: 'late',
  'the end of': 'late',
  'end of': 'late',
  'the latter part of': 'late',
  'the close of': 'late',
  end: 'late',
};

/**
 * "earlier this year" = January 1 up to the publication day; "later this year" = from it to
 * December 31 (likewise for "this month").
 */
export const EN_CLIPS: Readonly<Record<string, 'toPub' | 'fromPub'>> = {
  earlier: 'toPub',
  later: 'fromPub',
};

/** Ordinals of quarters and halves: "the fourth quarter", "second-half", "3rd quarter". */
export const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** Season names; spans are in ./date-spans.ts (winter runs December..February). */
export const EN_SEASONS: Readonly<Record<string, Season>> = {
  spring: 'spring',
  summer: 'summer',
  fall: 'autumn',
  autumn: 'autumn',
  winter: 'winter',
};

/** Words after which a bare four-digit number is a year: "in 2027", "by 2026", "since 2020". */
export const EN_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'by', 'since', 'until', 'till', 'through', 'throughout', 'during', 'from', 'to', 'for', 'of', 'before', 'after',
  'around', 'circa', 'between', 'and', 'beyond', 'within', 'than', 'year', 'early', 'mid', 'late', 'fiscal', 'starting',
  'beginning', 'ending', 'as', 'In', 'By', 'Since', 'Until', 'Through', 'During', 'From', 'For', 'Before', 'After',
  'Around', 'Between', 'Starting', 'Beginning', 'Early', 'Late', 'Mid', 'Fiscal', 'Year', 'summer', 'winter', 'spring',
  'fall', 'autumn', 'Summer', 'Winter', 'Spring', 'Fall', 'Autumn',
]);

/**
 * Words after a four-digit number that make it a quantity, not a year: "2,000 units" is
 * excluded by the comma already, "2025 units" by this list.
 */
export const EN_QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'units', 'people', 'employees', 'workers', 'jobs', 'won', 'dollars', 'yen', 'yuan', 'euros', 'tons', 'tonnes', 'MW',
  'GW', 'kW', 'km', 'meters', 'metres', 'acres', 'households', 'homes', 'cars', 'vehicles', 'points', 'shares', 'stores',
  'sites', 'patients', 'students', 'beds', 'rooms', 'seats', 'servers', 'chips', 'wafers', 'hectares', 'percent', 'pieces',
]);

/** Range connectors between two dates: "March to June", "2026 through 2028", "2026-2028". */
export const EN_RANGE_CONNECTORS: readonly string[] = ['to', 'through', 'thru', 'until', 'till', 'into', '-', '–', '—'];
/** Range openers before the first date; "between" pairs with "and". */
export const EN_RANGE_OPENERS: Readonly<Record<string, string>> = { from: '', From: '', between: 'and', Between: 'and' };

/**
 * Markers of a plan or forecast: a bare month, quarter or weekday in such a sentence is read
 * as the next one ("will open on Tuesday", "expected in the first quarter").
 */
export const EN_FUTURE_MARKERS: readonly string[] = [
  'will', "'ll", 'plans', 'plan to', 'planned', 'planning', 'expects', 'expected', 'expecting', 'scheduled', 'slated',
  'aims', 'aiming', 'aim to', 'targets', 'targeting', 'targeted', 'intends', 'set to', 'due to', 'is to', 'are to',
  'upcoming', 'forecast', 'projected', 'anticipated', 'hopes to', 'seeks to', 'would', 'going to', 'on track to',
];

/**
 * Plan words looked for among the few words before a phrase ("will open in March", "is
 * expected to … on Wednesday"); the nearest plan or past word decides the phrase's tense.
 */
export const EN_CLAUSE_FUTURE: ReadonlySet<string> = new Set([
  'will', 'would', 'll', 'expected', 'expects', 'scheduled', 'slated', 'set', 'due', 'plans', 'planned', 'planning', 'aims',
  'targets', 'targeting', 'upcoming', 'going', 'intends', 'hopes', 'seeks',
]);
/** How many words before a phrase are looked at for its tense. */
export const EN_CLAUSE_WORDS = 8;

/** Schedule moves: as `KO_SHIFT_MARKERS` in date-words-ko.ts, a sentence with one reads as neither past nor future. */
export const EN_SHIFT_MARKERS: readonly string[] = ['postponed', 'delayed', 'pushed back', 'pushed out', 'rescheduled', 'moved up', 'brought forward', 'deferred', 'slipped'];

/** Markers of the past used when no future marker is present ("-ed" verbs count too). */
export const EN_PAST_MARKERS: readonly string[] = ['was', 'were', 'had', 'did', 'said', 'began', 'broke', 'built', 'began', 'won', 'made', 'took', 'got', 'went', 'came', 'saw', 'held', 'signed'];

/**
 * Words before "from" that make "from A to B" a move, not a span: "pushed back from March to
 * June" names the old and the new date, which the detector needs apart (a slip).
 */
export const EN_SHIFT_WORDS: ReadonlySet<string> = new Set([
  'back', 'forward', 'delayed', 'postponed', 'moved', 'pushed', 'shifted', 'rescheduled', 'slipped', 'brought', 'advanced',
  'changed', 'revised', 'delay', 'postpone', 'move', 'push', 'shift', 'reschedule',
]);
