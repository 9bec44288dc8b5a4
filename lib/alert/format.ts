/**
 * Words for alerts: how a change, a status, a date range and an instant read to a
 * person, in Korean or English. Pure. Project names stay as the news wrote them.
 */
import type { Change, Lang, Status } from '../core/types';

/** Human words for each status. */
export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  ANNOUNCED: 'announced',
  MOU_SIGNED: 'MOU signed',
  APPROVED: 'approved',
  CONSTRUCTION_STARTED: 'construction started',
  COMPLETED: 'completed',
  LAUNCHED: 'launched',
  DELAYED: 'delayed',
  ON_HOLD: 'on hold',
  CANCELLED: 'cancelled',
  RESUMED: 'resumed',
};

/** The same in Korean, as Korean news writes it. */
export const STATUS_WORDS_KO: Readonly<Record<Status, string>> = {
  ANNOUNCED: '추진 발표',
  MOU_SIGNED: '업무협약 체결',
  APPROVED: '인허가 승인',
  CONSTRUCTION_STARTED: '착공',
  COMPLETED: '준공',
  LAUNCHED: '가동·출시',
  DELAYED: '지연',
  ON_HOLD: '보류',
  CANCELLED: '무산',
  RESUMED: '재개',
};

/** A status code in words; anything else as given. */
export function statusWords(status: string, lang: Lang = 'en'): string {
  return ((lang === 'ko' ? STATUS_WORDS_KO : STATUS_WORDS) as Record<string, string>)[status] ?? status;
}

/**
 * A stored date range ("2024-07-01..2024-12-31", or one date) the way people say it.
 *
 * @example
 * rangeText('2024-07-01..2024-12-31') // => 'H2 2024'
 * rangeText('2025-01-01..2025-12-31') // => '2025'
 * rangeText('2024-06-01..2024-06-30') // => 'June 2024'
 */
export function rangeText(range: string, lang: Lang = 'en'): string {
  const [from, to = from] = range.split('..') as [string, string?];
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!a || !b) return range;
  if (from === to) return from;
  const [, y1, m1, d1] = a;
  const [, y2, m2, d2] = b;
  const ko = lang === 'ko';
  const wholeMonths = d1 === '01' && d2 === String(daysInMonth(Number(y2), Number(m2))).padStart(2, '0');
  if (!wholeMonths) return ko ? `${from}~${to}` : `${from} to ${to}`;
  const start = Number(m1);
  const end = Number(m2);
  if (y1 === y2) {
    if (start === 1 && end === 12) return ko ? `${y1}년` : (y1 as string);
    if (start === end) return ko ? `${y1}년 ${start}월` : `${MONTHS[start - 1]} ${y1}`;
    if (start === 1 && end === 6) return ko ? `${y1}년 상반기` : `H1 ${y1}`;
    if (start === 7 && end === 12) return ko ? `${y1}년 하반기` : `H2 ${y1}`;
    if (end - start === 2 && start % 3 === 1) return ko ? `${y1}년 ${(start + 2) / 3}분기` : `Q${(start + 2) / 3} ${y1}`;
  }
  return ko ? `${y1}년 ${start}월~${y2}년 ${end}월` : `${MONTHS[start - 1]} ${y1} to ${MONTHS[end - 1]} ${y2}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What happened, in a few words: "MOU signed -> cancelled", "completion slipped from H1
 * 2024 to H2 2024", "new project: construction started".
 */
export function changeWords(change: Change, arrow = '→', lang: Lang = 'en'): string {
  if (lang === 'ko') {
    if (change.kind === 'discovered') return `새 프로젝트, ${statusWords(change.to, 'ko')}`;
    if (change.kind === 'slip' && change.milestone) {
      const from = change.from ? `${rangeText(change.from, 'ko')}에서 ` : '';
      return `${statusWords(change.milestone, 'ko')} 일정 ${from}${rangeText(change.to, 'ko')}(으)로 연기`;
    }
    if (change.from === null) return `현재 ${statusWords(change.to, 'ko')}`;
    return `${statusWords(change.from, 'ko')} ${arrow} ${statusWords(change.to, 'ko')}`;
  }
  if (change.kind === 'discovered') return `new project, ${statusWords(change.to)}`;
  if (change.kind === 'slip' && change.milestone) {
    const from = change.from ? ` from ${rangeText(change.from)}` : '';
    return `${statusWords(change.milestone)} slipped${from} to ${rangeText(change.to)}`;
  }
  if (change.from === null) return `now ${statusWords(change.to)}`;
  return `${statusWords(change.from)} ${arrow} ${statusWords(change.to)}`;
}

/** A headline for the change: "[Radar] 새만금 데이터센터: MOU signed → cancelled". */
export function headline(change: Change, lang: Lang = 'en'): string {
  return `[Radar] ${change.project}: ${changeWords(change, '→', lang)}`;
}

/** The zone dates are shown in when none is configured: Seoul for Korean readers, else UTC. */
export { defaultTimeZone } from '../text/time-zone';

const ZONE_NAMES: Record<string, string> = { UTC: 'UTC', 'Etc/UTC': 'UTC', 'Asia/Seoul': 'KST' };

/**
 * An instant as people read it in a time zone: "2023-11-24 15:00 KST".
 *
 * @example
 * instantText('2023-11-24T06:00:00Z', 'Asia/Seoul') // => '2023-11-24 15:00 KST'
 * instantText('2023-11-24T06:00:00Z', 'UTC') // => '2023-11-24 06:00 UTC'
 */
export function instantText(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

/**
 * The headline in printable ASCII under 100 characters, as SNS requires of an e-mail
 * Subject: a name in Hangul becomes the project id (or "a project"), the arrow "->".
 */
export function asciiHeadline(change: Change): string {
  const printable = (s: string) => /^[\x20-\x7e]*$/.test(s);
  const name = printable(change.project) ? change.project : printable(change.projectId) ? change.projectId : 'a project';
  const text = `[Radar] ${name}: ${changeWords(change, '->')}`.replace(/[^\x20-\x7e]/g, '').replace(/\s+/g, ' ');
  return truncate(text, 99);
}

/** Cuts to at most `max` characters (code points), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const ellipsis = /^[\x20-\x7e]*$/.test(text) ? '...' : '…';
  return chars.slice(0, Math.max(0, max - ellipsis.length)).join('').trimEnd() + ellipsis;
}

/** Length in characters (code points), as a phone counts them. */
export function charCount(text: string): number {
  return Array.from(text).length;
}
