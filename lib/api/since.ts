import { InputError } from '../core/errors';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Turns `7d`, `24h`, `30m`, `2w` or an ISO date into an ISO instant before `now`.
 *
 * @example
 * parseSince('7d', new Date('2024-01-08T00:00:00Z')) // => '2024-01-01T00:00:00.000Z'
 */
export function parseSince(value: string, now: Date, options: { maxDays?: number } = {}): string {
  const since = sinceInstant(value, now);
  // A public endpoint bounds how far back one request may read (`since=100000d` is a scan of everything).
  if (options.maxDays !== undefined && now.getTime() - Date.parse(since) > options.maxDays * UNITS.d!) {
    throw new InputError(`since reaches back at most ${options.maxDays} days, not "${value}"`);
  }
  return since;
}

function sinceInstant(value: string, now: Date): string {
  const relative = /^(\d+)\s*([mhdw])$/i.exec(value.trim());
  if (relative) return new Date(now.getTime() - Number(relative[1]) * (UNITS[relative[2]!.toLowerCase()] ?? 0)).toISOString();
  const absolute = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(absolute)) return new Date(absolute).toISOString();
  throw new InputError(`since must look like 7d, 24h, 30m, 2w or YYYY-MM-DD, not "${value}"`);
}
