/**
 * Korean date words, as data: word -> offset or span. The parser (../date-parse-ko.ts)
 * matches them; the resolver (../date-resolve.ts) turns offsets into days against the
 * publication date. Korean attaches particles to words ("내년부터", "3월 말까지"), so a
 * word matches when the next syllable is a particle or no Hangul at all; see
 * {@link KO_PARTICLE_STARTS}.
 */
import type { DatePart, Season } from './date-spans';

/** Years relative to the publication year. */
export const KO_YEAR_WORDS: Readonly<Record<string, number>> = {
  올해: 0,
  금년: 0,
  금년도: 0,
  올해도: 0,
  내년: 1,
  명년: 1,
  내년도: 1,
  내후년: 2,
  후년: 2,
  지난해: -1,
  작년: -1,
  재작년: -2,
  지지난해: -2,
  // Not here: 전년 ("전년 대비" is a comparison base, not a date) and 이듬해 / 그해 (relative
  // to a year named earlier in the story, which the sentence may not hold).
};

/**
 * "올" means "this year" only as a prefix: "올 1분기", "올 상반기", "올 연말", "올초", "올여름".
 * Alone it is another word ("올 것").
 */
export const KO_THIS_YEAR_PREFIX = '올';

/** Months relative to the publication month. */
export const KO_MONTH_WORDS: Readonly<Record<string, number>> = {
  이달: 0,
  '이번 달': 0,
  이번달: 0,
  금월: 0,
  당월: 0,
  '다음 달': 1,
  다음달: 1,
  내달: 1,
  익월: 1,
  지난달: -1,
  '지난 달': -1,
  // Not 전달 ("메시지를 전달했다" = to deliver) nor 전월 ("전월 대비" = a comparison base).
};

/** Quarters relative to the publication quarter. */
export const KO_QUARTER_WORDS: Readonly<Record<string, number>> = {
  '이번 분기': 0,
  이번분기: 0,
  '다음 분기': 1,
  다음분기: 1,
  '지난 분기': -1,
  지난분기: -1,
  // Not 전 분기 / 직전 분기: comparison bases ("전 분기 대비 12% 증가").
};

/** Weeks relative to the publication week (Monday to Sunday). */
export const KO_WEEK_WORDS: Readonly<Record<string, number>> = {
  '이번 주': 0,
  이번주: 0,
  '다음 주': 1,
  다음주: 1,
  내주: 1,
  '지난 주': -1,
  지난주: -1,
  // Not 금주 (also "abstinence") nor 차주 (also "borrower").
};

/** Weekends relative to the publication week: "이번 주말" = that week's Saturday and Sunday. */
export const KO_WEEKEND_WORDS: Readonly<Record<string, number>> = {
  '이번 주말': 0,
  이번주말: 0,
  '다음 주말': 1,
  다음주말: 1,
  '지난 주말': -1,
  지난주말: -1,
  // Not 주말 alone: "주말에는 쉰다" speaks of weekends in general.
};

/** Days relative to the publication day. "오늘날" (nowadays) and "어제오늘" (lately) are excluded by the particle rule. */
export const KO_DAY_WORDS: Readonly<Record<string, number>> = {
  오늘: 0,
  금일: 0,
  // News prose dates the reported day itself with 이날 ("이날 개소식을 열었다"): the publication day.
  이날: 0,
  어제: -1,
  그제: -2,
  그저께: -2,
  엊그제: -2,
  내일: 1,
  모레: 2,
  내일모레: 2,
  글피: 3,
};

/** Weekday names, 0 = Sunday. */
export const KO_WEEKDAYS: Readonly<Record<string, number>> = {
  일요일: 0,
  월요일: 1,
  화요일: 2,
  수요일: 3,
  목요일: 4,
  금요일: 5,
  토요일: 6,
};

/** Halves of a year: 상반기 = January..June. "반기" alone ("반기 보고서") is no date. */
export const KO_HALF_WORDS: Readonly<Record<string, number>> = {
  상반기: 1,
  하반기: 2,
  전반기: 1,
  후반기: 2,
};

