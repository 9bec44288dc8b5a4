/**
 * Articles whose publication day is not known exactly: a month only ("2025-04"), a year only
 * ("2025"), or nothing at all. The detector resolves relative date phrases ("next year",
 * "지난 30일") against a calendar day, so it is given an anchor inside the known span
 * (the 15th of the month, 1 July of the year); then every event date that would come out
 * differently for another day of that span is dropped (`when: null`), because the text
 * does not say it. Dates the text fixes on its own ("in April 2022", "2022년 4월") are kept.
 *
 * An article with no date at all is anchored on `fallbackDay` (the caller's today) only so
 * that tense and modality can be read; none of its event dates may depend on that day, so
 * an undated article is never given today's date as an event date.
 */
import type { DetectedEvent } from '../core/types';
import { InputError } from '../core/errors';
import { daysInMonth, isValidYmd } from './date-calendar';
import { findDates } from './dates';
import type { DetectInput, Detector } from './detector';

/** What is known of an article's publication day. */
export type Publication =
  | { precision: 'day'; text: string; day: string }
  | { precision: 'month' | 'year'; text: string; earliest: string; latest: string; anchor: string }
  | { precision: 'unknown'; text: null };

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads a publication date as given by a caller: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or
 * `null`/`undefined` for unknown. Anything else is an {@link InputError}.
 *
 * @example
 * parsePublication('2025-04'); // { precision: 'month', text: '2025-04', earliest: '2025-04-01', latest: '2025-04-30', anchor: '2025-04-15' }
 * parsePublication(null);      // { precision: 'unknown', text: null }
 */
export function parsePublication(value: unknown): Publication {
  if (value === null || value === undefined) return { precision: 'unknown', text: null };
  const text = typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const year = Number(m?.[1]);
  const month = m?.[2] === undefined ? undefined : Number(m[2]);
  const day = m?.[3] === undefined ? undefined : Number(m[3]);
  if (!m || year < 1900 || (month !== undefined && (month < 1 || month > 12)) || (day !== undefined && !isValidYmd(year, month!, day))) {
    throw new InputError(`published must be YYYY-MM-DD, YYYY-MM, YYYY or null, not ${JSON.stringify(value)}`);
  }
  if (day !== undefined) return { precision: 'day', text, day: text };
  if (month !== undefined) {
    return { precision: 'month', text, earliest: `${year}-${pad(month)}-01`, latest: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`, anchor: `${year}-${pad(month)}-15` };
  }
  return { precision: 'year', text, earliest: `${year}-01-01`, latest: `${year}-12-31`, anchor: `${year}-07-01` };
}

/** Far enough apart that any phrase read relative to the article's day resolves differently. */
const UNKNOWN_SPAN = { earliest: '1970-01-01', latest: '2069-12-31' };

/**
 * Runs the detector for an article whose publication day may be partly or wholly unknown
 * (see the module header). With a known day it is a plain `detector.detect`.
 *
 * @example
 * detectWithPublication(detector, { text: 'Intel delayed Ohio One to 2030.' }, parsePublication(null), '2026-01-05');
 * // the DELAYED event keeps no date taken from 2026-01-05; a "to 2030" target is kept
 */
export function detectWithPublication(detector: Detector, input: Omit<DetectInput, 'published'>, publication: Publication, fallbackDay: string): DetectedEvent[] {
  if (publication.precision === 'day') return detector.detect({ ...input, published: publication.day });
  const span = publication.precision === 'unknown' ? UNKNOWN_SPAN : publication;
  const anchor = publication.precision === 'unknown' ? fallbackDay : publication.anchor;
  const events = detector.detect({ ...input, published: anchor });
  return events.map((e) => (e.when === null || fixedByText(e, span, input.lang) ? e : { ...e, when: null }));
}

/**
 * Does the event's date phrase resolve the same way for the first and the last day of the
 * span? It is read inside its evidence sentence, so a year carried over from earlier in the
 * sentence ("2022년 3월 착공해 4월 준공") still counts as written.
 */
function fixedByText(event: DetectedEvent, span: { earliest: string; latest: string }, lang: DetectInput['lang']): boolean {
  const when = event.when!;
  const at = (day: string) => findDates(event.evidence, day, lang).filter((d) => d.text === when.text);
  const early = at(span.earliest);
  const late = at(span.latest);
  return early.length > 0 && early.length === late.length && early.every((d, i) => d.from === late[i]!.from && d.to === late[i]!.to);
}
