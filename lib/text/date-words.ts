/**
 * Words that dates are written with: month names and time-zone abbreviations. Data only,
 * read by `dates.ts`. Feeds are supposed to use English RFC 822 names, but Portuguese,
 * Spanish, French and German publishers localise them ("Seg, 24 Set 2018"), so those are
 * here too. Keys are lower case, without accents or a trailing dot.
 */

/** Month names and abbreviations to month numbers (1-12). */
export const MONTHS: Readonly<Record<string, number>> = {
  // English (RFC 822 uses the three-letter forms; "sept" is common in prose).
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // Portuguese (Brazilian feeds: "Seg, 24 Set 2018"); "fev", "abr", "mai", "ago", "set", "out", "dez".
  janeiro: 1, fev: 2, fevereiro: 2, marco: 3, abr: 4, abril: 4, mai: 5, maio: 5, junho: 6,
  julho: 7, ago: 8, agosto: 8, set: 9, setembro: 9, out: 10, outubro: 10, novembro: 11,
  dez: 12, dezembro: 12,
  // Spanish: "ene", "abr", "ago", "dic" differ from English.
  ene: 1, enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, dic: 12, diciembre: 12,
  // French ("janv", "févr", "avr", "juil", "déc" once accents are stripped).
  janv: 1, janvier: 1, fevr: 2, fevrier: 2, mars: 3, avr: 4, avril: 4, juin: 6, juil: 7,
  juillet: 7, aout: 8, octobre: 10, novembre: 11, decembre: 12,
  // German: "Mär", "Mai", "Okt", "Dez".
  januar: 1, februar: 2, maerz: 3, marz: 3, juni: 6, juli: 7, okt: 10, oktober: 10,
  dezember: 12,
};

/**
 * Time-zone abbreviations to offsets in minutes east of UTC. RFC 822 defines UT, GMT and the
 * four US zones; the others appear in real feeds. Where an abbreviation is ambiguous the
 * reading used by news feeds wins: CST is US Central as RFC 822 says (a China feed writes
 * +0800), IST is India (Irish feeds write GMT/IST in summer only, rarely).
 */
export const ZONES: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  // RFC 822 North American zones.
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150,
  // Europe.
  bst: 60, ist: 330, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180,
  west: 60, msk: 180,
  // Asia-Pacific: Korean feeds write KST, Japanese JST.
  kst: 540, jst: 540, hkt: 480, sgt: 480, pht: 480, wib: 420, ict: 420,
  awst: 480, acst: 570, acdt: 630, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
  // Brazil (Portuguese feeds above).
  brt: -180, brst: -120,
};

/** Korean and English words for the half of the day on a 12-hour clock. */
export const MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = {
  '오전': 'am',
  '오후': 'pm',
  // "낮" (daytime) and "밤"/"저녁" (night/evening) appear in some portals' timestamps.
  '새벽': 'am',
  '아침': 'am',
  '낮': 'pm',
  '저녁': 'pm',
  '밤': 'pm',
  am: 'am',
  pm: 'pm',
  'a.m.': 'am',
  'p.m.': 'pm',
};

/**
 * Relative-age units ("3시간 전", "5 minutes ago") in seconds. Korean list pages show
 * them instead of dates for recent items; they only resolve when a `now` is given.
 */
export const RELATIVE_UNITS: Readonly<Record<string, number>> = {
  '초': 1,
  '분': 60,
  '시간': 3600,
  '일': 86400,
  '주': 604800,
  second: 1,
  seconds: 1,
  sec: 1,
  secs: 1,
  minute: 60,
  minutes: 60,
  min: 60,
  mins: 60,
  hour: 3600,
  hours: 3600,
  hr: 3600,
  hrs: 3600,
  day: 86400,
  days: 86400,
  week: 604800,
  weeks: 604800,
};
