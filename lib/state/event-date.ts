/**
 * Dates the state rules order by. All are ISO `YYYY-MM-DD` strings, so comparing them as
 * strings compares them as dates.
 */
import type { DateRange, RadarEvent } from '../core/types';

/** The local calendar date of an ISO timestamp as the publisher wrote it ("2023-11-24T14:05+09:00" -> "2023-11-24"). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The date an event is ordered by. An occurred event is dated by `when.from`, else by
 * its article's date; a `when` after the article's date cannot be when it happened (it
 * is the new schedule of a delay, "6월로 연기됐다", or a misread), so the article's date
 * wins. A planned event is dated by when it was reported: a plan is news on that day.
 *
 * @example
 * eventDate({ modality: 'occurred', when: { text: '지난해 4월', from: '2022-04-01', to: '2022-04-30' }, publishedAt: '2023-11-24T14:05:00+09:00' }) // => '2022-04-01'
 * eventDate({ modality: 'planned', when: { text: '내년 상반기', from: '2024-01-01', to: '2024-06-30' }, publishedAt: '2023-11-24' }) // => '2023-11-24'
 */
export function eventDate(event: Pick<RadarEvent, 'modality' | 'when' | 'publishedAt'>): string {
  const published = dayOf(event.publishedAt);
  if (event.modality === 'planned') return published;
  const from = event.when?.from;
  return from && from <= published ? from : published;
}

/**
 * True when `next` is strictly later than `previous` at both ends: "2024 상반기" ->
 * "2024 하반기" is a slip; "2024" -> "2024 하반기" only narrows the window, and
 * "2024-03" -> "2024" only loses precision.
 *
 * @example
 * isLater({ text: '2025', from: '2025-01-01', to: '2025-12-31' }, { text: '2024', from: '2024-01-01', to: '2024-12-31' }) // => true
 */
export function isLater(next: DateRange | null, previous: DateRange | null): boolean {
  if (!next || !previous) return false;
  return next.from > previous.from && next.to > previous.to;
}

/** A range as one string for change records: "2024-01-01..2024-06-30", or one date when it is a day. */
export function rangeLabel(range: DateRange | null): string {
  if (!range) return '';
  return range.from === range.to ? range.from : `${range.from}..${range.to}`;
}

/** Whole days from `earlier` to `later` (ISO timestamps or dates). */
export function daysBetween(earlier: string, later: string): number {
  return (Date.parse(later) - Date.parse(earlier)) / 86_400_000;
}
