/**
 * The HTTP API, the status page and the feeds as one Hono app. The `api` Lambda runs it
 * behind a Function URL (`hono/aws-lambda`), `radar serve` and `radar run` on node:http
 * (`@hono/node-server`): one router, the same answers.
 *
 *   GET /                        the status page (HTML): ?q= &status= &org= &kind= &watch= &lang=
 *   GET /projects/{id}           one project's page (HTML)
 *   GET /api/projects            {"projects": [...]}: ?status=S,… &org=O,… &kind=K,… &watch=all|watchlist|discovered &q=
 *   GET /api/projects/{id}       {"project", "events"}: one project with its timeline
 *   GET /api/changes             {"since", "changes"}: ?since=7d &project=P,… &org=O,… &status=S,… &kind=status|slip|discovered &limit=100
 *   GET /api/sources             {"sources": [...]}: fetch state of every source
 *   GET /changes.atom            Atom feed of changes, filtered like /api/changes (default since 30d)
 *   GET /changes.csv             the same as CSV
 *   GET /projects.csv            projects as CSV, filtered like /api/projects
 *   GET /healthz
 *
 * Every parameter is checked (400 with a reason); every answer carries the security
 * headers, an ETag (a repeat request with If-None-Match gets 304) and Cache-Control.
 */
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { html } from 'hono/html';
import { languageDetector } from 'hono/language';
import { InputError, isRadarError } from '../core/errors';
import type { Clock, RadarStore } from '../core/ports';
import type { Change, Watchlist } from '../core/types';
import { createCatalog, type Catalog } from './catalog';
import { changesCsv, projectsCsv, renderAtom } from './exports';
import { LANGS, messages, type UiLang } from './i18n';
import { ListPage, type ListPageData } from './pages/list-page';
import { Layout, type PageContext } from './pages/layout';
import { ProjectPage } from './pages/project-page';
import { STYLESHEET } from './pages/style';
import { presentState } from './present';
import { SECURITY_HEADERS } from './security-headers';
import { CHANGE_PARAMS, PROJECT_PARAMS, changeFilter, filterChanges, filterProjects, newestFirst, projectFilter, projectIdParam, readQuery, type ProjectFilter } from './query';
import { parseSince } from './since';
import { mergeTimeline, statusSpans } from './timeline';

export interface ApiDeps {
  store: RadarStore;
  now: Clock;
  /** Aliases, organisations and kinds for search and filters; without it only names and ids are searched. */
  watchlist?: Watchlist;
  /** The time zone the page shows instants in (IANA name). Default Asia/Seoul: the first readers are in Korea. */
  timeZone?: string;
  /** The UI language when neither `?lang=` nor Accept-Language picks one. Default en. */
  defaultLang?: UiLang;
  /** Where an unexpected error is reported once (default console.error). */
  logError?: (error: unknown) => void;
}


const CACHE = {
  /** Data that changes at most every poll: a minute fresh, then revalidated by ETag. */
  data: 'public, max-age=60',
  feed: 'public, max-age=300',
  asset: 'public, max-age=86400',
  never: 'no-store',
};

const PAGE_PARAMS = [...PROJECT_PARAMS, 'lang'] as const;
const MAX_CHANGES = 1000;

type Env = { Variables: { language: string } };

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

function problem(c: Context, status: 400 | 404 | 405 | 500, code: string, message: string) {
  c.header('cache-control', CACHE.never);
  return c.json({ error: { code, message } }, status, JSON_TYPE);
}

/** Wants HTML rather than JSON: a page route (not the API, a feed or an export). */
function isPageRoute(path: string): boolean {
  return !path.startsWith('/api/') && !/\.(atom|csv|css)$/.test(path) && path !== '/healthz';
}

