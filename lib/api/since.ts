import { InputError } from '../core/errors';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** The earliest instant `since` may name: older than any news Radar keeps, and far inside Date's range. */
const EARLIEST = Date.UTC(1970, 0, 1);
/** A date in the future is a fine "since" (nothing yet); one past year 9999 is a typo. */
const LATEST = Date.UTC(10000, 0, 1);

/**
 * Turns `7d`, `24h`, `30m`, `2w` or an ISO date into an ISO instant before `now`.
 * A span reaching before 1970 (`99999999999999999d`) is bad input, never a crash.
 *
 * @example
 * parseSince('7d', new Date('2024-01-08T00:00:00Z')) // => '2024-01-01T00:00:00.000Z'
 */
export function parseSince(value: string, now: Date): string {
  const relative = /^(\d{1,30})\s*([mhdw])$/i.exec(value.trim());
  if (relative) {
    const at = now.getTime() - Number(relative[1]) * (UNITS[relative[2]!.toLowerCase()] ?? 0);
    if (!(at >= EARLIEST)) throw new InputError(`since "${value}" reaches back before 1970; give a shorter span or a date`);
    return new Date(at).toISOString();
  }
  const absolute = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(absolute)) {
    if (absolute < EARLIEST || absolute >= LATEST) throw new InputError(`since "${value}" is out of range (1970 to 9999)`);
    return new Date(absolute).toISOString();
  }
  throw new InputError(`since must look like 7d, 24h, 30m, 2w or YYYY-MM-DD, not "${value}"`);
}
