/**
 * Words for alerts: how a change, a status and a date range read to a person. Pure.
 * Project names stay as the news wrote them (Korean or English); the rest is English.
 */
import type { Change, Status } from '../core/types';

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

/** A status code in words; anything else as given. */
export function statusWords(status: string): string {
  return (STATUS_WORDS as Record<string, string>)[status] ?? status;
}

/**
 * A stored date range ("2024-07-01..2024-12-31", or one date) the way people say it.
 *
 * @example
 * rangeText('2024-07-01..2024-12-31') // => 'H2 2024'
 * rangeText('2025-01-01..2025-12-31') // => '2025'
 * rangeText('2024-06-01..2024-06-30') // => 'June 2024'
 */
export function rangeText(range: string): string {
  const [from, to = from] = range.split('..') as [string, string?];
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!a || !b) return range;
  if (from === to) return from;
  const [, y1, m1, d1] = a;
  const [, y2, m2, d2] = b;
  const wholeMonths = d1 === '01' && d2 === String(daysInMonth(Number(y2), Number(m2))).padStart(2, '0');
  if (!wholeMonths) return `${from} to ${to}`;
  const start = Number(m1);
  const end = Number(m2);
  if (y1 === y2) {
    if (start === 1 && end === 12) return y1 as string;
    if (start === end) return `${MONTHS[start - 1]} ${y1}`;
    if (start === 1 && end === 6) return `H1 ${y1}`;
    if (start === 7 && end === 12) return `H2 ${y1}`;
    if (end - start === 2 && start % 3 === 1) return `Q${(start + 2) / 3} ${y1}`;
  }
  return `${MONTHS[start - 1]} ${y1} to ${MONTHS[end - 1]} ${y2}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What happened, in a few words: "MOU signed -> cancelled", "completion slipped from H1
 * 2024 to H2 2024", "new project: construction started".
 */
export function changeWords(change: Change, arrow = '→'): string {
  if (change.kind === 'discovered') return `new project, ${statusWords(change.to)}`;
  if (change.kind === 'slip' && change.milestone) {
    const from = change.from ? ` from ${rangeText(change.from)}` : '';
    return `${statusWords(change.milestone)} slipped${from} to ${rangeText(change.to)}`;
  }
  if (change.from === null) return `now ${statusWords(change.to)}`;
  return `${statusWords(change.from)} ${arrow} ${statusWords(change.to)}`;
}

/** A headline for the change: "[Radar] 새만금 데이터센터: MOU signed → cancelled". */
export function headline(change: Change): string {
  return `[Radar] ${change.project}: ${changeWords(change)}`;
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