/** Builds the app over a store. Nothing is read until a request comes. */
export function createApiApp(deps: ApiDeps): Hono<Env> {
  const catalog: Catalog = createCatalog(deps.watchlist ?? { orgs: [], projects: [] });
  const timeZone = deps.timeZone ?? 'Asia/Seoul';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new InputError(`unknown time zone "${timeZone}"`);
  }
  const logError = deps.logError ?? ((error: unknown) => console.error('radar api:', error));
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') await next();
    else {
      c.header('allow', 'GET, HEAD');
      c.res = problem(c, 405, 'RADAR_METHOD', 'only GET and HEAD are supported');
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  app.use('*', etag());
  app.use('*', languageDetector({ supportedLanguages: [...LANGS], fallbackLanguage: deps.defaultLang ?? 'en', order: ['querystring', 'header'], lookupQueryString: 'lang', caches: false }));

  function pageContext(c: Context<Env>, query: Record<string, string>): PageContext {
    if (query.lang !== undefined && !(LANGS as readonly string[]).includes(query.lang)) throw new InputError(`lang must be ${LANGS.join(' or ')}, not "${query.lang.slice(0, 20)}"`);
    const lang = c.get('language') as UiLang;
    return { lang, langExplicit: query.lang !== undefined, t: messages(lang), timeZone, now: deps.now(), path: new URL(c.req.url).pathname, query };
  }

  async function renderPage(c: Context<Env>, element: unknown, status: 200 | 400 | 404 = 200) {
    const body = await html`<!doctype html>${element}`;
    c.header('cache-control', status === 200 ? CACHE.data : CACHE.never);
    c.header('vary', 'Accept-Language');
    return c.html(body.toString(), status);
  }

  app.onError((error, c) => {
    const input = error instanceof InputError;
    if (!input) logError(error);
    const path = new URL(c.req.url).pathname;
    if (input && isPageRoute(path)) {
      const lang = (c.get('language') as UiLang | undefined) ?? 'en';
      const ctx: PageContext = { lang, langExplicit: false, t: messages(lang), timeZone, now: deps.now(), path: '/', query: {} };
      return renderPage(
        c,
        <Layout ctx={ctx} title={ctx.t.badRequest}>
          <section class="notice" role="alert">
            <b>{ctx.t.badRequest}:</b> {error.message}
          </section>
        </Layout>,
        400,
      );
    }
    if (input) return problem(c, 400, error.code, error.message);
    return problem(c, 500, isRadarError(error) ? error.code : 'RADAR_INTERNAL', 'internal error');
  });

  app.notFound((c) => problem(c, 404, 'RADAR_NOT_FOUND', `no route for ${new URL(c.req.url).pathname.slice(0, 200)}`));

  app.get('/healthz', (c) => {
    c.header('cache-control', CACHE.never);
    return c.json({ ok: true }, 200, JSON_TYPE);
  });

  app.get('/assets/radar.css', (c) => {
    c.header('cache-control', CACHE.asset);
    c.header('content-type', 'text/css; charset=utf-8');
    return c.body(STYLESHEET);
  });

  const listPage = async (c: Context<Env>) => {
    const query = readQuery(c.req.url, PAGE_PARAMS, { lenient: true });
    const ctx = pageContext(c, query);
    const [all, recent, sources] = await Promise.all([deps.store.listProjects(), deps.store.listChangesSince(parseSince('30d', ctx.now)), deps.store.listSourceStates()]);
    let filter: ProjectFilter;
    let problemText: string | undefined;
    try {
      filter = projectFilter(query, catalog, all);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A bad filter shows the whole list with the reason, so the person can fix it.
      problemText = error.message;
      filter = { statuses: [], orgIds: [], kinds: [], watch: 'all', q: '' };
    }
    const data: ListPageData = {
      all,
      shown: filterProjects(all, filter, catalog),
      filter,
      changes: [...recent].sort(newestFirst).slice(0, 50),
      sources: [...sources].sort((a, b) => a.sourceId.localeCompare(b.sourceId)),
      catalog,
      problem: problemText,
    };
    return renderPage(c, <ListPage ctx={ctx} data={data} />, problemText ? 400 : 200);
  };
  app.get('/', listPage);
  app.get('/index.html', listPage);

  app.get('/projects/:id', async (c) => {
    const query = readQuery(c.req.url, ['lang'], { lenient: true });
    const ctx = pageContext(c, query);
    const id = projectIdParam(ctx.path.slice('/projects/'.length));
    const record = await deps.store.getProject(id);
    if (!record) {
      return renderPage(
        c,
        <Layout ctx={ctx} title={ctx.t.notFound}>
          <section class="notice" role="alert">
            {ctx.t.notFound} ({id})
          </section>
        </Layout>,
        404,
      );
    }
    const today = ctx.now.toISOString().slice(0, 10);
    return renderPage(c, <ProjectPage ctx={ctx} data={{ state: record.state, timeline: mergeTimeline(record.events), spans: statusSpans(record.events, today), catalog }} />);
  });

  async function projectsFor(c: Context<Env>, extra: readonly string[] = []) {
    const query = readQuery(c.req.url, [...PROJECT_PARAMS, ...extra]);
    const all = await deps.store.listProjects();
    return { query, projects: filterProjects(all, projectFilter(query, catalog, all), catalog) };
  }

  app.get('/api/projects', async (c) => {
    const { projects } = await projectsFor(c);
    c.header('cache-control', CACHE.data);
    return c.json({ projects: projects.map(presentState) }, 200, JSON_TYPE);
  });

  app.get('/api/projects/:id', async (c) => {
    readQuery(c.req.url, []);
    const id = projectIdParam(new URL(c.req.url).pathname.slice('/api/projects/'.length));
    const record = await deps.store.getProject(id);
    if (!record) return problem(c, 404, 'RADAR_NOT_FOUND', `no project "${id}"`);
    c.header('cache-control', CACHE.data);
    return c.json({ project: presentState(record.state), events: record.events }, 200, JSON_TYPE);
  });

  async function changesFor(c: Context<Env>, defaults: { since: string; limit: number }, extra: readonly string[] = []): Promise<{ since: string; changes: Change[] }> {
    const query = readQuery(c.req.url, [...CHANGE_PARAMS, ...extra]);
    const filter = await changeFilter(
      query,
      deps.now(),
      catalog,
      {
        project: async (id) => (await deps.store.getProjectState(id)) !== null,
        org: async (id) => (await deps.store.listProjects()).some((p) => p.org === id),
      },
      { ...defaults, maxLimit: MAX_CHANGES },
    );
    return { since: filter.since, changes: filterChanges(await deps.store.listChangesSince(filter.since), filter) };
  }

  app.get('/api/changes', async (c) => {
    const result = await changesFor(c, { since: '7d', limit: 100 });
    c.header('cache-control', CACHE.data);
    return c.json(result, 200, JSON_TYPE);
  });

  app.get('/api/sources', async (c) => {
    readQuery(c.req.url, []);
    c.header('cache-control', CACHE.data);
    return c.json({ sources: await deps.store.listSourceStates() }, 200, JSON_TYPE);
  });

  app.get('/changes.atom', async (c) => {
    const { changes } = await changesFor(c, { since: '30d', limit: 100 }, ['lang']);
    const lang = c.get('language') as UiLang;
    const self = new URL(c.req.url);
    const body = await renderAtom(changes, { selfUrl: self.href, siteUrl: self.origin, lang, t: messages(lang), now: deps.now() });
    c.header('cache-control', CACHE.feed);
    c.header('vary', 'Accept-Language');
    c.header('content-type', 'application/atom+xml; charset=utf-8');
    return c.body(body);
  });

  app.get('/changes.csv', async (c) => {
    const { changes } = await changesFor(c, { since: '30d', limit: MAX_CHANGES });
    c.header('cache-control', CACHE.feed);
    c.header('content-type', 'text/csv; charset=utf-8; header=present');
    c.header('content-disposition', 'attachment; filename="radar-changes.csv"');
    return c.body(changesCsv(changes));
  });

  app.get('/projects.csv', async (c) => {
    const { projects } = await projectsFor(c);
    c.header('cache-control', CACHE.feed);
    c.header('content-type', 'text/csv; charset=utf-8; header=present');
    c.header('content-disposition', 'attachment; filename="radar-projects.csv"');
    return c.body(projectsCsv(projects, catalog));
  });

  return app;
}