/** Seasons after a year word: "올여름", "내년 봄", "지난해 겨울". */
export const KO_SEASON_WORDS: Readonly<Record<string, Season>> = {
  봄: 'spring',
  여름: 'summer',
  가을: 'autumn',
  겨울: 'winter',
};

/**
 * Words for a part of this year, standing alone ("연내 착공") or after a year ("올 연말").
 * 연내 ("within the year") is the whole year, as the corpus labels it: a deadline, not a season.
 */
export const KO_YEAR_SPAN_WORDS: Readonly<Record<string, { part?: DatePart; rest?: true }>> = {
  연초: { part: 'early' },
  연말: { part: 'late' },
  연중: { part: 'whole' },
  연내: { part: 'whole' },
  연말께: { part: 'late' },
};

/**
 * Parts after a year, month, quarter or half: "내년 초", "3월 중순", "1분기 중", "2025년 중반",
 * "21일께". 중/내/께/경/쯤/무렵 keep the whole unit ("3월 중" = during March).
 */
export const KO_PART_WORDS: Readonly<Record<string, DatePart>> = {
  초순: 'early',
  상순: 'early',
  초: 'early',
  초반: 'early',
  전반: 'early',
  중순: 'mid',
  중반: 'mid',
  하순: 'late',
  말: 'late',
  후반: 'late',
  막바지: 'late',
  중: 'whole',
  내: 'whole',
  께: 'whole',
  경: 'whole',
  쯤: 'whole',
  무렵: 'whole',
};

/**
 * Direction words before a month, a day or a weekday: "지난 4월" = the most recent April,
 * "오는 3일" = the next 3rd, "이번 화요일" = the Tuesday of this week.
 */
export const KO_DIRECTIONS: Readonly<Record<string, 'past' | 'future' | 'this'>> = {
  지난: 'past',
  오는: 'future',
  다가오는: 'future',
  이번: 'this',
};

/**
 * First syllables of the particles and endings that may follow a date word: "내년부터",
 * "연말까지", "3월 말께", "오늘은", "내일의". A date word followed by any other syllable is part
 * of a longer word: "오늘날", "어제오늘", "말했다", "초과", "중국".
 */
export const KO_PARTICLE_STARTS: ReadonlySet<string> = new Set([
  '은', '는', '이', '가', '을', '를', '의', '에', '도', '만', '부', '까', '로', '으', '와', '과', '께', '엔', '쯤', '경', '중',
  '인', '보', '대', '처', '마', '조', '치', '나', '라', '며', '면', '무', '초', '말', '내', '들', '야', '요', '입',
]);

/**
 * Words after a number + unit that make it a count or a duration, not a date (Korean counts
 * use the same units as dates): "3년간", "20일째", "2분기 연속", "5일 이내", "2000년생",
 * "2025년형". `attached` words follow the unit directly, `spaced` ones after a space; either
 * must end there or run into a particle ("3년간의", "3일 전에"), so "5일 분양" stays a date.
 */
export const KO_NOT_DATE_AFTER: Readonly<Record<'year' | 'shortYear' | 'month' | 'day' | 'quarter', { attached: readonly string[]; spaced: readonly string[] }>> = {
  // A four-digit year is a year whatever follows, but for birth years and model years.
  year: { attached: ['간', '째', '차', '생', '산', '형', '식', '대'], spaced: ['만에', '만의', '동안'] },
  shortYear: {
    attached: ['간', '째', '차', '생', '산', '형', '식', '대', '만에', '만의', '여', '여간', '새', '전', '후', '뒤'],
    spaced: ['만에', '만의', '동안', '연속', '이상', '넘게', '전', '후', '뒤', '새', '가까이', '미만', '이하', '이내', '정도', '가량', '째', '된', '걸린', '걸려', '걸쳐', '한', '역사', '전통', '경력', '계약', '만기'],
  },
  month: { attached: ['간', '째', '만에'], spaced: ['만에', '동안', '연속'] },
  day: {
    attached: ['간', '째', '치', '분', '만에', '만의', '동안', '여', '가량', '이내', '내'],
    spaced: ['만에', '만의', '동안', '연속', '이내', '이상', '넘게', '전', '후', '뒤', '새', '가량', '평균', '최대', '최소', '정도', '미만', '안에', '내', '가까이', '이하', '째'],
  },
  quarter: { attached: ['간', '째', '만에', '만의'], spaced: ['연속', '만에', '만의', '동안', '이상', '넘게', '째'] },
};

