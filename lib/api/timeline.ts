/**
 * A project's timeline as a person reads it: events in date order, the same happening
 * reported by several papers shown once with the others as corroboration, and the
 * status over time as the state rules saw it. Pure: events in, values out.
 */
import { forwardRank } from '../state/lifecycle';
import { applyEvents } from '../state/rules';
import type { DateRange, Modality, ProjectState, RadarEvent, Status } from '../core/types';

/** Reports of one status this many days apart or closer are one happening told twice. */
const SAME_HAPPENING_DAYS = 7;

export interface Report {
  sourceId: string;
  url: string;
  publishedAt: string;
  evidence: string;
  confidence: number;
}

export interface TimelineEntry {
  /** The day it happened or is planned for (event date), else the article's day: YYYY-MM-DD. */
  date: string;
  status: Status;
  modality: Modality;
  when: DateRange | null;
  /** The most confident report. */
  lead: Report;
  /** Other sources or articles that reported the same. */
  corroborations: Report[];
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function eventDay(event: RadarEvent): string {
  return event.when?.from ?? day(event.publishedAt);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function report(event: RadarEvent): Report {
  return { sourceId: event.sourceId, url: event.url, publishedAt: event.publishedAt, evidence: event.evidence, confidence: event.confidence };
}

/**
 * Groups events into timeline entries, oldest first. Two events are one entry when they
 * claim the same status with the same modality and (for plans) the same window, within
 * a week of each other; the most confident report leads.
 *
 * @example
 * mergeTimeline([mou('2022-04-01', 'yonhap'), mou('2022-04-02', 'hankyung')]).length // => 1
 */
export function mergeTimeline(events: readonly RadarEvent[]): TimelineEntry[] {
  const sorted = [...events].sort((a, b) => eventDay(a).localeCompare(eventDay(b)) || a.publishedAt.localeCompare(b.publishedAt));
  const entries: TimelineEntry[] = [];
  for (const event of sorted) {
    const date = eventDay(event);
    const same = entries.find(
      (e) =>
        e.status === event.status &&
        e.modality === event.modality &&
        (event.modality === 'occurred' ? daysApart(e.date, date) <= SAME_HAPPENING_DAYS : e.when?.from === event.when?.from && e.when?.to === event.when?.to),
    );
    if (!same) {
      entries.push({ date, status: event.status, modality: event.modality, when: event.when, lead: report(event), corroborations: [] });
      continue;
    }
    const incoming = report(event);
    const all = [same.lead, ...same.corroborations, incoming];
    // The same article read twice (a feed listing it twice, a retry) adds nothing.
    const distinct = all.filter((r, i) => all.findIndex((o) => o.url === r.url) === i);
    distinct.sort((a, b) => b.confidence - a.confidence || a.publishedAt.localeCompare(b.publishedAt));
    same.lead = distinct[0]!;
    same.corroborations = distinct.slice(1);
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || forwardRank(a.status) - forwardRank(b.status));
}

export interface StatusSpan {
  status: Status;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD: the next span's start, or today for the last. */
  to: string;
}

/**
 * The status over time: the stored events replayed through the state rules in the
 * order they were published, each new status from its event date. Recaps and
 * contradictions are weighed as they were when the news came in.
 */
export function statusSpans(events: readonly RadarEvent[], today: string): StatusSpan[] {
  const byArrival = [...events].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  let state: ProjectState | null = null;
  const starts: { status: Status; from: string }[] = [];
  for (const event of byArrival) {
    state = applyEvents(state, [event], { now: event.publishedAt }).state ?? state;
    if (!state) continue;
    const last = starts[starts.length - 1];
    if (!last || last.status !== state.status) starts.push({ status: state.status, from: day(state.statusSince) });
  }
  // A later report may date a status before the one shown so far; keep the walk in date order.
  starts.sort((a, b) => a.from.localeCompare(b.from));
  const merged = starts.filter((s, i) => i === 0 || starts[i - 1]!.status !== s.status);
  return merged.map((s, i) => ({ ...s, to: merged[i + 1]?.from ?? (today > s.from ? today : s.from) }));
}
