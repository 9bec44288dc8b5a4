/**
 * Filters as people type them: `--org Kakao`, `--org 카카오` and `--org kakao` name the
 * same organisation; `--project '시흥 제2데이터센터'` names `kakao-siheung-dc`. An unknown
 * name is bad input (exit 2) with the close matches, never a silent empty result.
 */
import type { RadarConfig } from '../config/schema';
import { InputError } from '../core/errors';
import { STATUSES, type Status } from '../core/types';
import { closeMatches } from '../text/close-matches';

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Named {
  id: string;
  names: readonly string[];
}

function resolve(kind: 'organisation' | 'project', value: string, known: readonly Named[], extraIds: readonly string[], flag: string): string {
  const q = fold(value);
  const squash = (text: string) => fold(text).replace(/[\s_-]/g, '');
  const hit = known.find((k) => fold(k.id) === q || k.names.some((n) => fold(n) === q)) ?? known.find((k) => [k.id, ...k.names].some((n) => squash(n) === squash(q)));
  if (hit) return hit.id;
  const extra = extraIds.find((id) => fold(id) === q);
  if (extra) return extra;
  const candidates = [...known.flatMap((k) => [k.id, ...k.names]), ...extraIds];
  const matches = closeMatches(value, candidates, 3);
  const ids = [...new Set(matches.map((m) => known.find((k) => k.id === m || k.names.includes(m))?.id ?? m))];
  const hint = ids.length ? `; did you mean ${ids.map((id) => `"${id}"`).join(' or ')}?` : `; see the watchlist in the configuration${kind === 'organisation' ? ' or radar status' : ''}`;
  throw new InputError(`${flag}: no ${kind} "${value}" on the watchlist${hint}`);
}

/**
 * The organisation id for an id or any of its names, any case; `seenOrgs` adds
 * organisations of discovered projects (not on the watchlist) that the store knows.
 *
 * @example
 * resolveOrg(config, '카카오') // => 'kakao'
 */
export function resolveOrg(config: Pick<RadarConfig, 'watchlist'>, value: string, seenOrgs: readonly string[] = []): string {
  return resolve('organisation', value, config.watchlist.orgs, seenOrgs, '--org');
}

/**
 * The project id for an id or any of its names, any case.
 *
 * @example
 * resolveProject(config, 'Siheung data center') // => 'kakao-siheung-dc'
 */
export function resolveProject(config: Pick<RadarConfig, 'watchlist'>, value: string, seenProjects: readonly string[] = []): string {
  return resolve('project', value, config.watchlist.projects, seenProjects, '--project');
}

/**
 * A status code from any case, with the close matches when it is none.
 *
 * @example
 * parseStatus('cancelled') // => 'CANCELLED'
 */
export function parseStatus(value: string): Status {
  const upper = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if ((STATUSES as readonly string[]).includes(upper)) return upper as Status;
  const near = closeMatches(upper, STATUSES, 2);
  throw new InputError(`unknown status "${value}"${near.length ? `; did you mean ${near.join(' or ')}?` : `; one of ${STATUSES.join(', ')}`}`);
}

/** A comma-separated list, trimmed, empty entries dropped; undefined when nothing is left. */
export function commaList(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((s) => s.trim()).filter(Boolean);
  return items && items.length ? items : undefined;
}