/**
 * Words before a number + 일 that make it a count, not a date: "주 5일 근무", "매월 1일"
 * (a rule, not a day), "월 2일" (twice a month).
 */
export const KO_NOT_DATE_BEFORE_DAY: readonly string[] = ['주', '매주', '매월', '매달', '월', '하루', '연'];

/**
 * A two-digit year ("25년") is too often a count ("25년 된 공장", "20년 계약") to stand alone.
 * It counts as a year before a month, quarter, half or part ("25년 3월", "25년 하반기"), after an
 * apostrophe ("'25년"), or — for 2015..2039 — right before one of these particles ("25년까지",
 * "26년부터", "27년에"), unless a count word stands before it ("지난 25년까지").
 */
export const KO_SHORT_YEAR_PARTICLES: readonly string[] = ['까지', '부터', '께', '경', '쯤', '에는', '에도', '에'];
/** Two-digit years that may stand alone before a particle: 2015..2039. */
export const KO_SHORT_YEAR_RANGE: readonly [number, number] = [15, 39];
/** Words that make a following two-digit year a count: "지난 25년까지", "창사 30년에". */
export const KO_COUNT_BEFORE_YEAR: readonly string[] = [
  '지난', '최근', '향후', '앞으로', '약', '무려', '창사', '창립', '설립', '개교', '근속', '연속', '만', '근', '벌써', '꼬박', '거의', '총', '과거',
];

/** Connectors of a range: "3월부터 6월까지", "2026~2028년", "3월에서 6월 사이". */
export const KO_RANGE_OPENERS: readonly string[] = ['부터', '~', '∼', '〜', '～', '-', '–', '—'];
/** Closes a range opened with "에서" ("3월에서 6월까지"); alone "에서 … 로" is a move, not a range. */
export const KO_RANGE_FROM = '에서';
/** Closers taken into a range: "3월부터 6월까지", "3월에서 6월 사이". */
export const KO_RANGE_CLOSERS: readonly string[] = ['까지', '사이'];

/**
 * Markers of a plan or forecast: a bare month or quarter in such a sentence is read as the
 * next one ("1월 착공 예정" in a December article = next January).
 */
export const KO_FUTURE_MARKERS: readonly string[] = [
  '예정', '계획', '목표', '방침', '전망', '예상', '추진', '할 것', '될 것', '할것', '될것', '기대', '앞두', '앞둔', '내다봤',
  '내다보', '관측', '하기로', '되기로', '할 방', '나설', '검토', '준비',
];

/**
 * How far after a phrase its own clause's predicate is looked for (up to a comma or a full
 * stop): "3월 착공했으며 12월 완공 예정" gives March the past and December the plan. There,
 * besides {@link KO_FUTURE_MARKERS} and the ㅆ past, a syllable with a ㄴ final before a
 * closing 다 ("착공한다", "문을 연다") is the news present that announces a schedule.
 */
export const KO_CLAUSE_WINDOW = 20;

/**
 * Schedule moves: "6월로 연기됐다" is past in form but names a date still ahead, so a
 * sentence with one of these reads as neither past nor future.
 */
export const KO_SHIFT_MARKERS: readonly string[] = ['연기', '미뤄', '미룬', '미루', '늦춰', '늦추', '순연', '앞당', '변경', '지연', '조정'];

/**
 * Syllables with a ㅆ final that are not past tense: 있 (is), 없 (is not), 겠 (conjecture).
 * Every other ㅆ-final syllable ("했", "됐", "었", "났") marks the past.
 */
export const KO_NOT_PAST_SS: ReadonlySet<string> = new Set(['있', '없', '겠']);
