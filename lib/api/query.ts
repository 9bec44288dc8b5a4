/**
 * Reading and checking the query parameters of the page and the API. Every parameter
 * is checked; a bad one is an `InputError` (400) whose message says what was wrong and
 * what is accepted. Filters are applied here too, so the page, the JSON API, the Atom
 * feed and the CSV exports filter the same way.
 */
import { InputError } from '../core/errors';
import { STATUSES, type Change, type ChangeKind, type ProjectState, type Status } from '../core/types';
import type { Catalog } from './catalog';
import { parseSince } from './since';

const MAX_VALUE = 200;
// C0/C1 controls and the bidi overrides that could disguise text on the page.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * The query as a flat record, checked: only `allowed` names (unless `lenient`, for pages
 * people reach with tracking parameters), each at most once, short and free of control
 * characters.
 */
export function readQuery(url: string, allowed: readonly string[], options: { lenient?: boolean } = {}): Record<string, string> {
  const raw = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  let params: URLSearchParams;
  try {
    // URLSearchParams replaces bad escapes silently; decode each part to refuse them.
    for (const part of raw.split('&')) decodeURIComponent(part.replace(/\+/g, ' '));
    params = new URLSearchParams(raw);
  } catch {
    throw new InputError('the query string has a malformed %-escape');
  }
  const out: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!allowed.includes(name)) {
      if (options.lenient) continue;
      throw new InputError(`unknown parameter "${clip(name)}"; this URL takes ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
    if (name in out) throw new InputError(`"${name}" is given twice; give it once (a comma-separated list where several values make sense)`);
    if (value.length > MAX_VALUE) throw new InputError(`"${name}" is longer than ${MAX_VALUE} characters`);
    if (CONTROL.test(value)) throw new InputError(`"${name}" contains control characters`);
    out[name] = value;
  }
  return out;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
}

/** `status=cancelled,mou signed`: statuses in any case, with spaces or dashes for underscores. */
export function statusesParam(value: string | undefined): Status[] {
  return list(value).map((v) => {
    const status = v.toUpperCase().replace(/[\s-]+/g, '_');
    if (!(STATUSES as readonly string[]).includes(status)) throw new InputError(`unknown status "${clip(v)}"; one of ${STATUSES.join(', ')}`);
    return status as Status;
  });
}

/** `limit=50`: an integer from 1 to `max`. */
export function limitParam(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > max) throw new InputError(`limit must be a whole number from 1 to ${max}, not "${clip(value)}"`);
  return Number(value);
}

/** A project id in a path: what ids look like (watchlist slugs, or discovered names), never anything that needs escaping. */
export function projectIdParam(raw: string): string {
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new InputError('the project id in the path has a malformed %-escape');
  }
  if (id.length === 0 || id.length > MAX_VALUE) throw new InputError(`a project id has 1 to ${MAX_VALUE} characters`);
  if (CONTROL.test(id) || /[/\\?#<>"]/.test(id)) throw new InputError('a project id has no control characters, slashes, quotes or angle brackets');
  return id;
}

export type WatchFilter = 'all' | 'watchlist' | 'discovered';

export interface ProjectFilter {
  statuses: Status[];
  orgIds: string[];
  kinds: string[];
  watch: WatchFilter;
  q: string;
}

export const PROJECT_PARAMS = ['status', 'org', 'kind', 'watch', 'q'] as const;

/** The project filters of a query, checked against what the catalog and the store know. */
export function projectFilter(query: Record<string, string>, catalog: Catalog, stored: readonly ProjectState[]): ProjectFilter {
  const knownOrgs = new Set(stored.map((p) => p.org).filter(Boolean));
  const orgIds = list(query.org).flatMap((value) => {
    const ids = catalog.orgIdsFor(value);
    if (!ids.some((id) => knownOrgs.has(id) || catalog.knowsOrg(id))) throw new InputError(`unknown organisation "${clip(value)}"`);
    return ids;
  });
  const knownKinds = new Set([...catalog.kinds(), 'other']);
  const kinds = list(query.kind).map((k) => {
    if (!knownKinds.has(k.toLowerCase())) throw new InputError(`unknown kind "${clip(k)}"; one of ${[...knownKinds].join(', ')}`);
    return k.toLowerCase();
  });
  const watch = (query.watch ?? 'all').toLowerCase();
  if (watch !== 'all' && watch !== 'watchlist' && watch !== 'discovered') throw new InputError(`watch must be all, watchlist or discovered, not "${clip(query.watch ?? '')}"`);
  return { statuses: statusesParam(query.status), orgIds, kinds, watch, q: (query.q ?? '').trim() };
}

/** The projects a filter keeps, most recently updated first. */
export function filterProjects(projects: readonly ProjectState[], filter: ProjectFilter, catalog: Catalog): ProjectState[] {
  return projects
    .filter((p) => filter.statuses.length === 0 || filter.statuses.includes(p.status))
    .filter((p) => filter.orgIds.length === 0 || (p.org !== null && filter.orgIds.includes(p.org)))
    .filter((p) => filter.kinds.length === 0 || filter.kinds.includes(catalog.kindOf(p.projectId) ?? 'other'))
    .filter((p) => filter.watch === 'all' || (filter.watch === 'watchlist') === catalog.followed(p.projectId))
    .filter((p) => catalog.matches(p, filter.q))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.projectId.localeCompare(b.projectId));
}

export const CHANGE_KINDS: readonly ChangeKind[] = ['status', 'slip', 'discovered'];
export const CHANGE_PARAMS = ['since', 'project', 'org', 'status', 'kind', 'limit'] as const;

export interface ChangeFilter {
  since: string;
  projectIds: string[];
  orgIds: string[];
  statuses: Status[];
  kinds: ChangeKind[];
  limit: number;
}

/**
 * The change filters of a query. `project` takes ids or watchlist aliases; a project
 * neither on the watchlist nor stored is refused (`exists` asks the store), so a typo is
 * a 400, not an empty list that looks like "nothing happened"; so is an unknown `org`.
 */
export async function changeFilter(
  query: Record<string, string>,
  now: Date,
  catalog: Catalog,
  exists: { project(projectId: string): Promise<boolean>; org(orgId: string): Promise<boolean> },
  defaults: { since: string; limit: number; maxLimit: number },
): Promise<ChangeFilter> {
  const projectIds = await Promise.all(
    list(query.project).map(async (value) => {
      const id = catalog.projectIdFor(value) ?? projectIdParam(value);
      if (!catalog.followed(id) && !(await exists.project(id))) throw new InputError(`unknown project "${clip(value)}"`);
      return id;
    }),
  );
  const orgIds = (
    await Promise.all(
      list(query.org).map(async (value) => {
        const ids = catalog.orgIdsFor(value);
        if (!ids.some((id) => catalog.knowsOrg(id)) && !(await exists.org(ids[0]!))) throw new InputError(`unknown organisation "${clip(value)}"`);
        return ids;
      }),
    )
  ).flat();
  const kinds = list(query.kind).map((k) => {
    if (!(CHANGE_KINDS as readonly string[]).includes(k.toLowerCase())) throw new InputError(`unknown change kind "${clip(k)}"; one of ${CHANGE_KINDS.join(', ')}`);
    return k.toLowerCase() as ChangeKind;
  });
  return {
    since: parseSince(query.since ?? defaults.since, now),
    projectIds,
    orgIds,
    statuses: statusesParam(query.status),
    kinds,
    limit: limitParam(query.limit, defaults.limit, defaults.maxLimit),
  };
}

/** Newest recorded first; among changes recorded together (one poll), the newest news first. */
export function newestFirst(a: Change, b: Change): number {
  return b.at.localeCompare(a.at) || (b.newsDate ?? '').localeCompare(a.newsDate ?? '') || a.id.localeCompare(b.id);
}

/** The changes a filter keeps, newest first, at most `limit`. */
export function filterChanges(changes: readonly Change[], filter: ChangeFilter): Change[] {
  return changes
    .filter((c) => c.at >= filter.since)
    .filter((c) => filter.projectIds.length === 0 || filter.projectIds.includes(c.projectId))
    .filter((c) => filter.orgIds.length === 0 || (c.org !== null && filter.orgIds.includes(c.org)))
    .filter((c) => filter.statuses.length === 0 || (filter.statuses as string[]).includes(c.to))
    .filter((c) => filter.kinds.length === 0 || filter.kinds.includes(c.kind))
    .sort(newestFirst)
    .slice(0, filter.limit);
}
