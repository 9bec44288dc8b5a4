/**
 * Times in the source's own time zone. Feeds and pages give instants, which the parsers
 * keep as UTC (`…Z`); but the calendar day of a story is the day where it was published:
 * a Korean article of 08:30 KST on the 24th is `…23T23:30Z`, and cutting that at 10
 * characters dated it the 23rd. So the pipeline rewrites each instant with the source's
 * offset (`2023-11-24T08:30:00.000+09:00`): the same instant for `Date.parse`, and its
 * first 10 characters are the local day.
 */

/** The zone a source's calendar follows when its configuration names none. */
export function defaultTimeZone(lang: 'ko' | 'en'): string {
  return lang === 'ko' ? 'Asia/Seoul' : 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of `zone` at the instant `time` (daylight saving included). */
export function offsetMinutesAt(time: number, zone: string): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(time)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60_000);
}

/**
 * The instant written in `zone`'s local time with its offset; the input unchanged when it
 * is not a time.
 *
 * @example
 * zonedIso('2023-11-23T23:30:00Z', 'Asia/Seoul') // => '2023-11-24T08:30:00.000+09:00'
 * zonedIso('2023-11-24T05:00:00Z', 'UTC') // => '2023-11-24T05:00:00.000Z'
 */
export function zonedIso(iso: string, zone: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const offset = offsetMinutesAt(time, zone);
  if (offset === 0) return new Date(time).toISOString();
  const local = new Date(time + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
