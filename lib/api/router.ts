/**
 * The HTTP API and status page, independent of any server: a request value in, a
 * response value out. `radar serve` runs it on node:http; the `api` Lambda behind a
 * Function URL runs the very same code.
 *
 *   GET /                        the status page (HTML)
 *   GET /api/projects            ?status=S&org=O
 *   GET /api/projects/{id}       one project with its timeline
 *   GET /api/changes             ?since=7d (default 7d)
 *   GET /api/sources             fetch state of every source
 *   GET /healthz
 */
import { InputError, isRadarError } from '../core/errors';
import type { Clock, RadarStore } from '../core/ports';
import { STATUSES, type Status } from '../core/types';
import { presentState } from './present';
import { renderStatusPage } from './status-page';
import { parseSince } from './since';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ApiDeps {
  store: RadarStore;
  now: Clock;
  /** Told about every error behind a 500 (the body says only "internal error"). */
  onError?: (error: unknown, request: ApiRequest) => void;
}

/** How far back `/api/changes?since=` may reach. */
export const API_MAX_SINCE_DAYS = 366;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

function json(status: number, value: unknown): ApiResponse {
  return { status, headers: JSON_HEADERS, body: JSON.stringify(value) };
}

function problem(status: number, code: string, message: string): ApiResponse {
  return json(status, { error: { code, message } });
}

function statusParam(query: URLSearchParams): Status | undefined {
  const value = query.get('status')?.toUpperCase();
  if (!value) return undefined;
  if (!(STATUSES as readonly string[]).includes(value)) throw new InputError(`unknown status "${value}"; one of ${STATUSES.join(', ')}`);
  return value as Status;
}

async function route(request: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const { path, query } = request;
  if (path === '/healthz') return json(200, { ok: true });
  if (path === '/' || path === '/index.html') {
    const [projects, changes, sources] = await Promise.all([
      deps.store.listProjects(),
      deps.store.listChangesSince(parseSince('30d', deps.now())),
      deps.store.listSourceStates(),
    ]);
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      body: renderStatusPage({ projects, changes, sources, now: deps.now() }),
    };
  }
  if (path === '/api/projects') {
    const projects = await deps.store.listProjects({ status: statusParam(query), org: query.get('org') ?? undefined });
    return json(200, { projects: projects.map(presentState) });
  }
  const one = /^\/api\/projects\/([^/]+)$/.exec(path);
  if (one) {
    const record = await deps.store.getProject(decodeURIComponent(one[1]!));
    return record ? json(200, { project: presentState(record.state), events: record.events }) : problem(404, 'RADAR_NOT_FOUND', `no project "${decodeURIComponent(one[1]!)}"`);
  }
  if (path === '/api/changes') {
    const changes = await deps.store.listChangesSince(parseSince(query.get('since') ?? '7d', deps.now(), { maxDays: API_MAX_SINCE_DAYS }));
    return json(200, { changes });
  }
  if (path === '/api/sources') return json(200, { sources: await deps.store.listSourceStates() });
  return problem(404, 'RADAR_NOT_FOUND', `no route for ${path}`);
}

/** Answers one request; never throws (errors become 4xx/5xx JSON without internals). */
export async function handleApiRequest(request: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, 'RADAR_METHOD', 'only GET is supported');
  try {
    return await route(request, deps);
  } catch (error) {
    if (error instanceof InputError) return problem(400, error.code, error.message);
    const code = isRadarError(error) ? error.code : 'RADAR_INTERNAL';
    deps.onError?.(error, request);
    return problem(500, code, 'internal error');
  }
}
